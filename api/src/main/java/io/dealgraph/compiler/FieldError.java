package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.ErrorResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client mistake in a field's arguments, found while compiling (or, for a check against the
 * data, by the statement): the statement's JSON holds a marker, {@code {"$error": n}}, where the
 * field's value would be, once for each object the field is asked of. Reading the JSON replaces
 * each marker as graphql-java completes a field that failed: null, propagated up to the nearest
 * level that may be null, and a {@code BAD_REQUEST} error at the field's path. No GraphQL response
 * key can be {@code $error}, so no data reads as a marker.
 *
 * A null where the schema says a field is never null is marked the same way ({@link NonNull}), and
 * answered as graphql-java answers it.
 *
 * @param error the exception, made of the offending value a statement's check found (null when
 * found while compiling); null for a null in a non-null field
 * @param nullable whether each level from the root field's value down to this field's may be null
 * @param location the field in the document
 * @param nonNull for a null in a non-null field: the field's type and the type it is a field of
 */
record FieldError(Function<String, BadInputException> error, List<Boolean> nullable, SourceLocation location,
		NonNull nonNull) {

	/** A non-null field's type and the type it is a field of, as graphql-java names them in its error. */
	record NonNull(String type, String parentType) {
	}

	/** What the plan cache counts for an error: a client mistake keeps its exception, stack trace and all. */
	int weight() {
		return this.nonNull != null ? 96 : 1024;
	}

	static final String MARKER = "$error";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A root field's JSON with its markers replaced, the errors they stood for, and whether the data is null. */
	record Applied(String json, List<GraphQLError> errors, boolean nullData) {
	}

	/** Replaces the markers of a root field's JSON ({@code key} in the response) with nulls and errors. */
	static Applied apply(String key, String json, List<FieldError> declared) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.set(key, JSON.readTree(json));
		List<Found> found = new ArrayList<>();
		find(data.get(key), new ArrayList<>(List.of(key)), found);
		// Shallower first, as the resolvers' errors came: their fields failed level by level.
		found.sort(Comparator.comparingInt(f -> f.path().size()));
		List<GraphQLError> errors = new ArrayList<>();
		boolean nullData = false;
		for (Found marker : found) {
			FieldError error = declared.get(marker.index());
			errors.add(error.nonNull() != null ? error.nullError(path(marker.path()))
					: ErrorResolver.badInput(error.error().apply(marker.value()), path(marker.path()), error.location()));
			int level = marker.path().size() - 1;
			while (level >= 0 && !error.nullable().get(level)) {
				level--;
			}
			if (level < 0) {
				nullData = true;
			}
			else {
				setNull(data, marker.path().subList(0, level + 1));
			}
		}
		JsonNode value = data.get(key);
		return new Applied(value == null || value.isNull() ? null : JSON.writeValueAsString(value), errors, nullData);
	}

	/** graphql-java's error for a null in a non-null field: its message, its classification, the path, no location. */
	private GraphQLError nullError(ResultPath path) {
		return GraphqlErrorBuilder.newError()
			.path(path)
			.errorType(ErrorType.NullValueInNonNullableField)
			.message("The field at path '" + path + "' was declared as a non null type, but the code involved in retrieving "
					+ "data has wrongly returned a null value.  The graphql specification requires that the parent field be set "
					+ "to null, or if that is non nullable that it bubble up null to its parent and so on. The non-nullable type is '"
					+ this.nonNull.type() + "' within parent type '" + this.nonNull.parentType() + "'")
			.build();
	}

	private record Found(List<Object> path, int index, String value) {
	}

	private static void find(JsonNode node, List<Object> path, List<Found> found) {
		if (node instanceof ObjectNode object) {
			JsonNode marker = object.get(MARKER);
			if (marker != null && marker.isNumber()) {
				JsonNode value = object.get("value");
				found.add(new Found(List.copyOf(path), marker.asInt(), value == null || value.isNull() ? null : value.asString()));
				return;
			}
			for (String name : object.propertyNames()) {
				path.add(name);
				find(object.get(name), path, found);
				path.remove(path.size() - 1);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				path.add(i);
				find(array.get(i), path, found);
				path.remove(path.size() - 1);
			}
		}
	}

	/** Nulls the value at the path, unless a shallower error has nulled a level above it already. */
	private static void setNull(ObjectNode data, List<Object> path) {
		JsonNode parent = data;
		for (int i = 0; i < path.size() - 1; i++) {
			parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
			if (parent == null || parent.isNull()) {
				return;
			}
		}
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, JsonNodeFactory.instance.nullNode());
		}
		else {
			((ObjectNode) parent).set((String) last, JsonNodeFactory.instance.nullNode());
		}
	}

	private static ResultPath path(List<Object> segments) {
		ResultPath path = ResultPath.rootPath();
		for (Object segment : segments) {
			path = segment instanceof Integer index ? path.segment(index) : path.segment((String) segment);
		}
		return path;
	}

}
