package io.dealgraph.organization;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.GlobalId;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.federation.EntityMapping;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Organizations, their names and their people. */
@Controller
class OrganizationController {

	private final Organizations organizations;

	private final People people;

	OrganizationController(Organizations organizations, People people, BatchLoaderRegistry registry) {
		this.organizations = organizations;
		this.people = people;
		Batches.registerById(registry, "Organization", organizations::findByIds);
		Batches.registerById(registry, "Person", people::findByIds);
		Batches.registerLists(registry, "Organization.aliases", ids -> organizations.names(ids, "ALIAS"));
		Batches.registerLists(registry, "Organization.tickers", ids -> organizations.names(ids, "TICKER"));
		Batches.registerLists(registry, "Organization.units", organizations::units);
		Batches.<PageRequest, Person>registerConnections(registry, "Organization.people", people::pageByOrganization);
	}

	@QueryMapping
	Organization organization(@Argument String slug) {
		return this.organizations.findBySlug(slug).orElse(null);
	}

	/** A federation gateway's reference to an organization, by global id. */
	@EntityMapping("Organization")
	Organization organizationEntity(@Argument("id") String id) {
		return this.organizations.findBySlug(GlobalId.decode("representations.id", id).slug()).orElse(null);
	}

	@QueryMapping
	Organization organizationByName(@Argument String name) {
		return this.organizations.findByName(name).orElse(null);
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument Integer first, @Argument String after,
			@Argument OrganizationFilter filter, @Argument OrderInput orderBy,
			DataFetchingFieldSelectionSet selection) {
		return this.organizations.page(filter, orderBy, PageRequest.of(first, after, selection));
	}

	@QueryMapping
	Person person(@Argument String slug) {
		return this.people.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument String organization,
			DataFetchingFieldSelectionSet selection) {
		return this.people.page(organization, PageRequest.of(first, after, selection));
	}

	@SchemaMapping
	CompletableFuture<List<String>> aliases(Organization organization, DataFetchingEnvironment env) {
		return Batches.list(env, "Organization.aliases", organization.id());
	}

	@SchemaMapping
	CompletableFuture<List<String>> tickers(Organization organization, DataFetchingEnvironment env) {
		return Batches.list(env, "Organization.tickers", organization.id());
	}

	@SchemaMapping
	CompletableFuture<Organization> parent(Organization organization, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", organization.parentId());
	}

	@SchemaMapping
	CompletableFuture<List<Organization>> units(Organization organization, DataFetchingEnvironment env) {
		return Batches.list(env, "Organization.units", organization.id());
	}

	@SchemaMapping(typeName = "Organization", field = "people")
	CompletableFuture<Connection<Person>> organizationPeople(Organization organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.people", organization.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Person", field = "organization")
	CompletableFuture<Organization> personOrganization(Person person, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", person.organizationId());
	}

}
