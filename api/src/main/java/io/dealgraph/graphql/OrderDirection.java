package io.dealgraph.graphql;

/** The schema's {@code OrderDirection}. */
public enum OrderDirection {

	ASC, DESC

}
