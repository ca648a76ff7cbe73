package io.dealgraph.exclusivity;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Keyed;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Exclusivity terms, how they were superseded, and the fields that lead to them. */
@Controller
class ExclusivityTermController {

	private final ExclusivityTerms terms;

	ExclusivityTermController(ExclusivityTerms terms, BatchLoaderRegistry registry) {
		this.terms = terms;
		Batches.registerById(registry, "ExclusivityTerm", terms::findByIds);
		Batches.registerLists(registry, "ExclusivityTerm.supersedes", terms::supersededBy);
		Batches.<PageRequest, ExclusivityTerm>registerConnections(registry, "Deal.exclusivityTerms",
				(parents, page) -> terms.pageBy("deal_id", parents, page));
		Batches.<PageRequest, ExclusivityTerm>registerConnections(registry, "Organization.exclusivityHeld",
				(parents, page) -> terms.pageBy("holder_id", parents, page));
		Batches.<PageRequest, ExclusivityTerm>registerConnections(registry, "Organization.exclusivityGranted",
				(parents, page) -> terms.pageBy("grantor_id", parents, page));
	}

	@QueryMapping
	ExclusivityTerm exclusivityTerm(@Argument String slug) {
		return this.terms.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<ExclusivityTerm> exclusivityTerms(@Argument Integer first, @Argument String after,
			@Argument ExclusivityTermFilter filter, @Argument OrderInput orderBy) {
		return this.terms.page(filter, orderBy, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Deal", field = "exclusivityTerms")
	CompletableFuture<Connection<ExclusivityTerm>> dealTerms(Keyed deal, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.exclusivityTerms", deal.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "exclusivityHeld")
	CompletableFuture<Connection<ExclusivityTerm>> exclusivityHeld(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.exclusivityHeld", organization.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "exclusivityGranted")
	CompletableFuture<Connection<ExclusivityTerm>> exclusivityGranted(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.exclusivityGranted", organization.id(),
				PageRequest.of(first, after));
	}

	@SchemaMapping
	CompletableFuture<Object> grantor(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", term.grantorId());
	}

	@SchemaMapping
	CompletableFuture<Object> holder(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", term.holderId());
	}

	@SchemaMapping
	CompletableFuture<ExclusivityTerm> supersededBy(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.byId(env, "ExclusivityTerm", term.supersededByTermId());
	}

	@SchemaMapping
	CompletableFuture<Object> supersededByEvent(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.byId(env, "Event", term.supersededByEventId());
	}

	@SchemaMapping
	CompletableFuture<List<ExclusivityTerm>> supersedes(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.list(env, "ExclusivityTerm.supersedes", term.id());
	}

	@SchemaMapping
	CompletableFuture<Object> deal(ExclusivityTerm term, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", term.dealId());
	}

}
