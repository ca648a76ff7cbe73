package io.dealgraph.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLScalarType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Scalars, the {@code id} field of every {@code Node} type, parser limits and document handling. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class GraphQlConfig {

	/** In trusted-documents mode, only the example library runs. */
	static final String TRUSTED_DOCUMENTS = "classpath:static/graphiql/examples/*.graphql";

	/** Documents past these sizes are refused by the parser, before any validation or execution. */
	@Bean
	GraphQlSourceBuilderCustomizer documentHandling(QueryLimits limits, Environment environment) {
		boolean trustedOnly = environment.getProperty("dealgraph.trusted-documents", Boolean.class, false);
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters())));
		Documents documents = new Documents(trustedOnly ? TRUSTED_DOCUMENTS : null, limits);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/** Spring's HTTP handler, answering 429 when a request's cost was refused by its point bucket. */
	@Bean
	@ConditionalOnWebApplication
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new GraphQlHttpHandler(handler) {
			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
				if (response.getExecutionInput().getGraphQLContext().hasKey(PointBucket.RETRY_AFTER)) {
					return HttpStatus.TOO_MANY_REQUESTS;
				}
				return super.selectResponseStatus(response, mediaType);
			}
		};
	}

	@Bean
	RuntimeWiringConfigurer dealgraphWiring() {
		return wiring -> wiring.scalar(Scalars.DATE)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.LocalTime)
			.scalar(Scalars.DECIMAL);
	}

}
