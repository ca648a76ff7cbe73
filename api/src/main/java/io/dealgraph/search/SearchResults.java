package io.dealgraph.search;

import java.util.List;

import io.dealgraph.graphql.Connection;

/** A page of search results, and suggestions where the query's words occur nowhere. */
public record SearchResults(List<Connection.Edge<SearchHit>> edges, Connection.PageInfo pageInfo, long totalCount,
		List<String> suggestions) {

	public List<SearchHit> nodes() {
		return this.edges.stream().map(Connection.Edge::node).toList();
	}

}
