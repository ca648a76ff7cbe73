package io.dealgraph.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The schema's own scalars, {@code Date} and {@code Decimal}, with messages that name the expected form and range. */
public final class Scalars {

	private Scalars() {
	}

	public static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number, serialized as a string.")
		.coercing(new DecimalCoercing())
		.build();

	/** The first and last day a {@code Date} may be: four-digit years, which PostgreSQL's {@code date} also holds. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	/** ISO dates from year 1 to 9999, with messages that name the expected form and range and nothing of the implementation. */
	public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
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
			LocalDate date = null;
			if (text != null) {
				try {
					date = LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					// reported below
				}
			}
			if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
				throw new CoercingParseValueException("Date '" + shorter(text) + "' is out of range: a date runs from "
						+ FIRST_DAY + " to " + LAST_DAY);
			}
			if (date != null) {
				return date;
			}
			String value = text != null ? text : shown;
			throw new CoercingParseValueException("Expected a date such as \"2026-04-30\", got '" + shorter(value) + "'");
		}

		private static String shorter(String value) {
			return value.length() > 40 ? value.substring(0, 40) + "…" : value;
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
