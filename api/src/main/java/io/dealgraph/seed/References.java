package io.dealgraph.seed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {sameAs: ...}} in a deal file: a date, a party list or citations written once and referred
 * to, so a curator does not copy blocks. Resolved in the file's tree before it is read:
 * <ul>
 * <li>{@code sameAs: launch}: the date named {@code launch} in the file's top-level {@code dates:};</li>
 * <li>{@code sameAs: event <slug>}: that event's value of the same key (its date, citations or
 * organizations), {@code sameAs: event <slug> <key>} of another key;</li>
 * <li>{@code sameAs: deal} likewise for the file's deal ({@code sameAs: deal announced});</li>
 * <li>{@code organizations: {sameAs: parties}}: the organizations of the file's parties.</li>
 * </ul>
 */
final class References {

	private static final int MAX_DEPTH = 8;

	private final String path;

	private final Problems problems;

	private final ObjectNode root;

	private final ObjectNode dates;

	private References(String path, Problems problems, ObjectNode root, ObjectNode dates) {
		this.path = path;
		this.problems = problems;
		this.root = root;
		this.dates = dates;
	}

	/** The tree with every reference replaced by a copy of what it refers to, and without {@code dates:}. */
	static JsonNode resolve(JsonNode tree, String path, Problems problems) {
		if (!(tree instanceof ObjectNode root) || !path.startsWith("deals/")) {
			return tree;
		}
		JsonNode dates = root.remove("dates");
		References references = new References(path, problems, root,
				dates instanceof ObjectNode named ? named : JsonNodeFactory.instance.objectNode());
		if (dates != null && !dates.isObject()) {
			problems.at(path, "/dates", "expected a mapping of names to dates (launch: {earliest: ..., ...})");
		}
		references.replaceIn(root, "", 0);
		return root;
	}

	private void replaceIn(JsonNode node, String pointer, int depth) {
		if (node instanceof ObjectNode object) {
			for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				String at = pointer + "/" + entry.getKey();
				if (isReference(entry.getValue())) {
					entry.setValue(target(entry.getKey(), entry.getValue().get("sameAs").asString(), at, depth));
				}
				else {
					replaceIn(entry.getValue(), at, depth);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				replaceIn(array.get(i), pointer + "/" + i, depth);
			}
		}
	}

	private static boolean isReference(JsonNode node) {
		return node instanceof ObjectNode object && object.size() == 1 && object.get("sameAs") != null
				&& object.get("sameAs").isString();
	}

	/** A copy of what {@code sameAs} names, for the key {@code key}; null (after a problem) when it names nothing. */
	private JsonNode target(String key, String sameAs, String pointer, int depth) {
		String[] words = sameAs.trim().split("\\s+");
		JsonNode found = null;
		String problem;
		if (depth > MAX_DEPTH) {
			problem = "refers in a circle";
		}
		else if (words[0].equals("event") && words.length >= 2) {
			List<String> slugs = new ArrayList<>();
			for (JsonNode event : this.root.path("events")) {
				slugs.add(event.path("slug").asString());
				if (words[1].equals(event.path("slug").asString())) {
					found = event.get(words.length > 2 ? words[2] : key);
				}
			}
			problem = "refers to unknown event '" + words[1] + "' of this file" + Suggestions.didYouMean(words[1], slugs);
		}
		else if (words[0].equals("deal")) {
			found = this.root.path("deal").get(words.length > 1 ? words[1] : key);
			problem = "the deal has no '" + (words.length > 1 ? words[1] : key) + "'";
		}
		else if (words[0].equals("parties") && words.length == 1) {
			Set<String> organizations = new LinkedHashSet<>();
			this.root.path("parties").forEach(party -> organizations.add(party.path("organization").asString()));
			ArrayNode list = JsonNodeFactory.instance.arrayNode();
			organizations.forEach(list::add);
			found = list;
			problem = null;
		}
		else if (words.length == 1 && this.dates.get(words[0]) != null) {
			found = this.dates.get(words[0]);
			problem = null;
		}
		else {
			List<String> names = new ArrayList<>(this.dates.propertyNames());
			problem = "refers to unknown '" + sameAs + "'" + Suggestions.didYouMean(sameAs, names)
					+ " (write the name of a date under 'dates:', 'event <slug>', 'deal' or 'parties')";
		}
		if (found == null) {
			this.problems.at(this.path, pointer, "sameAs " + problem);
			return JsonNodeFactory.instance.nullNode();
		}
		JsonNode copy = found.deepCopy();
		if (isReference(copy)) {
			return target(key, copy.get("sameAs").asString(), pointer, depth + 1);
		}
		replaceIn(copy, pointer, depth + 1);
		return copy;
	}

}
