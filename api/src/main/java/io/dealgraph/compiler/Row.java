package io.dealgraph.compiler;

import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

/**
 * A row as a declaration sees it: the alias the compiler gave it in this statement, and, for an
 * embedded object (a fuzzy date), the prefix of its columns ({@code announced_}).
 */
public record Row(Alias alias, String prefix) {

	public static Row of(Alias alias) {
		return new Row(alias, "");
	}

	/** {@code alias.<prefix><column>}. */
	public Sql col(String column) {
		return this.alias.col(this.prefix + column);
	}

	/** The same row, its columns read with a further prefix. */
	public Row prefixed(String prefix) {
		return new Row(this.alias, this.prefix + prefix);
	}

}
