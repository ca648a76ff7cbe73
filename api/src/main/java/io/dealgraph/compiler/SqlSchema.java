package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Order;

/**
 * What the read compiler knows, as declared by the feature packages ({@link SqlDeclarations}):
 * for each GraphQL object type, its table and how each field reads; for each root field, which
 * rows it starts from. Expressions are SQL over the row's alias, written {@code {t}}.
 */
public final class SqlSchema {

	private final Map<String, TypeSql> types = new HashMap<>();

	private final Map<String, Root> roots = new HashMap<>();

	/**
	 * A type, to declare fields of: its own package gives its {@link TypeSql#table table}; another
	 * may add the fields its SDL extends the type with. A type without a table is embedded: its
	 * objects are columns of their parent's row, such as a fuzzy date.
	 */
	public TypeSql type(String typeName) {
		return this.types.computeIfAbsent(typeName, name -> new TypeSql(name, null));
	}

	/** A root field answering one row of a type, found by a condition on one argument ({@code ?}). */
	public void rootObject(String field, String typeName, String condition, String argument) {
		rootObject(field, typeName, condition, argument, UnaryOperator.identity());
	}

	/** The same, the argument's value prepared first (stripped, say) as the resolver prepares it. */
	public void rootObject(String field, String typeName, String condition, String argument, UnaryOperator<Object> value) {
		this.roots.put(field, new RootObject(typeName, condition, argument, value));
	}

	/** A root field answering a connection over all the rows of a type. */
	public void rootConnection(String field, ConnectionSql connection) {
		this.roots.put(field, new RootConnection(connection));
	}

	/**
	 * A root field answering the objects that global ids name ({@code argument} holds one id, or a
	 * list of them when {@code list}), each from its type's table by slug.
	 */
	public void rootNodes(String field, String argument, boolean list) {
		this.roots.put(field, new RootNodes(argument, list));
	}

	/**
	 * A federation gateway's {@code _entities}: for each representation ({@code __typename} and a
	 * global {@code id}), the row of that type with the id's slug.
	 */
	public void rootEntities(String field, String argument) {
		this.roots.put(field, new RootEntities(argument));
	}

