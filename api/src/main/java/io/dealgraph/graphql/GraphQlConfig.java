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

	static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number, serialized as a string.")
		.coercing(new DecimalCoercing())
		.build();

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
		return wiring -> wiring.scalar(DATE)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.LocalTime)
			.scalar(DECIMAL);
	}

	/** ISO dates, with messages that name the expected form and nothing of the implementation. */
	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date, ISO 8601.")
		.coercing(new DateCoercing())
		.build();

	/** numeric(20, 4): at most 16 digits before the point and 4 after. */
	static BigDecimal inRange(BigDecimal value, String input) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() > 4 || stripped.precision() - stripped.scale() > 16) {
			throw new CoercingParseValueException("Decimal '" + input
					+ "' is out of range: at most 16 digits before the point and 4 after");
		}
		return value;
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Expected a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			return parse(input instanceof String text ? text : null, String.valueOf(input));
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			return parse(input instanceof StringValue string ? string.getValue() : null, String.valueOf(input));
		}

		private static LocalDate parse(String text, String shown) {
			if (text != null) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					// reported below
				}
			}
			String value = text != null ? text : shown;
			throw new CoercingParseValueException("Expected a date such as \"2026-04-30\", got '"
					+ (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
		}

	}

	private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal decimal) {
				return decimal.stripTrailingZeros().toPlainString();
			}
			throw new CoercingSerializeException("Expected a BigDecimal");
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return inRange(new BigDecimal(input.toString()), input.toString());
			}
			catch (NumberFormatException ex) {
				throw new CoercingParseValueException("Expected a decimal number such as \"50000000000\", got '" + input + "'");
			}
		}

		@Override
		public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				try {
					return inRange(new BigDecimal(string.getValue()), string.getValue());
				}
				catch (NumberFormatException ex) {
					// reported below
				}
			}
			throw new CoercingParseLiteralException("Expected a decimal number in a string, such as \"50000000000\"");
		}

	}

}
