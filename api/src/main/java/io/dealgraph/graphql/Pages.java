package io.dealgraph.graphql;

/** The sizes of pages, for every connection alike: the schema's default {@code first} and the most one may ask. */
public final class Pages {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private Pages() {
	}

}
