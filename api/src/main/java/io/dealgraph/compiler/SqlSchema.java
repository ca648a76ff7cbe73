package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.dealgraph.compiler.sql.Sql;

import static io.dealgraph.compiler.sql.Sql.sql;

/**
 * What the read compiler knows, as the feature packages declare it ({@link SqlDeclarations}):
 * for each GraphQL object type, the rows its objects are and how each field reads from such a
 * row; for each root field, which rows it starts from; and the Java enums of the schema's
 * vocabulary. Expressions are built with the SQL tree over the {@link Row rows} the compiler
 * passes in, never written as text with places to fill. {@link DeclarationCheck} holds the
 * declarations against the schema and the database at start-up.
 */
public final class SqlSchema {

	private final Map<String, TypeSql> types = new LinkedHashMap<>();

	private final Map<String, Root> roots = new LinkedHashMap<>();

	private final Set<Class<? extends Enum<?>>> vocabulary = new LinkedHashSet<>();

	/**
	 * A type, to declare fields of: its own package gives its {@link TypeSql#table table}; another
	 * may add the fields its SDL extends the type with. A type without rows of its own is embedded:
	 * its objects are columns of their parent's row, such as a fuzzy date.
	 */
	public TypeSql type(String typeName) {
		return this.types.computeIfAbsent(typeName, TypeSql::new);
	}

	/** Java enums named and valued exactly as the schema's enums of the same name. */
	@SafeVarargs
	public final void vocabulary(Class<? extends Enum<?>>... enums) {
		this.vocabulary.addAll(List.of(enums));
	}

	/** The argument of a root field that finds an object by its slug. */
	public record BySlug(String slug) {
	}

	/** A root field answering the row of a type with the slug asked, or null. */
	public void rootBySlug(String field, String typeName) {
		rootObject(field, typeName, BySlug.class, (row, args) -> Sql.eq(row.col("slug"), Sql.value(args.slug())));
	}

	/** A root field answering the one row of a type its arguments find, or null. */
	public <A> void rootObject(String field, String typeName, Class<A> arguments, BiFunction<Row, A, Sql> condition) {
		rootObject(field, typeName, arguments, condition, row -> List.of());
	}

	/** The same, the first row in an order where the condition may find several. */
	public <A> void rootObject(String field, String typeName, Class<A> arguments, BiFunction<Row, A, Sql> condition,
			Function<Row, List<Sql>> order) {
		put(field, new RootObject<>(typeName, arguments, condition, order));
	}

	/** A root field answering a connection over the rows of a type. */
	public void rootConnection(String field, ConnectionSql<?> connection) {
		put(field, new RootConnection(connection));
	}

	/**
	 * A root field answering one object computed over the rows a connection declaration selects
	 * (its filters and asOf, from the root field's arguments): the type's {@link TypeSql#aggregate
	 * aggregate} fields are aggregates over those rows, its {@link TypeSql#grouped grouped} fields
	 * lists of their groups.
	 */
	public void rootAggregate(String field, String typeName, ConnectionSql<?> rows) {
		put(field, new RootAggregate(typeName, rows));
	}

	/**
	 * A root field answering the objects global ids name ({@code argument} holds one id, or a list
	 * of them when {@code list}), each the row of its type's table with the id's slug.
	 */
	void rootNodes(String field, String argument, boolean list) {
		put(field, new RootNodes(argument, list));
	}

	/**
	 * A federation gateway's {@code _entities}: for each representation ({@code __typename} and a
	 * global {@code id}), the row of that type with the id's slug.
	 */
	void rootEntities(String field, String argument) {
		put(field, new RootEntities(argument));
	}

	private void put(String field, Root root) {
		if (this.roots.putIfAbsent(field, root) != null) {
			throw new IllegalStateException("Query." + field + " is declared twice");
		}
	}

	TypeSql typeOf(String typeName) {
		return this.types.get(typeName);
	}

	Root root(String field) {
		return this.roots.get(field);
	}

	Map<String, TypeSql> types() {
		return this.types;
	}

	Map<String, Root> roots() {
		return this.roots;
	}

	Set<Class<? extends Enum<?>>> vocabulary() {
		return this.vocabulary;
	}

	sealed interface Root permits RootObject, RootConnection, RootNodes, RootEntities, RootAggregate {
	}

	record RootObject<A>(String typeName, Class<A> arguments, BiFunction<Row, A, Sql> condition,
			Function<Row, List<Sql>> order) implements Root {
	}

	record RootConnection(ConnectionSql<?> connection) implements Root {
	}

