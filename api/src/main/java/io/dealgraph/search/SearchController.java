package io.dealgraph.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code search}: ranked full-text results over every kind of fact and the source texts. */
@Controller
class SearchController {

	/** The GraphQL type of each kind of search document, whose by-id loader resolves the result's node. */
	static final Map<String, String> TYPES = Map.of("DEAL", "Deal", "COMMITMENT", "Commitment", "EXCLUSIVITY_TERM",
			"ExclusivityTerm", "STATEMENT", "Statement", "EVENT", "Event", "SOURCE", "Source", "ORGANIZATION",
			"Organization", "PERSON", "Person");

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@QueryMapping
	SearchResults search(@Argument String query, @Argument List<String> types, @Argument Integer first,
			@Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.index.search(query, types, PageRequest.of(first, after, selection));
	}

	@SchemaMapping(typeName = "SearchResult", field = "node")
	CompletableFuture<Object> node(SearchHit hit, DataFetchingEnvironment env) {
		return Batches.byId(env, TYPES.get(hit.kind()), hit.factId());
	}

}
