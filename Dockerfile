# syntax=docker/dockerfile:1
# Build: the jar, then its layers (dependencies change least, application code most).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY api/pom.xml api/
RUN mvn -B -q -pl api dependency:go-offline
COPY schema schema
COPY db db
COPY seeds seeds
COPY api api
RUN mvn -B -q -pl api package -DskipTests \
 && java -Djarmode=tools -jar api/target/dealgraph-api.jar extract --layers --launcher --destination /layers

# Run: a JRE, a non-root user, one layer per COPY so rebuilds reuse the unchanged ones.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app dealgraph
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
