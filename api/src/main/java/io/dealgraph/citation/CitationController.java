package io.dealgraph.citation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Keyed;
import io.dealgraph.graphql.PageRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** The {@code citations} field of every fact type, and the source of each citation. */
@Controller
class CitationController {

	/** The types that carry outlets and a corroboration count. */
	static final List<String> FACT_TYPES = List.of("Person", "Deal", "DealParty", "Commitment", "ExclusivityTerm",
			"Statement", "Event");

	CitationController(Citations citations, BatchLoaderRegistry registry) {
		Citations.FACT_COLUMNS.keySet().forEach(type -> {
			Batches.<PageRequest, Citation>registerConnections(registry, type + ".citations",
					(parents, page) -> citations.pageByFact(type, parents, page));
			Batches.registerLists(registry, type + ".outlets", ids -> citations.outlets(type, ids));
		});
	}

	/** The {@code outlets} and {@code corroboration} fields of every fact type. */
	@Bean
	static RuntimeWiringConfigurer outletFields() {
		return wiring -> FACT_TYPES.forEach(type -> wiring.type(type, builder -> builder
			.dataFetcher("outlets", env -> Batches.list(env, type + ".outlets", ((Keyed) env.getSource()).id()))
			.dataFetcher("corroboration", env -> Batches.<String>list(env, type + ".outlets",
					((Keyed) env.getSource()).id()).thenApply(List::size))));
	}

	@SchemaMapping(typeName = "Organization", field = "citations")
	CompletableFuture<Connection<Citation>> organizationCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Organization", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Person", field = "citations")
	CompletableFuture<Connection<Citation>> personCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Person", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Deal", field = "citations")
	CompletableFuture<Connection<Citation>> dealCitations(Keyed fact, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return load("Deal", fact, first, after, env);
	}

	@SchemaMapping(typeName = "DealParty", field = "citations")
	CompletableFuture<Connection<Citation>> dealPartyCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("DealParty", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Commitment", field = "citations")
	CompletableFuture<Connection<Citation>> commitmentCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Commitment", fact, first, after, env);
	}

	@SchemaMapping(typeName = "ExclusivityTerm", field = "citations")
	CompletableFuture<Connection<Citation>> exclusivityTermCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("ExclusivityTerm", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Statement", field = "citations")
	CompletableFuture<Connection<Citation>> statementCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Statement", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Event", field = "citations")
	CompletableFuture<Connection<Citation>> eventCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Event", fact, first, after, env);
	}

	@SchemaMapping(typeName = "Source", field = "citations")
	CompletableFuture<Connection<Citation>> sourceCitations(Keyed fact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load("Source", fact, first, after, env);
	}

	@SchemaMapping
	CompletableFuture<Object> source(Citation citation, DataFetchingEnvironment env) {
		return Batches.byId(env, "Source", citation.sourceId());
	}

	private static CompletableFuture<Connection<Citation>> load(String type, Keyed fact, Integer first, String after,
			DataFetchingEnvironment env) {
		return Batches.connection(env, type + ".citations", fact.id(), PageRequest.of(first, after));
	}

}
