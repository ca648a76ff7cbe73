package io.dealgraph.statement;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
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

/** Statements, their speakers, and the fields that lead to them. */
@Controller
class StatementController {

	private final Statements statements;

	StatementController(Statements statements, BatchLoaderRegistry registry) {
		this.statements = statements;
		Batches.registerById(registry, "Statement", statements::findByIds);
		Batches.registerLists(registry, "Statement.speakers", statements::speakers);
		Batches.<PageRequest, Statement>registerConnections(registry, "Deal.statements", statements::pageByDeal);
		Batches.<PageRequest, Statement>registerConnections(registry, "Organization.statements",
				statements::pageByOrganization);
		Batches.<PageRequest, Statement>registerConnections(registry, "Person.statements", statements::pageByPerson);
	}

	@QueryMapping
	Statement statement(@Argument String slug) {
		return this.statements.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Statement> statements(@Argument Integer first, @Argument String after,
			@Argument StatementFilter filter, @Argument OrderInput orderBy,
			DataFetchingFieldSelectionSet selection) {
		return this.statements.page(filter, orderBy, PageRequest.of(first, after, selection));
	}

	@SchemaMapping(typeName = "Deal", field = "statements")
	CompletableFuture<Connection<Statement>> dealStatements(Keyed deal, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.statements", deal.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "statements")
	CompletableFuture<Connection<Statement>> organizationStatements(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.statements", organization.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Person", field = "statements")
	CompletableFuture<Connection<Statement>> personStatements(Keyed person, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Person.statements", person.id(), PageRequest.of(first, after));
	}

	@SchemaMapping
	CompletableFuture<List<Speaker>> speakers(Statement statement, DataFetchingEnvironment env) {
		return Batches.list(env, "Statement.speakers", statement.id());
	}

	@SchemaMapping
	CompletableFuture<Object> deal(Statement statement, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", statement.dealId());
	}

	@SchemaMapping
	CompletableFuture<Object> person(Speaker speaker, DataFetchingEnvironment env) {
		return Batches.byId(env, "Person", speaker.personId());
	}

	@SchemaMapping
	CompletableFuture<Object> organization(Speaker speaker, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", speaker.organizationId());
	}

}
