package io.dealgraph.golden;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Readable differences between two JSON texts, for a failed golden comparison; equality is checked on the text. */
final class JsonDiff {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonDiff() {
	}

	static String pretty(String json) {
		try {
			return JSON.writeValueAsString(JSON.readTree(json));
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	/** The first path at which the two documents differ, with both values, in field order. */
	static String firstDifference(String expected, String actual) {
		try {
			String path = difference("$", JSON.readTree(expected), JSON.readTree(actual));
			return path != null ? path : "the same JSON, written differently (whitespace or escaping)";
		}
		catch (JacksonException ex) {
			return "not JSON: " + ex.getOriginalMessage();
		}
	}

	private static String difference(String path, JsonNode expected, JsonNode actual) {
		if (expected.isObject() && actual.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> e = expected.properties().iterator();
			Iterator<Map.Entry<String, JsonNode>> a = actual.properties().iterator();
			while (e.hasNext() && a.hasNext()) {
				Map.Entry<String, JsonNode> x = e.next();
				Map.Entry<String, JsonNode> y = a.next();
				if (!x.getKey().equals(y.getKey())) {
					return path + ": expected field \"" + x.getKey() + "\" but found \"" + y.getKey() + "\"";
				}
				String inner = difference(path + "." + x.getKey(), x.getValue(), y.getValue());
				if (inner != null) {
					return inner;
				}
			}
			return e.hasNext() || a.hasNext() ? path + ": expected " + expected.size() + " fields, found " + actual.size() : null;
		}
		if (expected.isArray() && actual.isArray()) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				String inner = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
				if (inner != null) {
					return inner;
				}
			}
			return expected.size() != actual.size()
					? path + ": expected " + expected.size() + " items, found " + actual.size() : null;
		}
		return expected.equals(actual) ? null : path + ": expected " + expected + ", found " + actual;
	}

	/** The lines of the pretty-printed documents that differ, with three lines of context. */
	static String unified(String expected, String actual) {
		List<String> e = pretty(expected).lines().toList();
		List<String> a = pretty(actual).lines().toList();
		int start = 0;
		while (start < e.size() && start < a.size() && e.get(start).equals(a.get(start))) {
			start++;
		}
		int endE = e.size();
		int endA = a.size();
		while (endE > start && endA > start && e.get(endE - 1).equals(a.get(endA - 1))) {
			endE--;
			endA--;
		}
		List<String> out = new ArrayList<>();
		out.add("@@ -" + (start + 1) + " +" + (start + 1) + " @@");
		for (int i = Math.max(0, start - 3); i < start; i++) {
			out.add("  " + e.get(i));
		}
		for (int i = start; i < Math.min(endE, start + 40); i++) {
			out.add("- " + e.get(i));
		}
		for (int i = start; i < Math.min(endA, start + 40); i++) {
			out.add("+ " + a.get(i));
		}
		for (int i = endE; i < Math.min(e.size(), endE + 3); i++) {
			out.add("  " + e.get(i));
		}
		return String.join("\n", out);
	}

}
