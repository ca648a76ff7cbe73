package io.dealgraph.compiler;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.dealgraph.compiler.ConnectionSql.NoArguments;
import io.dealgraph.compiler.SqlSchema.AggregateValue;
import io.dealgraph.compiler.SqlSchema.ArgumentValue;
import io.dealgraph.compiler.SqlSchema.Column;
import io.dealgraph.compiler.SqlSchema.Embedded;
import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Grouped;
import io.dealgraph.compiler.SqlSchema.OneOf;
import io.dealgraph.compiler.SqlSchema.Root;
import io.dealgraph.compiler.SqlSchema.RootAggregate;
import io.dealgraph.compiler.SqlSchema.RootConnection;
import io.dealgraph.compiler.SqlSchema.RootEntities;
import io.dealgraph.compiler.SqlSchema.RootNodes;
import io.dealgraph.compiler.SqlSchema.RootObject;
import io.dealgraph.compiler.SqlSchema.ToMany;
import io.dealgraph.compiler.SqlSchema.ToOne;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.compiler.SqlSchema.Value;

/**
 * Holds the read declarations against the schema before the API serves, so a mismatch stops
 * start-up with a message naming the type, field or argument, rather than failing a query at run
 * time: every root field and every field of every declared type is declared; each declaration
 * reads a field of the kind and type the schema says (a scalar, an object of the declared type, a
 * list, a connection whose nodes are that type, one of a union's types); each field's arguments,
 * bound by name to its record, have the schema's names and compatible types; and every enum of
 * the schema is a Java enum of the same name and values. {@link DatabaseCheck} then has the
 * database check what the declarations read.
 */
final class DeclarationCheck {

	/** Root fields graphql-java answers itself. */
	private static final Set<String> GRAPHQL_JAVAS = Set.of("_service");

	private static final Set<String> CONNECTION_FIELDS = Set.of("edges", "nodes", "pageInfo", "totalCount");

	private static final Set<String> EDGE_FIELDS = Set.of("node", "cursor", "inForce");

