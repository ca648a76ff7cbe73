package io.dealgraph.exclusivity;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Keyed;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageAsOf;
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
		Batches.<PageAsOf, ExclusivityTerm>registerConnections(registry, "Deal.exclusivityTerms",
				(parents, args) -> terms.pageBy("deal_id", parents, args));
		Batches.<PageAsOf, ExclusivityTerm>registerConnections(registry, "Organization.exclusivityHeld",
				(parents, args) -> terms.pageBy("holder_id", parents, args));
		Batches.<PageAsOf, ExclusivityTerm>registerConnections(registry, "Organization.exclusivityGranted",
				(parents, args) -> terms.pageBy("grantor_id", parents, args));
		Batches.<LocalDate, String>registerWithArguments(registry, "ExclusivityTerm.inForce", terms::inForce,
				"UNKNOWN");
	}

	@QueryMapping
	ExclusivityTerm exclusivityTerm(@Argument String slug) {
		return this.terms.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<ExclusivityTerm> exclusivityTerms(@Argument Integer first, @Argument String after,
			@Argument ExclusivityTermFilter filter, @Argument OrderInput orderBy, @Argument LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		return this.terms.page(filter, orderBy, PageRequest.of(first, after, selection), asOf);
	}

	@SchemaMapping
	CompletableFuture<String> inForce(ExclusivityTerm term, @Argument LocalDate on, DataFetchingEnvironment env) {
		return Batches.withArguments(env, "ExclusivityTerm.inForce", term.id(), on);
	}

	@SchemaMapping(typeName = "Deal", field = "exclusivityTerms")
	CompletableFuture<Connection<ExclusivityTerm>> dealTerms(Keyed deal, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.exclusivityTerms", deal.id(), new PageAsOf(PageRequest.of(first, after), asOf));
	}

	@SchemaMapping(typeName = "Organization", field = "exclusivityHeld")
	CompletableFuture<Connection<ExclusivityTerm>> exclusivityHeld(Keyed organization, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.exclusivityHeld", organization.id(),
				new PageAsOf(PageRequest.of(first, after), asOf));
	}

	@SchemaMapping(typeName = "Organization", field = "exclusivityGranted")
	CompletableFuture<Connection<ExclusivityTerm>> exclusivityGranted(Keyed organization, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.exclusivityGranted", organization.id(),
				new PageAsOf(PageRequest.of(first, after), asOf));
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
