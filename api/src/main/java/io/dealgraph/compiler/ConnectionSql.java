package io.dealgraph.compiler;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Relation;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.graphql.BadInputException;

/**
 * A connection: the rows of a type (alias {@code q}) that meet its condition on the parent row
 * (none at the root), sorted by the order its arguments choose, filtered by a condition per
 * argument given, and paged by {@code first} and {@code after}, which the compiler reads itself.
 * Every other argument of the field is bound by name to the record {@code A}: filters, order
 * inputs and days arrive typed, never read from a map.
 *
 * @param <A> the record the field's arguments bind to ({@link NoArguments} when it has none
 * beyond {@code first} and {@code after})
 */
public final class ConnectionSql<A> implements FieldSql {

	/** The arguments of a connection that has none beyond {@code first} and {@code after}. */
	public record NoArguments() {
	}

	/** A condition applied when an argument is given (not null, not an empty list). */
	@FunctionalInterface
	public interface Where<V> {

		Sql of(Row q, Row parent, V value);

	}

	record Filter<A, V>(Function<A, V> argument, Where<V> condition) {

		/** The condition for these arguments, or null when the argument is not given. */
		Sql on(Row q, Row parent, A arguments) {
			V value = this.argument.apply(arguments);
			return given(value) ? this.condition.of(q, parent, value) : null;
		}

	}

	/** A check of an argument against the data: the query finds the offending value, or null. */
	record Refusal<A, V>(Function<A, V> argument, Function<V, Sql> offending, Function<String, BadInputException> error) {

		Sql query(A arguments) {
			V value = this.argument.apply(arguments);
			return given(value) ? this.offending.apply(value) : null;
		}

	}

	/** The day a connection is asked {@code asOf}, and the timing it reads. */
	record AsOf<A>(Function<A, LocalDate> day, Timing timing) {
	}

	final String typeName;

	final Class<A> arguments;

	final Relation parent;

	final Function<A, Order> order;

	final Function<A, Sql> rows;

	final List<Filter<A, ?>> filters;

	final List<Consumer<A>> checks;

	final AsOf<A> asOf;

	final List<Refusal<A, ?>> refusals;

	final Map<String, BiFunction<Sql, A, Sql>> fields;

	/** Whether one parent may have rows in the thousands (an organization's deals): each page then scans them all. */
	final boolean manyPerParent;

	private ConnectionSql(String typeName, Class<A> arguments, Relation parent, Function<A, Order> order,
			Function<A, Sql> rows, List<Filter<A, ?>> filters, List<Consumer<A>> checks, AsOf<A> asOf,
			List<Refusal<A, ?>> refusals, Map<String, BiFunction<Sql, A, Sql>> fields, boolean manyPerParent) {
		this.manyPerParent = manyPerParent;
		this.typeName = typeName;
		this.arguments = arguments;
		this.parent = parent;
		this.order = order;
		this.rows = rows;
		this.filters = List.copyOf(filters);
		this.checks = List.copyOf(checks);
		this.asOf = asOf;
		this.refusals = List.copyOf(refusals);
		this.fields = Map.copyOf(fields);
	}

	/** The rows of a type in one order, with no argument beyond {@code first} and {@code after}. */
	public static ConnectionSql<NoArguments> of(String typeName, Order order) {
		return new ConnectionSql<>(typeName, NoArguments.class, null, args -> order, null, List.of(), List.of(), null,
				List.of(), Map.of(), false);
	}

	/** The rows of a type, its further arguments bound to {@code A}, in the order they choose. */
	public static <A> ConnectionSql<A> of(String typeName, Class<A> arguments, Function<A, Order> order) {
		return new ConnectionSql<>(typeName, arguments, null, order, null, List.of(), List.of(), null, List.of(), Map.of(), false);
	}

