package io.dealgraph.compiler.sql;

/** A statement that would pass a size the renderer was given: it stops there, before building more. */
public final class StatementTooLarge extends RuntimeException {

	private final String limit;

	private final long maximum;

	StatementTooLarge(String limit, long maximum) {
		super("the statement would pass " + maximum + " " + limit, null, false, false);
		this.limit = limit;
		this.maximum = maximum;
	}

	/** {@code characters} or {@code parameters}. */
	public String limit() {
		return this.limit;
	}

	public long maximum() {
		return this.maximum;
	}

}
