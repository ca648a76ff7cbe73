# Builds the API jar and runs it on a JRE as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY api/pom.xml api/
RUN mvn -B -q -pl api dependency:go-offline
COPY . .
RUN mvn -B -q -pl api package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app dealgraph
WORKDIR /app
COPY --from=build /src/api/target/dealgraph-api.jar app.jar
USER dealgraph
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