	/**
	 * A root field answering one object computed over the rows a connection declaration selects
	 * (its filters and asOf): its type's values are aggregates over those rows ({@code q}), and
	 * its {@link TypeSql#grouped grouped} fields lists of their groups. {@code arguments} are the
	 * root field's own arguments beyond the connection's.
	 */
	public void rootAggregate(String field, String typeName, ConnectionSql rows, String... arguments) {
		this.roots.put(field, new RootAggregate(typeName, rows, java.util.Set.of(arguments)));
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

	sealed interface Root permits RootObject, RootConnection, RootNodes, RootEntities, RootAggregate {
	}

	record RootEntities(String argument) implements Root {
	}

	record RootAggregate(String typeName, ConnectionSql rows, java.util.Set<String> arguments) implements Root {
	}

	record RootNodes(String argument, boolean list) implements Root {
	}

	record RootObject(String typeName, String condition, String argument, UnaryOperator<Object> value) implements Root {
	}

	record RootConnection(ConnectionSql connection) implements Root {
	}

	/** The fields of one type. */
	public static final class TypeSql {

		private final String name;

		private String table;

		private final Map<String, FieldSql> fields = new LinkedHashMap<>();

		TypeSql(String name, String table) {
			this.name = name;
			this.table = table;
		}

		String name() {
			return this.name;
		}

		String table() {
			return this.table;
		}

		FieldSql field(String name) {
			return this.fields.get(name);
		}

		Map<String, FieldSql> fields() {
			return this.fields;
		}

		/** The table whose rows are this type's objects. */
		public TypeSql table(String table) {
			this.table = table;
			return this;
		}

		/** A scalar, an enum or a list of them: one SQL expression over {@code {t}}. */
		public TypeSql value(String field, String expression) {
			this.fields.put(field, new Value(expression, null));
			return this;
		}

		/** A value computed from one required argument of the field, bound at the expression's {@code ?}. */
		public TypeSql value(String field, String argument, String expression) {
			this.fields.put(field, new Value(expression, argument));
			return this;
		}

		/**
		 * Inside a {@link SqlSchema#rootAggregate root aggregate}: a value whose expression the root
		 * field's arguments choose.
		 */
		public TypeSql value(String field, Function<Map<String, Object>, String> expression) {
			this.fields.put(field, new Computed(expression));
			return this;
		}

		/** Fields that read the column of the same name in snake case. */
		public TypeSql columns(String... fields) {
			for (String field : fields) {
				value(field, "{t}." + field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
			}
			return this;
		}

		/** The Node id of a row: its type's name and its slug. */
		public TypeSql globalId() {
			return value("id", "dg_global_id('" + this.name + "', {t}.slug)");
		}

		/**
		 * An object of an embedded type read from this row, its expressions' {@code {p}} replaced
		 * by the prefix; null when {@code nullWhen} holds.
		 */
		public TypeSql embedded(String field, String typeName, String prefix, String nullWhen) {
			this.fields.put(field, new Embedded(typeName, prefix, nullWhen));
			return this;
		}

		/** One row of another type, or null: {@code {c}} is that row, {@code {t}} this one. */
		public TypeSql toOne(String field, String typeName, String condition) {
			this.fields.put(field, new ToOne(typeName, condition));
			return this;
		}

		/**
		 * A list of rows of another type, in the order given: {@code {c}} is each such row,
		 * {@code join} may bring in a link table, {@code condition} ties them to this row {@code {t}},
		 * and the order may read either.
		 */
		public TypeSql toMany(String field, String typeName, String join, String condition, String order) {
			this.fields.put(field, new ToMany(typeName, join, condition, order));
			return this;
		}

		/**
		 * One row of one of several types, chosen by a discriminator of this row: {@code types}
		 * maps each value of {@code discriminator} to a type, whose row has the id {@code id}.
		 */
		public TypeSql oneOf(String field, String discriminator, String id, Map<String, String> types) {
			this.fields.put(field, new OneOf(discriminator, id, Map.copyOf(types)));
			return this;
		}

		/**
		 * Inside a {@link SqlSchema#rootAggregate root aggregate}: the groups of its rows, each an
		 * object of {@code typeName} over a row ({@code {t}}) of
		 * {@code select <columns> from <rows> where <condition> group by <groupBy>}, in {@code order};
		 * columns and grouping follow the root field's arguments.
		 */
		public TypeSql grouped(String field, String typeName, Function<Map<String, Object>, String> columns,
				String condition, Function<Map<String, Object>, String> groupBy, String order) {
			this.fields.put(field, new Grouped(typeName, columns, condition, groupBy, order));
			return this;
		}

		/** A connection to rows of another type. */
		public TypeSql connection(String field, ConnectionSql connection) {
			this.fields.put(field, connection);
			return this;
		}

	}

	sealed interface FieldSql permits Value, Computed, Embedded, ToOne, ToMany, OneOf, Grouped, ConnectionSql {
	}

	record Computed(Function<Map<String, Object>, String> expression) implements FieldSql {
	}

	record Grouped(String typeName, Function<Map<String, Object>, String> columns, String condition,
			Function<Map<String, Object>, String> groupBy, String order) implements FieldSql {
	}

	record OneOf(String discriminator, String id, Map<String, String> types) implements FieldSql {
	}

	record ToMany(String typeName, String join, String condition, String order) implements FieldSql {
	}

	record Value(String expression, String argument) implements FieldSql {
	}

	record Embedded(String typeName, String prefix, String nullWhen) implements FieldSql {
	}

	record ToOne(String typeName, String condition) implements FieldSql {
	}

	/**
	 * A connection: the rows of a type's table (alias {@code q}) that meet the condition on the
	 * parent row {@code {t}} (none at the root), sorted by the order its arguments choose, with
	 * a condition per optional argument ({@code filter.kind} for a member of an input object)
	 * applied when the argument is given. An argument it does not know makes it not compilable.
	 */
	public record ConnectionSql(String typeName, String parentCondition, Function<Map<String, Object>, Order> order,
			Map<String, String> arguments, List<Condition> combined, Map<String, PageField> fields, Timing timing,
			Consumer<Map<String, Object>> check, Source source, List<Refusal> refusals) implements FieldSql {

		public static ConnectionSql of(String typeName, String parentCondition, Order order) {
			return new ConnectionSql(typeName, parentCondition, args -> order, Map.of(), List.of(), Map.of(), null,
					args -> {
					}, null, List.of());
		}

		/**
		 * The rows of a query, for a {@link SqlSchema#rootAggregate root aggregate} to aggregate:
		 * no type's, its {@code ?} bound to one required argument, prepared first.
		 */
		public static ConnectionSql rowsOf(String query, String argument, UnaryOperator<Object> value) {
			return of(null, null, null).over(query, argument, value);
		}

		/**
		 * The same connection, refused when a query over an argument's value ({@code ?}) finds an
		 * offending value, such as an unknown slug: the field answers the error made of it, as a
		 * check that needs the data would.
		 */
		public ConnectionSql refusing(String argument, String offending, Function<String, BadInputException> error) {
			List<Refusal> refusals = new ArrayList<>(this.refusals);
			refusals.add(new Refusal(argument, offending, error));
			return new ConnectionSql(this.typeName, this.parentCondition, this.order, this.arguments, this.combined,
					this.fields, this.timing, this.check, this.source, List.copyOf(refusals));
		}

		/**
		 * The same connection over the rows of a query rather than of its type's table: the query's
		 * {@code ?} are bound to one required argument, prepared first as the resolver prepares it.
		 */
		public ConnectionSql over(String query, String argument, UnaryOperator<Object> value) {
			return with(known(argument, ""), this.combined, this.fields, this.order, this.timing, this.check,
					new Source(query, argument, value));
		}

		/** The same connection over the rows of a query that takes no argument. */
		public ConnectionSql over(String query) {
			return with(this.arguments, this.combined, this.fields, this.order, this.timing, this.check,
					new Source(query, null, UnaryOperator.identity()));
		}

		/**
		 * The same connection, its arguments checked first: what the check refuses
		 * ({@code BadInputException}) is the field's error.
		 */
		public ConnectionSql checked(Consumer<Map<String, Object>> check) {
			return with(this.arguments, this.combined, this.fields, this.order, this.timing, check, this.source);
		}

		/** The same connection, also filtered by an optional argument ({@code ?} binds its value; {@code {t}} is the parent). */
		public ConnectionSql where(String argument, String condition) {
			return with(known(argument, condition), this.combined, this.fields, this.order, this.timing, this.check,
					this.source);
		}

		/**
		 * The same connection, filtered by one condition on several optional arguments when any of
		 * them is given: each {@code ?}, in order, binds the value of the argument listed at its
		 * place (an argument bound twice is listed twice), null for one not given.
		 */
		public ConnectionSql whereAny(List<String> arguments, String condition) {
			if (condition.chars().filter(c -> c == '?').count() != arguments.size()) {
				throw new IllegalArgumentException("one argument per ? of: " + condition);
			}
			Map<String, String> known = new LinkedHashMap<>(this.arguments);
			arguments.forEach(argument -> known.putIfAbsent(argument, ""));
			List<Condition> combined = new ArrayList<>(this.combined);
			combined.add(new Condition(List.copyOf(arguments), condition));
			return with(known, List.copyOf(combined), this.fields, this.order, this.timing, this.check, this.source);
		}

		/** The same connection, sorted as its {@code orderBy} argument chooses. */
		public ConnectionSql orderedBy(Function<Map<String, Object>, Order> order) {
			return with(known("orderBy", ""), this.combined, this.fields, order, this.timing, this.check, this.source);
		}

		/** The same connection, sorted as one of its arguments chooses (not an {@code orderBy} input). */
		public ConnectionSql orderedBy(String argument, Function<Map<String, Object>, Order> order) {
			return with(known(argument, ""), this.combined, this.fields, order, this.timing, this.check, this.source);
		}

		/**
		 * The same connection with a field of its own beyond edges, nodes, pageInfo and totalCount:
		 * an expression in which {@code {fetched}} is how many rows the page fetched, its {@code ?}
		 * bound to the value the function reads from the arguments.
		 */
		public ConnectionSql field(String name, String expression, Function<Map<String, Object>, Object> value) {
			Map<String, PageField> fields = new LinkedHashMap<>(this.fields);
			fields.put(name, new PageField(expression, value));
			return with(this.arguments, this.combined, Map.copyOf(fields), this.order, this.timing, this.check,
					this.source);
		}

		/**
		 * The same connection with an {@code asOf} argument: given a day, only rows not known to be
		 * out of force on it (by the timing view's row of the same id), each edge saying {@code inForce}.
		 */
		public ConnectionSql asOf(String view, String idColumn) {
			return with(known("asOf", ""), this.combined, this.fields, this.order, new Timing(view, idColumn),
					this.check, this.source);
		}

		private Map<String, String> known(String argument, String condition) {
			Map<String, String> arguments = new LinkedHashMap<>(this.arguments);
			arguments.put(argument, condition);
			return arguments;
		}

		private ConnectionSql with(Map<String, String> arguments, List<Condition> combined, Map<String, PageField> fields,
				Function<Map<String, Object>, Order> order, Timing timing, Consumer<Map<String, Object>> check,
				Source source) {
			return new ConnectionSql(this.typeName, this.parentCondition, order, arguments, combined, fields, timing,
					check, source, this.refusals);
		}

	}

	/** A check of an argument against the data: the SQL finds the offending value, or null. */
	record Refusal(String argument, String offending, Function<String, BadInputException> error) {
	}

	/** A condition on several arguments, applied when any of them is given. */
	record Condition(List<String> arguments, String sql) {
	}

	/** A connection's own field: an expression over the page's {@code {fetched}} and a value of the arguments. */
	record PageField(String expression, Function<Map<String, Object>, Object> value) {
	}

	/** A query whose rows a connection pages, its {@code ?} bound to an argument's prepared value. */
	record Source(String query, String argument, UnaryOperator<Object> value) {
	}

	/** A timing view ({@code deal_timing}, ...) and its column holding the row's id. */
	record Timing(String view, String idColumn) {
	}

}
