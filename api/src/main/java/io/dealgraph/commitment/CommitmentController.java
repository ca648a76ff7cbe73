package io.dealgraph.commitment;

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

/** Commitments and the fields that lead to them from deals and organizations. */
@Controller
class CommitmentController {

	private final Commitments commitments;

	CommitmentController(Commitments commitments, BatchLoaderRegistry registry) {
		this.commitments = commitments;
		Batches.<PageRequest, Commitment>registerConnections(registry, "Deal.commitments",
				(parents, page) -> commitments.pageBy("deal_id", parents, page));
		Batches.<PageRequest, Commitment>registerConnections(registry, "Organization.commitmentsMade",
				(parents, page) -> commitments.pageBy("committer_id", parents, page));
		Batches.<PageRequest, Commitment>registerConnections(registry, "Organization.commitmentsReceived",
				(parents, page) -> commitments.pageBy("recipient_id", parents, page));
	}

	@QueryMapping
	Commitment commitment(@Argument String slug) {
		return this.commitments.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument Integer first, @Argument String after,
			@Argument CommitmentFilter filter, @Argument OrderInput orderBy) {
		return this.commitments.page(filter, orderBy, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Deal", field = "commitments")
	CompletableFuture<Connection<Commitment>> dealCommitments(Keyed deal, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.commitments", deal.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "commitmentsMade")
	CompletableFuture<Connection<Commitment>> commitmentsMade(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.commitmentsMade", organization.id(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Organization", field = "commitmentsReceived")
	CompletableFuture<Connection<Commitment>> commitmentsReceived(Keyed organization, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.commitmentsReceived", organization.id(),
				PageRequest.of(first, after));
	}

	@SchemaMapping
	CompletableFuture<Object> committer(Commitment commitment, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", commitment.committerId());
	}

	@SchemaMapping
	CompletableFuture<Object> recipient(Commitment commitment, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", commitment.recipientId());
	}

	@SchemaMapping
	CompletableFuture<Object> deal(Commitment commitment, DataFetchingEnvironment env) {
		return Batches.byId(env, "Deal", commitment.dealId());
	}

}
