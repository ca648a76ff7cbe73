package io.dealgraph.compiler.sql;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Sql} tree as a statement's text and its parameters, in one pass: each
 * {@link Sql.Param} becomes a {@code ?} and its value, each {@link Alias} its prefix and a number
 * unique in the statement, each {@link Sql.Ident} a quoted name. It stops as soon as the text or
 * the parameters would pass the sizes it was given ({@link StatementTooLarge}). Pretty rendering
 * puts each subquery on lines of its own, for the SQL snapshots that tests compare.
 */
public final class Renderer {

	/** A rendered statement: its text and the values of its parameters, in order. */
	public record Rendered(String text, List<Object> params) {

		public Rendered {
			params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
		}

	}

	private final StringBuilder text = new StringBuilder();

	private final List<Object> params = new ArrayList<>();

	private final Map<Alias, String> aliases = new IdentityHashMap<>();

	private final int maxCharacters;

	private final int maxParameters;

	private final boolean pretty;

	private final Long release;

	private int depth;

	private Renderer(int maxCharacters, int maxParameters, boolean pretty, Long release) {
		this.maxCharacters = maxCharacters;
		this.maxParameters = maxParameters;
		this.pretty = pretty;
		this.release = release;
	}

	/** The statement's text and parameters, refused past either size. */
	public static Rendered render(Sql sql, int maxCharacters, int maxParameters) {
		return render(sql, maxCharacters, maxParameters, null);
	}

	/**
	 * The statement reading the ledger as it stood at a release: each {@link Sql.Relation} is its
	 * history function at that number (a number, not a parameter, so the planner sees the range it
	 * reads); the latest ledger where the release is null.
	 */
	public static Rendered render(Sql sql, int maxCharacters, int maxParameters, Long release) {
		Renderer renderer = new Renderer(maxCharacters, maxParameters, false, release);
		renderer.write(sql);
		return new Rendered(renderer.text.toString(), renderer.params);
	}

	/** The same statement with each subquery on lines of its own, for people and snapshots. */
	public static Rendered pretty(Sql sql) {
		return pretty(sql, null);
	}

	/** The statement at a release, pretty. */
	public static Rendered pretty(Sql sql, Long release) {
		Renderer renderer = new Renderer(Integer.MAX_VALUE, Integer.MAX_VALUE, true, release);
		renderer.write(sql);
		return new Rendered(renderer.text.toString(), renderer.params);
	}

	private void write(Sql sql) {
		if (sql instanceof Sql.Text text) {
			append(text.text());
		}
		else if (sql instanceof Sql.Seq seq) {
			for (Sql part : seq.parts()) {
				write(part);
			}
		}
		else if (sql instanceof Alias.Column column) {
			append(name(column.alias()) + "." + column.name());
		}
		else if (sql instanceof Sql.Param param) {
			if (this.params.size() >= this.maxParameters) {
				throw new StatementTooLarge("parameters", this.maxParameters);
			}
			this.params.add(param.value());
			append("?");
		}
		else if (sql instanceof Sql.Ident ident) {
			append("\"" + ident.name().replace("\"", "\"\"") + "\"");
		}
		else if (sql instanceof Sql.Literal literal) {
			append("'" + literal.value().replace("'", "''") + "'");
		}
		else if (sql instanceof Sql.Subquery subquery) {
			append("(");
			this.depth++;
			newline();
			write(subquery.query());
			this.depth--;
			newline();
			append(")");
		}
		else if (sql instanceof Sql.Relation relation) {
			append(this.release == null ? relation.name() : "history." + relation.name() + "(" + this.release + ")");
		}
		else if (sql instanceof Alias alias) {
			append(name(alias));
		}
		else if (sql instanceof Alias.WholeRow row) {
			append(name(row.alias()) + ".*");
		}
	}

	private String name(Alias alias) {
		return this.aliases.computeIfAbsent(alias, a -> a.prefix() + (this.aliases.size() + 1));
	}

	private void newline() {
		if (this.pretty) {
			this.text.append('\n').append("  ".repeat(this.depth));
		}
	}

	private void append(String part) {
		if (this.text.length() + part.length() > this.maxCharacters) {
			throw new StatementTooLarge("characters", this.maxCharacters);
		}
		this.text.append(part);
	}

}