	record RootNodes(String argument, boolean list) implements Root {
	}

	record RootEntities(String argument) implements Root {
	}

	record RootAggregate(String typeName, ConnectionSql<?> rows) implements Root {
	}

	/** The rows of a type: a table, a view, or a query whose rows they are. */
	sealed interface Rows permits Table, View, Derived {
	}

	/** A table by name: its NOT NULL columns are never null ({@link DatabaseCheck} holds the schema to them). */
	record Table(String name) implements Rows {
	}

	/** A view by name, whose columns may all be null as far as the database says. */
	record View(String name) implements Rows {
	}

	/** The rows of a query, as a derived table. */
	record Derived(Sql query) implements Rows {
	}

	/** The fields of one type, and the rows its objects are. */
	public static final class TypeSql {

		private final String name;

		private Rows rows;

		private final Map<String, FieldSql> fields = new LinkedHashMap<>();

		TypeSql(String name) {
			this.name = name;
		}

		String name() {
			return this.name;
		}

		Rows rows() {
			return this.rows;
		}

		FieldSql field(String name) {
			return this.fields.get(name);
		}

		Map<String, FieldSql> fields() {
			return this.fields;
		}

		/** The table whose rows are this type's objects. */
		public TypeSql table(String table) {
			Sql.name(table);
			this.rows = new Table(table);
			return this;
		}

		/** The view whose rows are this type's objects. */
		public TypeSql view(String view) {
			Sql.name(view);
			this.rows = new View(view);
			return this;
		}

		/** The rows of a query are this type's objects (one per claim group, say). */
		public TypeSql derived(Sql query) {
			this.rows = new Derived(query);
			return this;
		}

		private TypeSql put(String field, FieldSql sql) {
			if (this.fields.putIfAbsent(field, sql) != null) {
				throw new IllegalStateException(this.name + "." + field + " is declared twice");
			}
			return this;
		}

		/** Fields that read the column of the same name in snake case. */
		public TypeSql columns(String... fields) {
			for (String field : fields) {
				put(field, new Column(field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)));
			}
			return this;
		}

		/** A scalar, an enum or a list of them: an expression over the row. */
		public TypeSql value(String field, Function<Row, Sql> expression) {
			return put(field, new Value(expression));
		}

		/** A value computed from the field's arguments, bound by name to a record. */
		public <A> TypeSql value(String field, Class<A> arguments, BiFunction<Row, A, Sql> expression) {
			return put(field, new ArgumentValue<>(arguments, expression));
		}

		/**
		 * Inside a {@link SqlSchema#rootAggregate root aggregate}: an aggregate over its rows, which
		 * the root field's arguments (bound to a record) may choose.
		 */
		public <A> TypeSql aggregate(String field, Class<A> rootArguments, BiFunction<Row, A, Sql> expression) {
			return put(field, new AggregateValue<>(rootArguments, expression));
		}

		/** The Node id of a row: its type's name and its slug. */
		public TypeSql globalId() {
			return value("id", row -> sql("dg_global_id(", Sql.literal(this.name), ", ", row.col("slug"), ")"));
		}

		/**
		 * An object of an embedded type read from this row, its columns prefixed ({@code announced_});
		 * null when {@code nullWhen} holds of the prefixed row.
		 */
		public TypeSql embedded(String field, String typeName, String prefix, Function<Row, Sql> nullWhen) {
			return put(field, new Embedded(typeName, prefix, nullWhen));
		}

		/** One row of another type, or null: the condition ties that row ({@code child}) to this one. */
		public TypeSql toOne(String field, String typeName, Relation condition) {
			return put(field, new ToOne(typeName, condition));
		}

		/** One row of another type, or null: the one whose id this row's column holds. */
		public TypeSql toOne(String field, String typeName, String idColumn) {
			return toOne(field, typeName, (child, parent) -> Sql.eq(child.col("id"), parent.col(idColumn)));
		}

		/**
		 * The rows of another type the condition ties to this one, in the order given (over both
		 * rows): at most {@value #MAX_LIST}, or fewer where the field's {@code first} asks.
		 */
		public TypeSql toMany(String field, String typeName, Relation condition, Relation order) {
			return toMany(field, typeName, condition, order, MAX_LIST);
		}

		/** The same, at most {@code max} rows: a bound the schema's description states. */
		public TypeSql toMany(String field, String typeName, Relation condition, Relation order, int max) {
			return toMany(field, typeName, ConnectionSql.NoArguments.class, condition, (child, args) -> null, order, max);
		}

