package io.dealgraph.compiler.sql;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQL as a tree of typed parts, after pg-sql2: text this code base wrote, names, bound values and
 * aliases travel together, and only {@link Renderer} turns them into a statement's text and its
 * parameters, in one pass. Nothing is counted or spliced: a value is a {@link Param} rendered as a
 * bind parameter at its own place; a name a client chose is an {@link Ident}, always quoted; an
 * {@link Alias} is an object the renderer names. Text may not hold a {@code ?}, so no bind can
 * shift.
 */
public sealed interface Sql permits Sql.Text, Sql.Param, Sql.Ident, Sql.Literal, Sql.Seq, Sql.Subquery, Sql.Relation, Alias, Alias.Column, Alias.WholeRow {

	/** SQL written in this code base: keywords, operators, function and table names. */
	record Text(String text) implements Sql {

		public Text {
			if (text.indexOf('?') >= 0) {
				throw new IllegalArgumentException("SQL text holds a '?', which the driver would read as a parameter: " + text);
			}
		}

	}

	/** A value bound as a statement parameter. */
	record Param(Object value) implements Sql {
	}

	/** A name, always written quoted (a client's response key, say). */
	record Ident(String name) implements Sql {

		public Ident {
			if (name.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("a SQL name cannot hold U+0000");
			}
		}

	}

	/** A string constant, written quoted. */
	record Literal(String value) implements Sql {

		public Literal {
			if (value.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("a SQL string cannot hold U+0000");
			}
		}

	}

	/** Parts written one after the other. */
	record Seq(List<Sql> parts) implements Sql {

		public Seq {
			parts = List.copyOf(parts);
		}

	}

	/** A query in parentheses where an expression or a row source goes: {@code (select ...)}. */
	record Subquery(Sql query) implements Sql {
	}

	/**
	 * A relation of the ledger (a table, a view over them, the search index) by name: the latest
	 * rows, or, in a statement rendered at a release, {@code history.<name>(<release>)}, the same
	 * columns as they stood then (V13).
	 */
	record Relation(String name) implements Sql {

		public Relation {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("not a plain SQL name: " + name);
			}
		}

	}

	Sql EMPTY = new Seq(List.of());

	Sql TRUE = new Text("true");

	Sql NULL = new Text("null");

	/** Names of tables, columns and functions this code base writes unquoted. */
	Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	/**
	 * Parts in order, as a tagged template reads: a {@code String} is text we wrote, an
	 * {@code Sql} is itself. Any other object is refused: values go through {@link #value}.
	 */
	static Sql sql(Object... parts) {
		List<Sql> sqls = new ArrayList<>(parts.length);
		for (Object part : parts) {
			if (part instanceof String text) {
				sqls.add(new Text(text));
			}
			else if (part instanceof Sql sql) {
				sqls.add(sql);
			}
			else {
				throw new IllegalArgumentException("not SQL: " + part + " (bind values with Sql.value)");
			}
		}
		return sqls.size() == 1 ? sqls.get(0) : new Seq(sqls);
	}

	/**
	 * A bound value: an enum binds its name, a collection a {@code text[]} of its items' names or
	 * text; dates, numbers, booleans and strings bind as they are.
	 */
	static Sql value(Object value) {
		return new Param(bindable(value));
	}

	private static Object bindable(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(item -> item instanceof Enum<?> e ? e.name() : String.valueOf(item)).toArray(String[]::new);
		}
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Temporal || value instanceof String[]) {
			return value;
		}
		throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
	}

	/** A quoted name. */
	static Sql ident(String name) {
		return new Ident(name);
	}

	/** A quoted string constant. */
	static Sql literal(String value) {
		return new Literal(value);
	}

	/** A ledger relation by name: as it stands, or as it stood at the release a statement reads. */
	static Sql relation(String name) {
		return new Relation(name);
	}

	/** A table, view or function name this code base wrote. */
	static Sql name(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain SQL name: " + name);
		}
		return new Text(name);
	}

	/** The parts with a separator between each two. */
	static Sql join(Collection<? extends Sql> parts, String separator) {
		List<Sql> joined = new ArrayList<>(parts.size() * 2);
		for (Sql part : parts) {
			if (!joined.isEmpty()) {
				joined.add(new Text(separator));
			}
			joined.add(part);
		}
		return new Seq(joined);
	}

	/** Conditions that must all hold, each in parentheses; {@code true} for none. */
	static Sql and(Collection<? extends Sql> conditions) {
		if (conditions.isEmpty()) {
			return TRUE;
		}
		List<Sql> parts = new ArrayList<>();
		for (Sql condition : conditions) {
			parts.add(sql("(", condition, ")"));
		}
		return join(parts, " and ");
	}

	/** {@code a = b}. */
	static Sql eq(Sql left, Sql right) {
		return sql(left, " = ", right);
	}

	/** {@code expression as "name"}: a column of a select list named by a quoted name. */
	static Sql as(Sql expression, String name) {
		return sql(expression, " as ", ident(name));
	}

	/** {@code expression as name}: a column named by a name this code base wrote. */
	static Sql asName(Sql expression, String name) {
		return sql(expression, " as ", name(name));
	}

	/** {@code (expression)}. */
	static Sql parens(Sql expression) {
		return sql("(", expression, ")");
	}

	/** {@code (query)}: a subquery. */
	static Sql subquery(Sql query) {
		return new Subquery(query);
	}

	/** {@code cast(expression as type)}. */
	static Sql cast(Sql expression, String type) {
		return sql("cast(", expression, " as " + type + ")");
	}

}
