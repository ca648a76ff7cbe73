package io.dealgraph.deal;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.GlobalId;
import io.dealgraph.graphql.Keyed;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.federation.EntityMapping;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Deals, their parties, and the deals of an organization. */
@Controller
class DealController {

	private final Deals deals;

	DealController(Deals deals, BatchLoaderRegistry registry) {
		this.deals = deals;
		Batches.registerById(registry, "Deal", deals::findByIds);
		Batches.<Deals.PartyArgs, Deal>registerConnections(registry, "Organization.deals", deals::pageByOrganization);
		Batches.<PageRequest, Deal>registerConnections(registry, "Deal.subDeals", deals::pageSubDeals);
		Batches.<Deals.PartyArgs, DealParty>registerConnections(registry, "Deal.parties", deals::pageParties);
		Batches.<LocalDate, String>registerWithArguments(registry, "Deal.inForce", deals::inForce, "UNKNOWN");
	}

	@QueryMapping
	Deal deal(@Argument String slug) {
		return this.deals.findBySlug(slug).orElse(null);
	}

	/** A federation gateway's reference to a deal, by global id. */
	@EntityMapping("Deal")
	Deal dealEntity(@Argument("id") String id) {
		return this.deals.findBySlug(GlobalId.decode("representations.id", id).slug()).orElse(null);
	}

	@QueryMapping
	Connection<Deal> deals(@Argument Integer first, @Argument String after, @Argument DealFilter filter,
			@Argument OrderInput orderBy, @Argument LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		return this.deals.page(filter, orderBy, PageRequest.of(first, after, selection), asOf);
	}

	@SchemaMapping(typeName = "Deal", field = "inForce")
	CompletableFuture<String> inForce(Deal deal, @Argument LocalDate on, DataFetchingEnvironment env) {
		return Batches.withArguments(env, "Deal.inForce", deal.id(), on);
	}

	@SchemaMapping(typeName = "Organization", field = "deals")
	CompletableFuture<Connection<Deal>> organizationDeals(Keyed organization, @Argument Integer first,
			@Argument String after, @Argument String role, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.deals", organization.id(),
				new Deals.PartyArgs(PageRequest.of(first, after), role, asOf));
	}

	@SchemaMapping
	CompletableFuture<Deal> parent(Deal deal, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", deal.parentId());
	}

	@SchemaMapping
	CompletableFuture<Connection<Deal>> subDeals(Deal deal, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.subDeals", deal.id(), PageRequest.of(first, after));
	}

	@SchemaMapping
	CompletableFuture<Connection<DealParty>> parties(Deal deal, @Argument Integer first, @Argument String after,
			@Argument String role, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.parties", deal.id(),
				new Deals.PartyArgs(PageRequest.of(first, after), role, null));
	}

	@SchemaMapping(typeName = "DealParty", field = "deal")
	CompletableFuture<Deal> partyDeal(DealParty party, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", party.dealId());
	}

	@SchemaMapping(typeName = "DealParty", field = "organization")
	CompletableFuture<Object> partyOrganization(DealParty party, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", party.organizationId());
	}

}
