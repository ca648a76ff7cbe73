package io.dealgraph.graphql;

/** A row with a database key, which batch loaders of its child fields are keyed by. */
public interface Keyed {

	long id();

}