	/**
	 * The rows of a query, of no type, for a {@link SqlSchema#rootAggregate root aggregate} to
	 * aggregate: the query is built from the root field's arguments.
	 */
	public static <A> ConnectionSql<A> rowsOf(Class<A> arguments, Function<A, Sql> query) {
		return new ConnectionSql<>(null, arguments, null, args -> null, query, List.of(), List.of(), null, List.of(),
				Map.of(), false);
	}

	/** The same connection under a parent: only the rows ({@code child}) the condition ties to the parent row. */
	public ConnectionSql<A> parent(Relation condition) {
		return new ConnectionSql<>(this.typeName, this.arguments, condition, this.order, this.rows, this.filters,
				this.checks, this.asOf, this.refusals, this.fields, this.manyPerParent);
	}

	/** The same connection over the rows of a query (built from the arguments) rather than its type's rows. */
	public ConnectionSql<A> over(Function<A, Sql> query) {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, query, this.filters,
				this.checks, this.asOf, this.refusals, this.fields, this.manyPerParent);
	}

	/** The same connection, also filtered by a condition on the row when the argument is given. */
	public <V> ConnectionSql<A> where(Function<A, V> argument, BiFunction<Row, V, Sql> condition) {
		return where(argument, (Where<V>) (q, parent, value) -> condition.apply(q, value));
	}

	/** The same connection, also filtered by a condition on the row and its parent when the argument is given. */
	public <V> ConnectionSql<A> where(Function<A, V> argument, Where<V> condition) {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows,
				SqlSchema.plus(this.filters, new Filter<>(argument, condition)), this.checks, this.asOf, this.refusals,
				this.fields, this.manyPerParent);
	}

	/** The same connection, its arguments checked first: what the check refuses ({@link BadInputException}) is the field's error. */
	public ConnectionSql<A> checked(Consumer<A> check) {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows, this.filters,
				SqlSchema.plus(this.checks, check), this.asOf, this.refusals, this.fields, this.manyPerParent);
	}

	/**
	 * The same connection with an {@code asOf} argument: given a day, only rows not known to be out
	 * of force on it, each edge saying {@code inForce}.
	 */
	public ConnectionSql<A> asOf(Function<A, LocalDate> day, Timing timing) {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows, this.filters,
				this.checks, new AsOf<>(day, timing), this.refusals, this.fields, this.manyPerParent);
	}

	/**
	 * The same connection, refused when a query over an argument's value finds an offending value,
	 * such as an unknown slug: the field answers the error made of it, as a check that needs the
	 * data would.
	 */
	public <V> ConnectionSql<A> refusing(Function<A, V> argument, Function<V, Sql> offending,
			Function<String, BadInputException> error) {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows, this.filters,
				this.checks, this.asOf, SqlSchema.plus(this.refusals, new Refusal<>(argument, offending, error)), this.fields, this.manyPerParent);
	}

	/**
	 * The same connection with a field of its own beyond edges, nodes, pageInfo and totalCount: an
	 * expression over how many rows the page fetched and the arguments.
	 */
	public ConnectionSql<A> field(String name, BiFunction<Sql, A, Sql> expression) {
		Map<String, BiFunction<Sql, A, Sql>> fields = new LinkedHashMap<>(this.fields);
		fields.put(name, expression);
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows, this.filters,
				this.checks, this.asOf, this.refusals, fields, this.manyPerParent);
	}

	/**
	 * The same connection, marked as one whose parent may have rows in the thousands, as an
	 * organization has deals: the cost of a query counts a scan of them for each page of it.
	 */
	public ConnectionSql<A> manyPerParent() {
		return new ConnectionSql<>(this.typeName, this.arguments, this.parent, this.order, this.rows, this.filters,
				this.checks, this.asOf, this.refusals, this.fields, true);
	}

	/** Not given: null, or an empty list (as the resolvers took it). */
	static boolean given(Object value) {
		return value != null && !(value instanceof Collection<?> items && items.isEmpty());
	}

}
