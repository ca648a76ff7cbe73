package io.dealgraph.export;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/**
 * One flat column of an export: its name, its type (how JSON Lines writes it; CSV writes text)
 * and how it reads its value from a row, a JSON object as the API answered it.
 */
record Column(String name, Type type, Function<JsonNode, JsonNode> value) {

	/** How a value is written in JSON Lines: text (decimals and dates too, exactly), a whole number, or true/false. */
	enum Type {
		TEXT, INTEGER, BOOLEAN
	}

	/** The text, number or boolean at a JSON pointer ("/quantity/amount"); null where absent. */
	static Column at(String name, String pointer) {
		return new Column(name, Type.TEXT, row -> row.at(pointer));
	}

	static Column integer(String name, String pointer) {
		return new Column(name, Type.INTEGER, row -> row.at(pointer));
	}

	static Column bool(String name, String pointer) {
		return new Column(name, Type.BOOLEAN, row -> row.at(pointer));
	}

	/** A list of texts at a pointer, or of one field of a list of objects, joined by "; " (null when empty). */
	static Column joined(String name, String pointer, String field) {
		return new Column(name, Type.TEXT, row -> {
			JsonNode list = row.at(pointer);
			if (!list.isArray() || list.isEmpty()) {
				return null;
			}
			String text = StreamSupport.stream(list.spliterator(), false)
				.map(item -> field == null ? item : item.at(field))
				.filter(item -> item != null && !item.isNull() && !item.isMissingNode())
				.map(JsonNode::asString)
				.distinct()
				.collect(Collectors.joining("; "));
			return text.isEmpty() ? null : tools.jackson.databind.node.StringNode.valueOf(text);
		});
	}

	/** A fuzzy date as four columns: earliest, latest, precision and the source's words. */
	static List<Column> fuzzyDate(String prefix, String pointer) {
		return List.of(at(prefix + "_earliest", pointer + "/earliest"), at(prefix + "_latest", pointer + "/latest"),
				at(prefix + "_precision", pointer + "/precision"), at(prefix + "_text", pointer + "/text"));
	}

	/** A quantity as six columns: the exact decimal, unit, currency, what is counted, qualifier and the words. */
	static List<Column> quantity(String prefix, String pointer) {
		return List.of(at(prefix + "_amount", pointer + "/amount"), at(prefix + "_unit", pointer + "/unit"),
				at(prefix + "_currency", pointer + "/currency"), at(prefix + "_count_of", pointer + "/countOf"),
				at(prefix + "_qualifier", pointer + "/qualifier"), at(prefix + "_text", pointer + "/text"));
	}

	/** The value as CSV text: null and absent are empty. */
	static String text(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode() ? "" : value.asString();
	}

}
