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

	/**
	 * What a column holds, for a reader's types ({@code /export/columns.json}): JSON Lines writes a
	 * whole number or true/false as such, everything else as text (decimals and dates exactly).
	 */
	enum Type {

		/** Free text. */
		TEXT,
		/** A whole number. */
		INTEGER,
		/** true or false. */
		BOOLEAN,
		/** An exact decimal as text ("500000000000"): read it as a decimal, not a float. */
		DECIMAL,
		/** A calendar date, YYYY-MM-DD. */
		DATE,
		/** An instant with its offset (ISO 8601). */
		DATETIME,
		/** One of a few names (an enum value such as a unit, a kind or a precision). */
		CATEGORY;

		/** Whether JSON Lines writes it as text. */
		boolean textual() {
			return this != INTEGER && this != BOOLEAN;
		}

	}

	/** The text, number or boolean at a JSON pointer ("/quantity/amount"); null where absent. */
	static Column at(String name, String pointer) {
		return new Column(name, Type.TEXT, row -> row.at(pointer));
	}

	static Column typed(Type type, String name, String pointer) {
		return new Column(name, type, row -> row.at(pointer));
	}

	static Column category(String name, String pointer) {
		return typed(Type.CATEGORY, name, pointer);
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
		return List.of(typed(Type.DATE, prefix + "_earliest", pointer + "/earliest"),
				typed(Type.DATE, prefix + "_latest", pointer + "/latest"), category(prefix + "_precision", pointer + "/precision"),
				at(prefix + "_text", pointer + "/text"));
	}

	/** A quantity as six columns: the exact decimal, unit, currency, what is counted, qualifier and the words. */
	static List<Column> quantity(String prefix, String pointer) {
		return quantity(prefix, pointer, prefix + "_text");
	}

	/** A quantity's six columns, its words under a name of their own (where the fact has a field of that name). */
	static List<Column> quantity(String prefix, String pointer, String textName) {
		return List.of(typed(Type.DECIMAL, prefix + "_amount", pointer + "/amount"), category(prefix + "_unit", pointer + "/unit"),
				category(prefix + "_currency", pointer + "/currency"), at(prefix + "_count_of", pointer + "/countOf"),
				category(prefix + "_qualifier", pointer + "/qualifier"), at(textName, pointer + "/text"));
	}

	/** The value as CSV text: null and absent are empty. */
	static String text(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode() ? "" : value.asString();
	}

}
