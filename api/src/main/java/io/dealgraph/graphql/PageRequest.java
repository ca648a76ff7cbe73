package io.dealgraph.graphql;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * A validated page of a connection: how many rows, the cursor they come after, and whether the
 * connection's {@code totalCount} is asked for (a root connection counts its rows only then).
 */
public record PageRequest(int first, Cursor after, boolean withTotal) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static PageRequest of(Integer first, String after) {
		return of(first, after, true);
	}

	/** A page whose total is counted only when the selection asks for {@code totalCount}. */
	public static PageRequest of(Integer first, String after, DataFetchingFieldSelectionSet selection) {
		return of(first, after, selection == null || selection.contains("totalCount"));
	}

	public static PageRequest of(Integer first, String after, boolean withTotal) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 1 || size > MAX_SIZE) {
			throw new BadInputException("first", "must be between 1 and " + MAX_SIZE + ", got " + size);
		}
		return new PageRequest(size, after == null ? null : Cursor.decode(after), withTotal);
	}

}
