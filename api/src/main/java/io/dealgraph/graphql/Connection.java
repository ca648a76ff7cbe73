package io.dealgraph.graphql;

import java.util.List;

/** A Relay connection, resolved field by field by graphql-java from these records. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public static <T> Connection<T> empty() {
		return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
	}

	/** An item and its cursor; {@code inForce} is set only on connections asked for {@code asOf} a day. */
	public record Edge<T>(T node, String cursor, String inForce) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
