package io.dealgraph.config;

import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;

/**
 * A query sent by GET, as the GraphQL-over-HTTP specification describes it: {@code query},
 * {@code operationName}, and {@code variables} and {@code extensions} as URL-encoded JSON objects.
 * It becomes the JSON request object a POST would carry, so every limit, check and error shape
 * of a POST applies to it unchanged. Only queries run by GET: a mutation or subscription is 405.
 */
final class GetRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The kind of operation each recently seen document and operation name runs ("" where the
	 * document cannot say): a GET is parsed once for this, not on every request (clients repeat the
	 * same few documents). Bounded by the documents' size, 4 MB of text at most.
	 */
	private static final Cache<String, String> OPERATION_TYPES = Caffeine.newBuilder()
		.maximumWeight(2_000_000)
		.weigher((String key, String type) -> key.length())
		.build();

	/** Why a GET cannot run, with the status to answer. */
	record Refusal(int status, String classification, String message) {
	}

	/** A GET request as the POST it stands for, or the refusal. */
	record Converted(byte[] body, Refusal refusal) {
	}

	private GetRequests() {
	}

	/** Whether the GET carries a GraphQL request (a document, or a persisted query's hash) rather than asking for a page. */
	static boolean isGraphQl(HttpServletRequest request) {
		return request.getParameter("query") != null || request.getParameter("extensions") != null;
	}

	static Converted convert(HttpServletRequest request) {
		for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			if (request.getParameterValues(name).length > 1) {
				return refuse(400, "BAD_REQUEST", "The parameter '" + name + "' is given more than once");
			}
		}
		ObjectNode body = JSON.createObjectNode();
		String query = request.getParameter("query");
		if (query != null) {
			body.put("query", query);
		}
		String operationName = request.getParameter("operationName");
		if (operationName != null && !operationName.isEmpty()) {
			body.put("operationName", operationName);
		}
		for (String name : new String[] { "variables", "extensions" }) {
			String value = request.getParameter(name);
			if (value == null || value.isEmpty()) {
				continue;
			}
			JsonNode json;
			try {
				json = JSON.readTree(value);
			}
			catch (JacksonException ex) {
				return refuse(400, "BAD_REQUEST", "The parameter '" + name + "' must be a URL-encoded JSON object; it is not valid JSON");
			}
			if (!json.isObject() && !json.isNull()) {
				return refuse(400, "BAD_REQUEST", "The parameter '" + name + "' must be a URL-encoded JSON object");
			}
			body.set(name, json);
		}
		if (query == null && !body.path("extensions").has("persistedQuery")) {
			return refuse(400, "BAD_REQUEST", "The request has no \"query\": give the document in the URL parameter query, "
					+ "such as ?query=%7B%20deals%20%7B%20totalCount%20%7D%20%7D, or a persisted query's hash in extensions");
		}
		String operation = query == null ? null : operationType(query, operationName);
		if (operation != null && !"QUERY".equals(operation)) {
			return refuse(405, "METHOD_NOT_ALLOWED", "Only queries run by GET; POST a " + operation.toLowerCase(java.util.Locale.ROOT)
					+ " as a JSON object {query, variables, operationName}");
		}
		return new Converted(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), null);
	}

	/** The kind of the operation that would run, or null where the document cannot say (GraphQL then answers). */
	private static String operationType(String query, String operationName) {
		String type = OPERATION_TYPES.get((operationName == null ? "" : operationName) + '\u0000' + query,
				key -> {
					String parsed = parseOperationType(query, operationName);
					return parsed == null ? "" : parsed;
				});
		return type.isEmpty() ? null : type;
	}

	private static String parseOperationType(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		Map<String, OperationDefinition> byName = new LinkedHashMap<>();
		document.getDefinitionsOfType(OperationDefinition.class).forEach(op -> byName.put(op.getName(), op));
		OperationDefinition selected = (operationName == null || operationName.isEmpty())
				? (byName.size() == 1 ? byName.values().iterator().next() : null) : byName.get(operationName);
		return selected == null ? null : selected.getOperation().name();
	}

	private static Converted refuse(int status, String classification, String message) {
		return new Converted(null, new Refusal(status, classification, message));
	}

	/** The JSON content type a converted request carries. */
	static final String CONTENT_TYPE = MediaType.APPLICATION_JSON_VALUE;

}
