package io.dealgraph.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import tools.jackson.databind.JsonNode;

/**
 * Generates golden documents from a fixed seed by walking the schema: root fields, nested fields,
 * aliases, inline and named fragments, directives, variables and arguments ({@code first},
 * {@code after} cursors and slugs taken from earlier answers, {@code asOf} days around the data's
 * dates, filters, orders, search words). It runs against the live API, so documents chain on
 * answers; one whose answer hits a query limit or fails validation is replaced by another. A few
 * deliberate argument errors close the set.
 */
final class DocumentGenerator {

	static final long SEED = 20260512L;

	static final int RANDOM_DOCUMENTS = 320;

	static final int MAX_LEVEL = 8;

	static final List<String> WORDS = List.of("Azure", "Trainium", "exclusive", "invest", "gigawatts", "Stargate",
			"Oracle", "Bedrock", "stateless", "restructuring", "chips", "\"data center\"", "OpenAI -Microsoft",
			"Amazon or Oracle", "compute", "Trainum", "cloud", "billion", "partnership", "licence");

	static final List<String> DAYS = List.of("2015-06-30", "2016-06-01", "2019-07-22", "2023-01-23", "2024-10-01",
			"2025-01-21", "2025-10-28", "2025-11-03", "2026-01-01", "2026-02-27", "2026-04-01", "2026-04-27",
			"2026-04-28", "2026-05-01", "2027-01-01", "2030-12-31");

	private final GraphQLSchema schema;

	private final java.util.function.UnaryOperator<String> api;

	private final Random random = new Random(SEED);

	private final Map<String, Set<String>> slugs = new HashMap<>();

	private final Map<String, Set<String>> ids = new LinkedHashMap<>();

	private final Map<String, Set<String>> cursors = new HashMap<>();

	private final Set<String> names = new LinkedHashSet<>();

	private final Set<String> outlets = new LinkedHashSet<>();

	private final Set<String> publishers = new LinkedHashSet<>();

	private final Set<String> dates = new LinkedHashSet<>(DAYS);

	private final Deque<Doc> followUps = new ArrayDeque<>();

	private int counter;

	DocumentGenerator(GraphQLSchema schema, java.util.function.UnaryOperator<String> api) {
		this.schema = schema;
		this.api = api;
	}

	// ---- the document model -------------------------------------------------------------------

	/** A variable reference in an argument. */
	record Var(String name) {
	}

	/** An enum value in an argument. */
	record Enum(String value) {
	}

	sealed interface Sel permits Field, Spread, Inline {
	}

	record Field(String alias, String name, Map<String, Object> args, List<Sel> selections, String directive) implements Sel {
		String key() {
			return this.alias != null ? this.alias : this.name;
		}
	}

	record Spread(String fragment) implements Sel {
	}

	record Inline(String type, List<Sel> selections, String directive) implements Sel {
	}

	record Fragment(String name, String type, List<Sel> selections) {
	}

	/** A document with one operation, its variables, and the named fragments it uses. */
	record Doc(String operation, List<Field> roots, Map<String, String> variableTypes, Map<String, Object> variables,
			Map<String, Fragment> fragments, String extraOperation) {
	}

	// ---- generation ---------------------------------------------------------------------------

