package io.dealgraph.config;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a JSON body is a GraphQL-over-HTTP request object: one JSON object whose {@code query}
 * and {@code operationName} are strings, whose {@code variables} and {@code extensions} are
 * objects (each may be null), and that has a {@code query} unless it names a persisted query.
 * Read as a stream of tokens, skipping the values' insides, so checking costs little.
 */
final class GraphQlRequestShape {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXAMPLE = "such as {\"query\": \"{ deals { totalCount } }\"}";

	private GraphQlRequestShape() {
	}

	/** What is wrong with the body, or null when it is a request object. */
	static String check(byte[] body) {
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return "The body must be one JSON object " + EXAMPLE;
			}
			boolean query = false;
			boolean persisted = false;
			for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "query", "operationName" -> {
						if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
							return "\"" + name + "\" must be a string, not " + describe(value);
						}
						query |= "query".equals(name) && value == JsonToken.VALUE_STRING;
					}
					case "variables", "extensions" -> {
						if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
							return "\"" + name + "\" must be an object (or null), not " + describe(value);
						}
						if ("extensions".equals(name) && value == JsonToken.START_OBJECT) {
							persisted = namesPersistedQuery(parser);
							continue;
						}
					}
					default -> {
						// Other members are allowed and ignored, as the GraphQL-over-HTTP specification says.
					}
				}
				parser.skipChildren();
			}
			if (parser.nextToken() != null) {
				return "The body must be one JSON object " + EXAMPLE + ", with nothing after it";
			}
			if (!query && !persisted) {
				return "The request has no \"query\": send the document as a string, " + EXAMPLE;
			}
			return null;
		}
		catch (JacksonException ex) {
			return ex.getLocation() == null ? "The body is not valid JSON"
					: "The body is not valid JSON (line " + ex.getLocation().getLineNr() + ", column "
							+ ex.getLocation().getColumnNr() + ")";
		}
	}

	/** Reads the members of {@code extensions}, the parser on its start; true if one is persistedQuery. */
	private static boolean namesPersistedQuery(JsonParser parser) {
		boolean found = false;
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			found |= "persistedQuery".equals(parser.currentName());
			parser.nextToken();
			parser.skipChildren();
		}
		return found;
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "an array";
			case START_OBJECT -> "an object";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			default -> String.valueOf(token);
		};
	}

}
