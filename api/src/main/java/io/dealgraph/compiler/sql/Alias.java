package io.dealgraph.compiler.sql;

/**
 * A name for a row source within one statement ({@code from deal t1}). It is an object, not a
 * string: the renderer names each alias it meets by its prefix and a number unique in the
 * statement, and a reference to one of its columns is always qualified by it, so no name a client
 * chooses (a response key, which is only ever a quoted column name) can mean an alias.
 */
public final class Alias implements Sql {

	private final String prefix;

	public Alias(String prefix) {
		if (!Sql.NAME.matcher(prefix).matches()) {
			throw new IllegalArgumentException("not a plain SQL name: " + prefix);
		}
		this.prefix = prefix;
	}

	String prefix() {
		return this.prefix;
	}

	/** {@code alias.column}. */
	public Sql col(String column) {
		return new Column(this, column);
	}

	/** {@code alias.*}: the whole row, which a column of the same name cannot shadow. */
	public Sql row() {
		return new WholeRow(this);
	}

	@Override
	public String toString() {
		return "Alias(" + this.prefix + ")";
	}

	/** A column of an aliased row source. */
	public record Column(Alias alias, String name) implements Sql {

		public Column {
			if (!Sql.NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("not a plain SQL name: " + name);
			}
		}

	}

	/** An aliased row source's whole row, as a composite value. */
	public record WholeRow(Alias alias) implements Sql {
	}

}