		/**
		 * The same, narrowed by the field's arguments, bound by name to a record: {@code filter} is a
		 * condition on the related row ({@code child}) for the arguments given, or null for none.
		 */
		public <A> TypeSql toMany(String field, String typeName, Class<A> arguments, Relation condition,
				BiFunction<Row, A, Sql> filter, Relation order, int max) {
			return put(field, new ToMany<>(typeName, condition, order, max, arguments, filter));
		}

		/**
		 * One row of one of several types, chosen by a discriminator of this row: {@code types} maps
		 * each value of the discriminator to a type, whose row has the id {@code id}.
		 */
		public TypeSql oneOf(String field, Function<Row, Sql> discriminator, Function<Row, Sql> id, Map<String, String> types) {
			return put(field, new OneOf(discriminator, id, Map.copyOf(types)));
		}

		/**
		 * Inside a {@link SqlSchema#rootAggregate root aggregate}: the groups of its rows, each an
		 * object of {@code typeName} over a row of the grouping query the root field's arguments
		 * choose, in {@code order} (over a group's row).
		 */
		public <A> TypeSql grouped(String field, String typeName, Class<A> rootArguments,
				BiFunction<Row, A, Grouping> grouping, Function<Row, List<Sql>> order) {
			return put(field, new Grouped<>(typeName, rootArguments, grouping, order, MAX_GROUPS));
		}

		/** A connection to rows of another type. */
		public TypeSql connection(String field, ConnectionSql<?> connection) {
			return put(field, connection);
		}

	}

	/** The most rows a list of related rows holds, where its declaration does not say fewer. */
	public static final int MAX_LIST = 100;

	/** The most groups a grouping lists. */
	public static final int MAX_GROUPS = 1000;

	/** A condition or an order over a row of another type ({@code child}) and the row it is reached from. */
	@FunctionalInterface
	public interface Relation {

		Sql of(Row child, Row parent);

	}

	/**
	 * A grouping of a root aggregate's rows: the columns of each group (each named, {@code as}),
	 * a condition on the rows, the keys and a condition on the groups (none: null).
	 */
	public record Grouping(List<Sql> columns, Sql condition, List<Sql> keys, Sql having) {

		public Grouping {
			columns = List.copyOf(columns);
			keys = List.copyOf(keys);
		}

	}

	/** How a field reads. */
	sealed interface FieldSql permits Column, Value, ArgumentValue, AggregateValue, Embedded, ToOne, ToMany, OneOf,
			Grouped, ConnectionSql {
	}

	record Column(String column) implements FieldSql {
	}

	record Value(Function<Row, Sql> expression) implements FieldSql {
	}

	record ArgumentValue<A>(Class<A> arguments, BiFunction<Row, A, Sql> expression) implements FieldSql {
	}

	record AggregateValue<A>(Class<A> rootArguments, BiFunction<Row, A, Sql> expression) implements FieldSql {
	}

	record Embedded(String typeName, String prefix, Function<Row, Sql> nullWhen) implements FieldSql {
	}

	record ToOne(String typeName, Relation condition) implements FieldSql {
	}

	/**
	 * A list of related rows, at most {@code max} (a {@code first} argument may ask fewer), narrowed
	 * by the condition {@code filter} gives for the field's other arguments (none: null).
	 */
	record ToMany<A>(String typeName, Relation condition, Relation order, int max, Class<A> arguments,
			BiFunction<Row, A, Sql> filter) implements FieldSql {
	}

	record OneOf(Function<Row, Sql> discriminator, Function<Row, Sql> id, Map<String, String> types) implements FieldSql {
	}

	/** A list of groups, at most {@code max} (a {@code first} argument may ask fewer). */
	record Grouped<A>(String typeName, Class<A> rootArguments, BiFunction<Row, A, Grouping> grouping,
			Function<Row, List<Sql>> order, int max) implements FieldSql {
	}

	/** {@code (select s.id from <table> s where s.slug = ?)}: the id of the row with this slug. */
	public static Sql idOf(String table, String slug) {
		io.dealgraph.compiler.sql.Alias row = new io.dealgraph.compiler.sql.Alias("s");
		return Sql.subquery(sql("select ", row.col("id"), " from ", Sql.relation(table), " ", row, " where ",
				Sql.eq(row.col("slug"), Sql.value(slug))));
	}

	/** Keeps a list of declarations in the order given. */
	static <T> List<T> plus(List<T> list, T item) {
		List<T> copy = new ArrayList<>(list);
		copy.add(item);
		return List.copyOf(copy);
	}

}
