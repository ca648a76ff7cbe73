package io.dealgraph.compiler;

import java.util.List;
import java.util.function.Function;

import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

/**
 * What a root field needs, as the {@link Planner} decides it from the operation and the
 * declarations: a tree of JSON values, each a scalar expression, an object of the selection's
 * keys, a row found by a relation, a list of rows, a page of a connection, or a client's mistake
 * standing where the value would be. The {@link StatementWriter} renders it as one statement;
 * expressions are already SQL trees over the aliases the planner gave the rows.
 */
final class Plan {

	private Plan() {
	}

	/** A JSON value of the response. */
	sealed interface Json permits Scalar, Marker, Checked, Guarded, Obj, Embedded, One, Switch, Many, Items, Page,
			Page.TotalCount, Page.Nodes, Page.Edges, Page.Info, Page.Own, Page.EdgeCursor, Page.EdgeInForce,
			Page.HasNextPage, Page.HasPreviousPage, Page.StartCursor, Page.EndCursor {
	}

	/** A value written by an expression: a scalar, an enum, a list of them, or JSON already. */
	record Scalar(Sql sql) implements Json {
	}

	/** A client mistake ({@link FieldError} number {@code error}) where the value would be. */
	record Marker(int error) implements Json {
	}

	/** The value, unless a query over the arguments finds an offending value: then the error made of it. */
	record Checked(Sql offending, int error, Json value) implements Json {
	}

	/** A value the schema says is never null: a null becomes the error number {@code error}. */
	record Guarded(Json value, int error) implements Json {
	}

	/** An object: the selection's response keys in order, each with its value. */
	record Obj(List<Member> members, Rows from) implements Json {

		Obj(List<Member> members) {
			this(members, null);
		}

	}

	/** One key of an object. */
	record Member(String key, Json value) {
	}

	/** An object read from its parent's row, null when the condition holds. */
	record Embedded(Sql nullWhen, Obj object) implements Json {
	}

	/** The value over the first row found, or null when none is. */
	record One(Rows rows, List<Sql> order, Json value) implements Json {
	}

	/** One of several values, chosen by a discriminator's value; null for a value with no case. */
	record Switch(Sql discriminator, List<Case> cases) implements Json {
	}

	record Case(String value, Json json) {
	}

	/** A list of the value over each of the first {@code limit} rows found, in order. */
	record Many(Json item, List<Sql> order, Rows rows, int limit) implements Json {
	}

	/** A list of values, each of which may be null ({@code nodes(ids:)}). */
	record Items(List<Json> items) implements Json {
	}

	/**
	 * Rows: a relation (a table's name or a subquery) under an alias, an optional join, the
	 * conditions they meet, and an optional grouping.
	 */
	record Rows(Sql relation, Alias alias, Join join, List<Sql> conditions, List<Sql> groupBy, Sql having) {

		Rows(Sql relation, Alias alias, List<Sql> conditions) {
			this(relation, alias, null, conditions, null, null);
		}

		Rows {
			conditions = List.copyOf(conditions);
		}

		Rows groupedBy(List<Sql> keys, Sql condition) {
			return new Rows(this.relation, this.alias, this.join, this.conditions, keys, condition);
		}

	}

	/** {@code join <relation> <alias> on <condition>}. */
	record Join(Sql relation, Alias alias, Sql on) {
	}

	/**
	 * A page of a connection: its rows (alias {@code q}) and their sort keys, the rows past the
	 * cursor ({@code past}, null without one), how many to return, the name of the order (which
	 * cursors carry), the state each row is in on the asOf day (null without one), whether
	 * {@code totalCount} is counted in the page's own pass ({@code count(*) over ()}) rather than by
	 * a second scan, the alias of a page's row as its nodes read it, and what the connection's
	 * selection asks of the page.
	 */
	record Page(Rows rows, List<Sql> sortKeys, boolean descending, Sql past, int first, String orderName, Sql inForce,
			boolean countInPass, Alias row, List<Member> members) implements Json {

		/** {@code totalCount}: every row, counted. */
		record TotalCount() implements Json {
		}

		/** {@code nodes}: the object over each row of the page. */
		record Nodes(Obj node) implements Json {
		}

		/** {@code edges}: an edge object for each row of the page. */
		record Edges(Obj edge) implements Json {
		}

		/** {@code pageInfo}. */
		record Info(Obj info) implements Json {
		}

		/** A connection's own field: an expression over how many rows the page fetched. */
		record Own(Function<Sql, Sql> ofFetched) implements Json {
		}

		record EdgeCursor() implements Json {
		}

		record EdgeInForce() implements Json {
		}

		record HasNextPage() implements Json {
		}

		record HasPreviousPage() implements Json {
		}

		record StartCursor() implements Json {
		}

		record EndCursor() implements Json {
		}

	}

}
