package io.dealgraph.compiler;

import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Pages;

/** A validated page of a connection: how many rows, and the cursor they come after. */
public record PageRequest(int first, Cursor after) {

	public static final int DEFAULT_SIZE = Pages.DEFAULT_SIZE;

	public static final int MAX_SIZE = Pages.MAX_SIZE;

	public static PageRequest of(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 1 || size > MAX_SIZE) {
			throw new BadInputException("first", "must be between 1 and " + MAX_SIZE + ", got " + size);
		}
		return new PageRequest(size, after == null ? null : Cursor.decode(after));
	}

}