	private static final Set<String> PAGE_INFO_FIELDS = Set.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeclarationCheck.class);

	private final SqlSchema declarations;

	private final GraphQLSchema schema;

	private final List<String> problems = new ArrayList<>();

	private DeclarationCheck(SqlSchema declarations, GraphQLSchema schema) {
		this.declarations = declarations;
		this.schema = schema;
	}

	/** What does not match, each naming its type, field or argument; empty when all does. */
	static List<String> problems(SqlSchema declarations, GraphQLSchema schema) {
		DeclarationCheck check = new DeclarationCheck(declarations, schema);
		check.roots();
		check.types();
		check.vocabulary();
		return List.copyOf(check.problems);
	}

	/** Stops start-up when anything does not match. */
	static void verify(SqlSchema declarations, GraphQLSchema schema, DataSource database) {
		long start = System.nanoTime();
		List<String> problems = new ArrayList<>(problems(declarations, schema));
		if (problems.isEmpty() && database != null) {
			problems.addAll(DatabaseCheck.problems(declarations, schema, database));
		}
		log.info("Read declarations checked against the schema{} in {} ms: {} problems", database != null ? " and the database" : "",
				(System.nanoTime() - start) / 1_000_000, problems.size());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The read declarations do not match the schema:\n - " + String.join("\n - ", problems));
		}
	}

	private void problem(String text) {
		this.problems.add(text);
	}

	private void roots() {
		GraphQLObjectType query = this.schema.getQueryType();
		for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
			if (!field.getName().startsWith("__") && !GRAPHQL_JAVAS.contains(field.getName())
					&& this.declarations.root(field.getName()) == null) {
				problem("Query." + field.getName() + " has no declaration");
			}
		}
		this.declarations.roots().forEach((name, root) -> {
			GraphQLFieldDefinition field = query.getFieldDefinition(name);
			if (field == null) {
				if (!(root instanceof RootEntities)) {
					problem("Query." + name + " is declared but is not in the schema");
				}
				return;
			}
			root(name, root, field);
		});
	}

	private void root(String name, Root root, GraphQLFieldDefinition field) {
		String where = "Query." + name;
		if (!(root instanceof RootEntities)
				&& (!isType(field, Planner.KNOWN_AS_OF, "DateTime") || !isType(field, Planner.RELEASE, "Int"))) {
			problem(where + " has no arguments knownAsOf: DateTime and release: Int, which every root field takes");
		}
		if (root instanceof RootObject<?> object) {
			target(where, field.getType(), object.typeName(), false);
			arguments(where, field, object.arguments(), Set.of());
		}
		else if (root instanceof RootConnection connection) {
			connection(where, field, connection.connection());
		}
		else if (root instanceof RootAggregate aggregate) {
			target(where, field.getType(), aggregate.typeName(), false);
			arguments(where, field, aggregate.rows().arguments, Set.of());
			TypeSql type = this.declarations.typeOf(aggregate.typeName());
			if (type != null) {
				type.fields().forEach((fieldName, sql) -> {
					Class<?> reads = sql instanceof AggregateValue<?> value ? value.rootArguments()
							: sql instanceof Grouped<?> grouped ? grouped.rootArguments() : null;
					if (reads != null && reads != aggregate.rows().arguments) {
						problem(aggregate.typeName() + "." + fieldName + " reads the arguments " + reads.getSimpleName()
								+ " but " + where + " binds " + aggregate.rows().arguments.getSimpleName());
					}
				});
			}
		}
		else if (root instanceof RootNodes nodes) {
			if (field.getArgument(nodes.argument()) == null) {
				problem(where + " has no argument '" + nodes.argument() + "'");
			}
		}
	}

	private void types() {
		this.declarations.types().forEach((name, type) -> {
			if (!(this.schema.getType(name) instanceof GraphQLObjectType object)) {
				problem("type " + name + " is declared but is no object type of the schema");
				return;
			}
			for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
				if (type.field(field.getName()) == null) {
					problem(name + "." + field.getName() + " has no declaration");
				}
			}
			type.fields().forEach((fieldName, sql) -> {
				GraphQLFieldDefinition field = object.getFieldDefinition(fieldName);
				if (field == null) {
					problem(name + "." + fieldName + " is declared but is not in the schema");
				}
				else {
					field(name + "." + fieldName, field, sql);
				}
			});
		});
		// Every object type with an id is found by node(id:), from its rows.
		for (GraphQLNamedType type : this.schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && object.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node"))) {
				TypeSql declared = this.declarations.typeOf(object.getName());
				if (declared == null || declared.rows() == null) {
					problem(object.getName() + " is a Node but has no declared rows for node(id:) to read");
				}
			}
		}
	}

	private void field(String where, GraphQLFieldDefinition field, FieldSql sql) {
		GraphQLOutputType type = field.getType();
		if (sql instanceof Column || sql instanceof Value || sql instanceof AggregateValue<?>) {
			scalar(where, type);
			arguments(where, field, NoArguments.class, Set.of());
		}
		else if (sql instanceof ArgumentValue<?> value) {
			scalar(where, type);
			arguments(where, field, value.arguments(), Set.of());
		}
		else if (sql instanceof Embedded embedded) {
			target(where, type, embedded.typeName(), false);
			arguments(where, field, NoArguments.class, Set.of());
		}
		else if (sql instanceof ToOne toOne) {
			target(where, type, toOne.typeName(), false);
			arguments(where, field, NoArguments.class, Set.of());
		}
		else if (sql instanceof ToMany<?> toMany) {
			target(where, type, toMany.typeName(), true);
			arguments(where, field, toMany.arguments(), Set.of("first"));
		}
		else if (sql instanceof Grouped<?> grouped) {
			target(where, type, grouped.typeName(), true);
			arguments(where, field, NoArguments.class, Set.of("first"));
		}
		else if (sql instanceof OneOf oneOf) {
			oneOf(where, type, oneOf);
			arguments(where, field, NoArguments.class, Set.of());
		}
		else if (sql instanceof ConnectionSql<?> connection) {
			connection(where, field, connection);
		}
	}

	/** A scalar, an enum, or a list of them. */
	private void scalar(String where, GraphQLOutputType type) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (!(named instanceof GraphQLScalarType) && !(named instanceof GraphQLEnumType)) {
			problem(where + " is declared as a value but the schema says " + GraphQLTypeUtil.simplePrint(type));
		}
	}

	/** An object (or, for {@code list}, a list of objects) of the declared type, which must be declared too. */
	private void target(String where, GraphQLOutputType type, String declared, boolean list) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if ((unwrapped instanceof GraphQLList) != list) {
			problem(where + " is declared as " + (list ? "a list" : "one object") + " but the schema says "
					+ GraphQLTypeUtil.simplePrint(type));
			return;
		}
		GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
		if (!named.getName().equals(declared)) {
			problem(where + " is declared as " + declared + " but the schema says " + GraphQLTypeUtil.simplePrint(type));
		}
		else if (this.declarations.typeOf(declared) == null) {
			problem(where + " reads " + declared + ", which has no declaration");
		}
	}

	/** One of a union's (or an interface's) types, a case for each. */
	private void oneOf(String where, GraphQLOutputType type, OneOf oneOf) {
		GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
		Set<String> possible = new TreeSet<>();
		if (named instanceof graphql.schema.GraphQLUnionType union) {
			union.getTypes().forEach(member -> possible.add(member.getName()));
		}
		else if (named instanceof graphql.schema.GraphQLInterfaceType abstractType) {
			this.schema.getImplementations(abstractType).forEach(member -> possible.add(member.getName()));
		}
		else {
			problem(where + " is declared as one of several types but the schema says " + GraphQLTypeUtil.simplePrint(type));
			return;
		}
		Set<String> declared = new TreeSet<>(oneOf.types().values());
		if (!declared.equals(possible)) {
			problem(where + " is declared as one of " + declared + " but the schema's " + named.getName() + " is one of " + possible);
		}
		declared.stream()
			.filter(name -> this.declarations.typeOf(name) == null || this.declarations.typeOf(name).rows() == null)
			.forEach(name -> problem(where + " reads " + name + ", which has no declared rows"));
	}

	private void connection(String where, GraphQLFieldDefinition field, ConnectionSql<?> connection) {
		if (!(GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLObjectType page)
				|| page.getFieldDefinition("nodes") == null) {
			problem(where + " is declared as a connection but the schema says " + GraphQLTypeUtil.simplePrint(field.getType()));
			return;
		}
		target(where + ".nodes", page.getFieldDefinition("nodes").getType(), connection.typeName, true);
		for (GraphQLFieldDefinition pageField : page.getFieldDefinitions()) {
			if (!CONNECTION_FIELDS.contains(pageField.getName()) && !connection.fields.containsKey(pageField.getName())) {
				problem(where + ": the connection's field " + page.getName() + "." + pageField.getName() + " has no declaration");
			}
		}
		connection.fields.keySet()
			.stream()
			.filter(name -> page.getFieldDefinition(name) == null)
			.forEach(name -> problem(where + ": the connection's own field " + name + " is not in " + page.getName()));
		knownFields(where, page, "edges", EDGE_FIELDS);
		knownFields(where, page, "pageInfo", PAGE_INFO_FIELDS);
		if (!isType(field, "first", "Int") || !isType(field, "after", "String")) {
			problem(where + " is a connection but has no arguments first: Int and after: String");
		}
		arguments(where, field, connection.arguments, Set.of("first", "after"));
	}

	private void knownFields(String where, GraphQLObjectType page, String field, Set<String> known) {
		GraphQLFieldDefinition definition = page.getFieldDefinition(field);
		if (definition != null && GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLObjectType object) {
			object.getFieldDefinitions()
				.stream()
				.filter(f -> !known.contains(f.getName()))
				.forEach(f -> problem(where + ": " + object.getName() + "." + f.getName() + " is no field the compiler answers"));
		}
	}

	private static boolean isType(GraphQLFieldDefinition field, String argument, String type) {
		return field.getArgument(argument) != null
				&& GraphQLTypeUtil.unwrapAll(field.getArgument(argument).getType()).getName().equals(type);
	}

	/**
	 * The field's arguments and the record they bind to: the same names (beside those the compiler
	 * reads itself, which the record may also take), compatible types.
	 */
	/** The arguments every root field takes, which the compiler reads itself ({@link Planner}). */
	private static final Set<String> ROOT_ARGUMENTS = Set.of(Planner.KNOWN_AS_OF, Planner.RELEASE);

	private void arguments(String where, GraphQLFieldDefinition field, Class<?> record, Set<String> compilers) {
		Map<String, RecordComponent> components = new LinkedHashMap<>();
		if (record != NoArguments.class) {
			if (!record.isRecord()) {
				problem(where + ": the arguments bind to " + record.getName() + ", which is no record");
				return;
			}
			for (RecordComponent component : record.getRecordComponents()) {
				components.put(component.getName(), component);
			}
		}
		for (var argument : field.getArguments()) {
			RecordComponent component = components.get(argument.getName());
			if (component == null) {
				if (!compilers.contains(argument.getName()) && !(where.startsWith("Query.") && ROOT_ARGUMENTS.contains(argument.getName()))) {
					problem(where + "(" + argument.getName() + ":) is an argument of the schema its declaration does not read"
							+ (record == NoArguments.class ? " (it takes none)" : " (" + record.getSimpleName() + " has no such component)"));
				}
			}
			else {
				compatible(where + "(" + argument.getName() + ":)", component.getGenericType(), argument.getType());
			}
		}
		components.keySet()
			.stream()
			.filter(name -> field.getArgument(name) == null)
			.forEach(name -> problem(where + ": " + record.getSimpleName() + "." + name + " is no argument of the schema"));
	}

	/** A Java type that Spring's binder fills from a value of this input type. */
	private void compatible(String where, Type java, GraphQLInputType sdl) {
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(sdl);
		if (type instanceof GraphQLList list) {
			if (java instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
				compatible(where, parameterized.getActualTypeArguments()[0], (GraphQLInputType) list.getWrappedType());
			}
			else {
				problem(where + " is a list in the schema but " + java.getTypeName() + " in its record");
			}
			return;
		}
		Class<?> raw = java instanceof Class<?> c ? c : null;
		String name = ((GraphQLNamedType) type).getName();
		boolean ok;
		if (type instanceof GraphQLEnumType) {
			ok = raw != null && raw.isEnum() && raw.getSimpleName().equals(name);
		}
		else if (type instanceof GraphQLInputObjectType input) {
			ok = raw != null && raw.isRecord() && raw.getSimpleName().equals(name);
			if (ok) {
				Map<String, RecordComponent> components = Arrays.stream(raw.getRecordComponents())
					.collect(Collectors.toMap(RecordComponent::getName, c -> c));
				Set<String> fields = new HashSet<>();
				input.getFieldDefinitions().forEach(field -> {
					fields.add(field.getName());
					RecordComponent component = components.get(field.getName());
					if (component == null) {
						problem(where + ": " + name + "." + field.getName() + " is not read (" + raw.getSimpleName() + " has no such component)");
					}
					else {
						compatible(where + "." + field.getName(), component.getGenericType(), field.getType());
					}
				});
				components.keySet()
					.stream()
					.filter(component -> !fields.contains(component))
					.forEach(component -> problem(where + ": " + raw.getSimpleName() + "." + component + " is no field of " + name));
			}
		}
		else {
			ok = raw != null && switch (name) {
				case "String", "ID" -> raw == String.class;
				case "Int" -> raw == Integer.class || raw == int.class;
				case "Boolean" -> raw == Boolean.class || raw == boolean.class;
				case "Date" -> raw == LocalDate.class;
				case "DateTime" -> raw == java.time.OffsetDateTime.class;
				case "Decimal" -> raw == BigDecimal.class;
				default -> false;
			};
		}
		if (!ok) {
			problem(where + " is " + name + " in the schema but " + java.getTypeName() + " in its record");
		}
	}

	/** Every enum of the schema is a Java enum of the same name and values, in order. */
	private void vocabulary() {
		Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
		this.declarations.vocabulary().forEach(type -> enums.put(type.getSimpleName(), type));
		for (GraphQLNamedType type : this.schema.getAllTypesAsList()) {
			// Introspection's and federation's own enums (__TypeKind, link__Purpose) are not ours.
			if (type instanceof GraphQLEnumType sdl && !sdl.getName().contains("__")) {
				Class<? extends Enum<?>> java = enums.remove(sdl.getName());
				if (java == null) {
					problem("enum " + sdl.getName() + " has no Java enum in the declarations' vocabulary");
					continue;
				}
				List<String> values = Arrays.stream(java.getEnumConstants()).map(Enum::name).toList();
				List<String> schemaValues = sdl.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
				if (!values.equals(schemaValues)) {
					problem("enum " + sdl.getName() + " is " + schemaValues + " in the schema but " + values + " in "
							+ java.getName());
				}
			}
		}
		enums.keySet().forEach(name -> problem("Java enum " + name + " is in the vocabulary but the schema has no such enum"));
	}

}
