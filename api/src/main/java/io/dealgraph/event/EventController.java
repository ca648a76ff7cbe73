package io.dealgraph.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Keyed;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.organization.Organization;
import io.dealgraph.organization.Organizations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** The timeline, and the fields that lead to events. */
@Controller
class EventController {

	private final Events events;

	EventController(Events events, Organizations organizations, BatchLoaderRegistry registry) {
		this.events = events;
		Batches.registerById(registry, "Event", events::findByIds);
		Batches.registerLists(registry, "Event.organizations", ids -> {
			Map<Long, List<Long>> idsByEvent = events.organizationIds(ids);
			Map<Long, Organization> byId = organizations
				.findByIds(idsByEvent.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
			Map<Long, List<Organization>> result = new HashMap<>();
			idsByEvent.forEach((event, orgIds) -> result.put(event, orgIds.stream().map(byId::get).toList()));
			return result;
		});
		Batches.<PageRequest, Event>registerConnections(registry, "Deal.events", events::pageByDeal);
		Batches.<PageRequest, Event>registerConnections(registry, "Organization.events", events::pageByOrganization);
	}

	@QueryMapping
	Event event(@Argument String slug) {
		return this.events.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Event> events(@Argument Integer first, @Argument String after, @Argument EventFilter filter,
			@Argument OrderInput orderBy,
			DataFetchingFieldSelectionSet selection) {
		return this.events.page(filter, orderBy, PageRequest.of(first, after, selection));
	}

	@SchemaMapping(typeName = "Deal", field = "events")
	CompletableFuture<Connection<Event>> dealEvents(Keyed deal, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.events", deal.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "events")
	CompletableFuture<Connection<Event>> organizationEvents(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.events", organization.id(), PageRequest.of(first, after));
	}

	@SchemaMapping
	CompletableFuture<List<Organization>> organizations(Event event, DataFetchingEnvironment env) {
		return Batches.list(env, "Event.organizations", event.id());
	}

	@SchemaMapping
	CompletableFuture<Object> deal(Event event, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", event.dealId());
	}

}
