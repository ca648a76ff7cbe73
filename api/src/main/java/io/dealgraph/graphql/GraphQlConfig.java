package io.dealgraph.graphql;

import java.math.BigDecimal;
import java.util.List;
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
import graphql.schema.DataFetcher;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLScalarType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

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
		Documents documents = new Documents(trustedOnly ? TRUSTED_DOCUMENTS : null);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	RuntimeWiringConfigurer dealgraphWiring(List<NodeType> nodeTypes) {
		return wiring -> {
			wiring.scalar(ExtendedScalars.Date)
				.scalar(ExtendedScalars.DateTime)
				.scalar(ExtendedScalars.LocalTime)
				.scalar(DECIMAL);
			for (NodeType type : nodeTypes) {
				String name = type.typeName();
				DataFetcher<String> id = env -> GlobalId.of(name, ((Sluggable) env.getSource()).slug());
				wiring.type(name, builder -> builder.dataFetcher("id", id));
			}
		};
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
				return new BigDecimal(input.toString());
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
					return new BigDecimal(string.getValue());
				}
				catch (NumberFormatException ex) {
					// reported below
				}
			}
			throw new CoercingParseLiteralException("Expected a decimal number in a string, such as \"50000000000\"");
		}

	}

}