	void writeTo(Path dataset) {
		Path folder = dataset.resolve("generated");
		try {
			Files.createDirectories(folder);
			try (Stream<Path> old = Files.list(folder)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
			List<String> documents = generate();
			for (int i = 0; i < documents.size(); i++) {
				Files.writeString(folder.resolve(String.format("gen-%03d.json", i + 1)), documents.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> generate() {
		List<String> accepted = new ArrayList<>();
		for (Doc doc : bootstrap()) {
			accept(doc, accepted, true);
		}
		int attempts = 0;
		while (accepted.size() < RANDOM_DOCUMENTS && attempts++ < RANDOM_DOCUMENTS * 5) {
			Doc doc = !this.followUps.isEmpty() && this.random.nextInt(4) == 0 ? this.followUps.pollFirst() : randomDoc();
			if (doc != null) {
				accept(doc, accepted, false);
			}
		}
		for (String body : deliberateErrors()) {
			accepted.add(body);
		}
		return accepted;
	}

	private void accept(Doc doc, List<String> accepted, boolean always) {
		String body = body(doc);
		String answer = this.api.apply(body);
		JsonNode json = JsonDiff.JSON.readTree(answer);
		for (JsonNode error : json.path("errors")) {
			if (error.path("extensions").has("limit") || error.path("message").asString().startsWith("Validation error")) {
				if (always) {
					throw new IllegalStateException("bootstrap document refused: " + body + " -> " + answer);
				}
				return;
			}
		}
		if (!always && answer.length() > 200_000) {
			return;
		}
		accepted.add(body);
		harvest(doc, json.path("data"));
	}

	/** Lists that fill the pools of slugs, ids and names the random documents draw from. */
	private List<Doc> bootstrap() {
		List<Doc> docs = new ArrayList<>();
		for (String root : List.of("organizations", "deals", "commitments", "exclusivityTerms", "statements", "events",
				"sources", "people")) {
			GraphQLFieldDefinition field = this.schema.getQueryType().getFieldDefinition(root);
			GraphQLObjectType node = (GraphQLObjectType) unwrap(
					((GraphQLObjectType) unwrap(field.getType())).getFieldDefinition("nodes").getType());
			List<Sel> nodeFields = new ArrayList<>(List.of(leaf("id"), leaf("slug")));
			for (String name : List.of("name", "aliases", "tickers", "outlets", "publisher")) {
				if (node.getFieldDefinition(name) != null) {
					nodeFields.add(leaf(name));
				}
			}
			Map<String, Object> args = new LinkedHashMap<>();
			args.put("first", 40);
			List<Sel> connection = List.of(leaf("totalCount"),
					new Field(null, "pageInfo", Map.of(), List.of(leaf("hasNextPage"), leaf("endCursor")), null),
					new Field(null, "nodes", Map.of(), nodeFields, null));
			docs.add(new Doc(null, List.of(new Field(null, root, args, connection, null)), Map.of(), Map.of(), Map.of(), null));
		}
		return docs;
	}

	private Doc randomDoc() {
		this.counter++;
		Map<String, Fragment> fragments = new LinkedHashMap<>();
		Map<String, String> variableTypes = new LinkedHashMap<>();
		Map<String, Object> variables = new LinkedHashMap<>();
		List<Field> roots = new ArrayList<>();
		int count = 1 + (chance(0.35) ? 1 : 0) + (chance(0.1) ? 1 : 0);
		Set<String> used = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			GraphQLFieldDefinition definition = pick(this.schema.getQueryType().getFieldDefinitions());
			Map<String, Object> args = arguments(definition, true);
			if (args == null) {
				continue;
			}
			for (Map.Entry<String, Object> arg : args.entrySet()) {
				if (!(arg.getValue() instanceof Var) && chance(0.15)) {
					String variable = arg.getKey() + this.counter + "_" + i;
					GraphQLArgument argument = definition.getArgument(arg.getKey());
					variableTypes.put(variable, GraphQLTypeUtil.simplePrint(argument.getType()));
					variables.put(variable, json(arg.getValue()));
					arg.setValue(new Var(variable));
				}
			}
			String alias = used.contains(definition.getName()) || chance(0.2) ? "r" + (i + 1) : null;
			used.add(definition.getName());
			List<Sel> selections = unwrap(definition.getType()) instanceof GraphQLCompositeType composite
					? selections(composite, 2, fragments) : null;
			roots.add(new Field(alias, definition.getName(), args, selections, null));
		}
		if (roots.isEmpty()) {
			return null;
		}
		boolean named = !variableTypes.isEmpty() || chance(0.5);
		String extra = chance(0.05) ? "query Other" + this.counter + " { __typename }" : null;
		return new Doc(named || extra != null ? "Gen" + this.counter : null, roots, variableTypes, variables, fragments, extra);
	}

	private List<Sel> selections(GraphQLCompositeType type, int level, Map<String, Fragment> fragments) {
		if (type instanceof GraphQLObjectType object) {
			return objectSelections(object, level, fragments);
		}
		List<Sel> selections = new ArrayList<>(List.of(leaf("__typename")));
		if (type instanceof GraphQLInterfaceType && chance(0.5)) {
			selections.add(leaf("id"));
		}
		List<GraphQLObjectType> possible = new ArrayList<>(type instanceof GraphQLUnionType union
				? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
				: this.schema.getImplementations((GraphQLInterfaceType) type));
		Map<String, String> shapes = new HashMap<>();
		int n = 1 + this.random.nextInt(Math.min(3, possible.size()));
		for (int i = 0; i < n; i++) {
			GraphQLObjectType concrete = possible.remove(this.random.nextInt(possible.size()));
			List<Sel> inner = new ArrayList<>();
			for (Sel sel : objectSelections(concrete, level, fragments)) {
				// Sibling fragments on different types may not give one response name two shapes.
				if (sel instanceof Field field && field.alias() == null && !field.name().equals("__typename")) {
					String shape = GraphQLTypeUtil.simplePrint(concrete.getFieldDefinition(field.name()).getType());
					if (!shape.equals(shapes.computeIfAbsent(field.name(), k -> shape))) {
						continue;
					}
				}
				inner.add(sel);
			}
			if (!inner.isEmpty()) {
				selections.add(new Inline(concrete.getName(), inner, null));
			}
		}
		return selections;
	}

	private List<Sel> objectSelections(GraphQLObjectType type, int level, Map<String, Fragment> fragments) {
		List<GraphQLFieldDefinition> leaves = new ArrayList<>();
		List<GraphQLFieldDefinition> composites = new ArrayList<>();
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			if (field.getName().equals("text") && type.getName().equals("Source") && !chance(0.1)) {
				continue;
			}
			(unwrap(field.getType()) instanceof GraphQLCompositeType ? composites : leaves).add(field);
		}
		List<Field> fields = new ArrayList<>();
		boolean connection = type.getName().endsWith("Connection");
		int leafCount = connection ? (chance(0.5) ? 1 : 0) : Math.min(leaves.size(), 1 + this.random.nextInt(4));
		for (GraphQLFieldDefinition leaf : sample(leaves, leafCount)) {
			Map<String, Object> args = arguments(leaf, false);
			if (args != null) {
				fields.add(new Field(chance(0.08) ? "a" + fields.size() : null, leaf.getName(), args, null, null));
			}
		}
		double nest = connection ? 1.0 : level <= 2 ? 0.8 : level <= 4 ? 0.5 : 0.25;
		int compositeCount = level + 2 > MAX_LEVEL ? 0 : connection ? 1 + (chance(0.4) ? 1 : 0) : chance(nest) ? 1 + (chance(0.3) ? 1 : 0) : 0;
		for (GraphQLFieldDefinition composite : sample(composites, Math.min(compositeCount, composites.size()))) {
			Map<String, Object> args = arguments(composite, false);
			if (args == null) {
				continue;
			}
			GraphQLCompositeType target = (GraphQLCompositeType) unwrap(composite.getType());
			fields.add(new Field(null, composite.getName(), args, selections(target, level + 1, fragments), directive()));
			if (composite.getArgument("first") != null && chance(0.08)) {
				// The same connection twice, with other arguments, under an alias.
				Map<String, Object> other = arguments(composite, false);
				if (other != null) {
					fields.add(new Field("again" + fields.size(), composite.getName(), other,
							selections(target, level + 1, fragments), null));
				}
			}
		}
		if (fields.isEmpty()) {
			fields.add(leaf(leaves.isEmpty() ? "__typename" : leaves.get(0).getName()));
		}
		List<Sel> selections = new ArrayList<>();
		if (fields.size() >= 2 && chance(0.15)) {
			int split = 1 + this.random.nextInt(fields.size() - 1);
			String name = "F" + type.getName() + (fragments.size() + 1);
			fragments.put(name, new Fragment(name, type.getName(), new ArrayList<>(fields.subList(split, fields.size()))));
			selections.addAll(fields.subList(0, split));
			selections.add(new Spread(name));
		}
		else if (fields.size() >= 2 && chance(0.1)) {
			int split = 1 + this.random.nextInt(fields.size() - 1);
			selections.addAll(fields.subList(0, split));
			selections.add(new Inline(chance(0.7) ? type.getName() : null, new ArrayList<>(fields.subList(split, fields.size())),
					chance(0.3) ? "@include(if: true)" : null));
		}
		else {
			selections.addAll(fields);
		}
		return selections;
	}

	private String directive() {
		double draw = this.random.nextDouble();
		return draw < 0.02 ? "@include(if: false)" : draw < 0.04 ? "@skip(if: true)" : draw < 0.05 ? "@skip(if: false)" : null;
	}

	/** Arguments for a field, or null when a required one has no value to take. */
	private Map<String, Object> arguments(GraphQLFieldDefinition field, boolean root) {
		Map<String, Object> args = new LinkedHashMap<>();
		GraphQLNamedType target = unwrap(field.getType());
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
			String name = argument.getName();
			double probability = switch (name) {
				case "first" -> root ? 0.8 : 0.95;
				case "after" -> 0.35;
				default -> 0.3;
			};
			if (!required && !chance(probability)) {
				continue;
			}
			Object value = value(name, argument.getType(), target, root);
			if (value == null) {
				if (required) {
					return null;
				}
				continue;
			}
			args.put(name, value);
		}
		return args;
	}

	private Object value(String name, GraphQLInputType type, GraphQLNamedType target, boolean root) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		switch (name) {
			case "first":
				return root ? 1 + this.random.nextInt(8) : 1 + this.random.nextInt(3);
			case "after":
				return pickOrNull(this.cursors.get(target.getName()));
			case "slug":
				return pickOrNull(this.slugs.get(target.getName()));
			case "name":
				return pickOrNull(this.names);
			case "id":
				return pickOrNull(allIds());
			case "ids": {
				List<String> picked = new ArrayList<>();
				int n = 1 + this.random.nextInt(4);
				for (int i = 0; i < n; i++) {
					String id = pickOrNull(allIds());
					if (id != null) {
						picked.add(id);
					}
				}
				if (chance(0.1)) {
					picked.add("bm9wZTox");
				}
				return picked.isEmpty() ? null : picked;
			}
			case "query":
				return pick(WORDS);
			case "organization", "committer", "recipient", "holder", "grantor":
				return pickOrNull(this.slugs.get("Organization"));
			case "organizations": {
				String slug = pickOrNull(this.slugs.get("Organization"));
				return slug == null ? null : List.of(slug);
			}
			case "deal":
				return pickOrNull(this.slugs.get("Deal"));
			case "speaker":
				return pickOrNull(this.slugs.get("Person"));
			case "outlet":
				return pickOrNull(this.outlets);
			case "publisher":
				return pickOrNull(this.publishers);
			case "nameContains": {
				String found = pickOrNull(this.names);
				return found == null ? null : found.substring(0, Math.min(found.length(), 2 + this.random.nextInt(4)));
			}
			case "amountMin", "amountMax":
				return pick(List.of("1000000000", "10000000000", "50000000000", "1", "2"));
			default:
				break;
		}
		if (bare instanceof GraphQLList list) {
			GraphQLInputType item = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
			List<Object> values = new ArrayList<>();
			Set<Object> seen = new LinkedHashSet<>();
			int n = 1 + this.random.nextInt(2);
			for (int i = 0; i < n; i++) {
				Object value = value(name + "[]", item, target, root);
				if (value != null && seen.add(value)) {
					values.add(value);
				}
			}
			return values.isEmpty() ? null : values;
		}
		if (bare instanceof GraphQLEnumType enumType) {
			return new Enum(pick(enumType.getValues()).getName());
		}
		if (bare instanceof GraphQLInputObjectType input) {
			Map<String, Object> fields = new LinkedHashMap<>();
			List<GraphQLInputObjectField> all = input.getFields();
			for (GraphQLInputObjectField field : all) {
				if (chance(1.2 / all.size()) || (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue())) {
					Object value = value(field.getName(), field.getType(), target, root);
					if (value != null) {
						fields.put(field.getName(), value);
					}
				}
			}
			if (fields.isEmpty() && !all.isEmpty()) {
				GraphQLInputObjectField field = pick(all);
				Object value = value(field.getName(), field.getType(), target, root);
				if (value != null) {
					fields.put(field.getName(), value);
				}
			}
			return fields;
		}
		if (bare instanceof GraphQLNamedType named && named.getName().equals("Date")) {
			return day();
		}
		if (bare instanceof GraphQLNamedType named && named.getName().equals("Boolean")) {
			return chance(0.5);
		}
		return null;
	}

	private String day() {
		String base = pick(new ArrayList<>(this.dates));
		return chance(0.3) ? LocalDate.parse(base).plusDays(this.random.nextInt(7) - 3).toString() : base;
	}

	// ---- what the answers teach -------------------------------------------------------------

	private void harvest(Doc doc, JsonNode data) {
		for (Field root : doc.roots()) {
			GraphQLFieldDefinition definition = this.schema.getQueryType().getFieldDefinition(root.name());
			JsonNode value = data.path(root.key());
			if (root.selections() != null) {
				harvest(doc, root.selections(), value, (GraphQLCompositeType) unwrap(definition.getType()), null);
			}
			JsonNode pageInfo = value.path("pageInfo");
			if (pageInfo.path("hasNextPage").asBoolean(false) && pageInfo.path("endCursor").isString() && this.followUps.size() < 20) {
				this.followUps.addLast(followUp(doc, root, pageInfo.path("endCursor").asString()));
			}
		}
	}

	/** The same document with one root connection asked for its next page. */
	private Doc followUp(Doc doc, Field root, String cursor) {
		Map<String, Object> variables = new LinkedHashMap<>(doc.variables());
		Map<String, Object> args = new LinkedHashMap<>(root.args());
		if (args.get("after") instanceof Var var) {
			variables.put(var.name(), cursor);
		}
		else {
			args.put("after", cursor);
		}
		List<Field> roots = new ArrayList<>(doc.roots());
		roots.set(roots.indexOf(root), new Field(root.alias(), root.name(), args, root.selections(), root.directive()));
		return new Doc(doc.operation(), roots, doc.variableTypes(), variables, doc.fragments(), doc.extraOperation());
	}

	private void harvest(Doc doc, List<Sel> selections, JsonNode value, GraphQLCompositeType type, String connection) {
		if (value.isArray()) {
			value.forEach(item -> harvest(doc, selections, item, type, connection));
			return;
		}
		if (!value.isObject()) {
			return;
		}
		GraphQLObjectType concrete = type instanceof GraphQLObjectType object ? object
				: value.path("__typename").isString() ? this.schema.getObjectType(value.path("__typename").asString()) : null;
		if (concrete == null) {
			return;
		}
		String enclosing = concrete.getName().endsWith("Connection") ? concrete.getName() : connection;
		for (Sel sel : selections) {
			if (sel instanceof Spread spread) {
				Fragment fragment = doc.fragments().get(spread.fragment());
				if (fragment.type().equals(concrete.getName())) {
					harvest(doc, fragment.selections(), value, concrete, enclosing);
				}
			}
			else if (sel instanceof Inline inline) {
				if (inline.type() == null || inline.type().equals(concrete.getName())) {
					harvest(doc, inline.selections(), value, concrete, enclosing);
				}
			}
			else if (sel instanceof Field field && !field.name().startsWith("__")) {
				JsonNode child = value.path(field.key());
				GraphQLFieldDefinition definition = concrete.getFieldDefinition(field.name());
				if (field.selections() != null) {
					harvest(doc, field.selections(), child, (GraphQLCompositeType) unwrap(definition.getType()), enclosing);
				}
				else {
					leafValue(concrete.getName(), field.name(), child, enclosing);
				}
			}
		}
	}

	private void leafValue(String type, String field, JsonNode value, String connection) {
		if (value.isArray()) {
			value.forEach(item -> leafValue(type, field, item, connection));
			return;
		}
		if (!value.isString()) {
			return;
		}
		String text = value.asString();
		switch (field) {
			case "slug" -> this.slugs.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(text);
			case "id" -> this.ids.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(text);
			case "name", "aliases", "tickers" -> {
				if (type.equals("Organization")) {
					this.names.add(text);
				}
			}
			case "outlets", "creditedOutlet" -> this.outlets.add(text);
			case "publisher" -> this.publishers.add(text);
			case "earliest", "latest" -> {
				if (this.dates.size() < 60) {
					this.dates.add(text);
				}
			}
			case "cursor" -> this.cursors.computeIfAbsent(type.replaceFirst("Edge$", "Connection"), k -> new LinkedHashSet<>()).add(text);
			case "endCursor", "startCursor" -> {
				if (connection != null) {
					this.cursors.computeIfAbsent(connection, k -> new LinkedHashSet<>()).add(text);
				}
			}
			default -> {
			}
		}
	}

	// ---- deliberate errors, part of the contract ------------------------------------------------

	private List<String> deliberateErrors() {
		String organizationCursor = pickOrNull(this.cursors.get("OrganizationConnection"));
		String sourceCursor = pickOrNull(this.cursors.get("SourceConnection"));
		String deal = pickOrNull(this.slugs.get("Deal"));
		List<String> queries = new ArrayList<>(List.of(
				"{ deals(first: 0) { totalCount } }",
				"{ deals(first: 101) { nodes { slug } } }",
				"{ organizations(first: -1) { totalCount } }",
				"{ commitments(first: 2, after: \"not-a-cursor\") { nodes { slug } } }",
				"{ node(id: \"garbage\") { id } }",
				"{ deal(slug: \"no-such-deal\") { title } }",
				"{ deals(asOf: \"2026-13-45\") { totalCount } }",
				"{ search(query: \"\") { totalCount suggestions } }",
				"{ search(query: \"Trainum\") { totalCount suggestions nodes { title } } }",
				"{ timeline(from: \"2026-05-01\", to: \"2026-01-01\") { totalCount } }",
				"{ commitments(filter: {amountMin: \"abc\"}) { totalCount } }"));
		if (organizationCursor != null) {
			queries.add("{ deals(first: 2, after: \"" + organizationCursor + "\") { nodes { slug } } }");
		}
		if (sourceCursor != null) {
			queries.add("{ sources(first: 2, after: \"" + sourceCursor + "\", orderBy: {field: TITLE}) { nodes { slug } } }");
		}
		if (deal != null) {
			queries.add("{ deal(slug: \"" + deal + "\") { parties(first: 0) { totalCount } citations(first: 101) { totalCount } } }");
		}
		return queries.stream().map(q -> RecordingImport.body(q, null, null)).toList();
	}

	// ---- rendering ------------------------------------------------------------------------------

	private String body(Doc doc) {
		StringBuilder text = new StringBuilder();
		if (doc.operation() != null) {
			text.append("query ").append(doc.operation());
			if (!doc.variableTypes().isEmpty()) {
				List<String> definitions = new ArrayList<>();
				doc.variableTypes().forEach((name, type) -> definitions.add("$" + name + ": " + type));
				text.append("(").append(String.join(", ", definitions)).append(")");
			}
			text.append(" ");
		}
		text.append("{\n");
		for (Field root : doc.roots()) {
			render(root, 1, text);
		}
		text.append("}\n");
		for (Fragment fragment : doc.fragments().values()) {
			text.append("\nfragment ").append(fragment.name()).append(" on ").append(fragment.type()).append(" {\n");
			fragment.selections().forEach(sel -> render(sel, 1, text));
			text.append("}\n");
		}
		if (doc.extraOperation() != null) {
			text.append("\n").append(doc.extraOperation()).append("\n");
		}
		JsonNode variables = JsonDiff.JSON.valueToTree(doc.variables());
		return RecordingImport.body(text.toString(), variables,
				doc.extraOperation() != null ? JsonDiff.JSON.getNodeFactory().stringNode(doc.operation()) : null);
	}

	private void render(Sel sel, int indent, StringBuilder text) {
		String pad = "  ".repeat(indent);
		if (sel instanceof Spread spread) {
			text.append(pad).append("...").append(spread.fragment()).append("\n");
		}
		else if (sel instanceof Inline inline) {
			text.append(pad).append("...");
			if (inline.type() != null) {
				text.append(" on ").append(inline.type());
			}
			if (inline.directive() != null) {
				text.append(" ").append(inline.directive());
			}
			text.append(" {\n");
			inline.selections().forEach(s -> render(s, indent + 1, text));
			text.append(pad).append("}\n");
		}
		else if (sel instanceof Field field) {
			text.append(pad);
			if (field.alias() != null) {
				text.append(field.alias()).append(": ");
			}
			text.append(field.name());
			if (!field.args().isEmpty()) {
				List<String> args = new ArrayList<>();
				field.args().forEach((name, value) -> args.add(name + ": " + literal(value)));
				text.append("(").append(String.join(", ", args)).append(")");
			}
			if (field.directive() != null) {
				text.append(" ").append(field.directive());
			}
			if (field.selections() != null) {
				text.append(" {\n");
				field.selections().forEach(s -> render(s, indent + 1, text));
				text.append(pad).append("}");
			}
			text.append("\n");
		}
	}

	private static String literal(Object value) {
		if (value instanceof Var var) {
			return "$" + var.name();
		}
		if (value instanceof Enum e) {
			return e.value();
		}
		if (value instanceof String s) {
			return JsonDiff.JSON.writeValueAsString(s);
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(DocumentGenerator::literal).toList()) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			List<String> fields = new ArrayList<>();
			map.forEach((k, v) -> fields.add(k + ": " + literal(v)));
			return "{" + String.join(", ", fields) + "}";
		}
		return String.valueOf(value);
	}

	private static Object json(Object value) {
		if (value instanceof Enum e) {
			return e.value();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(DocumentGenerator::json).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, json(v)));
			return copy;
		}
		return value;
	}

	// ---- helpers --------------------------------------------------------------------------------

	private static Field leaf(String name) {
		return new Field(null, name, Map.of(), null, null);
	}

	private static GraphQLNamedType unwrap(GraphQLType type) {
		return (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
	}

	private Set<String> allIds() {
		Set<String> all = new LinkedHashSet<>();
		this.ids.values().forEach(all::addAll);
		return all;
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private String pickOrNull(Set<String> items) {
		return items == null || items.isEmpty() ? null : pick(new ArrayList<>(items));
	}

	private <T> List<T> sample(List<T> items, int n) {
		List<T> copy = new ArrayList<>(items);
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < n && !copy.isEmpty(); i++) {
			picked.add(copy.remove(this.random.nextInt(copy.size())));
		}
		return picked;
	}

}
