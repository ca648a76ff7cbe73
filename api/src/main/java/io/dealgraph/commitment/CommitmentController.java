package io.dealgraph.commitment;

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
import org.dataloader.DataLoader;

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
		Batches.registerById(registry, "Commitment", commitments::findByIds);
		Batches.<PageAsOf, Commitment>registerConnections(registry, "Deal.commitments",
				(parents, args) -> commitments.pageBy("deal_id", parents, args));
		Batches.<PageAsOf, Commitment>registerConnections(registry, "Organization.commitmentsMade",
				(parents, args) -> commitments.pageBy("committer_id", parents, args));
		Batches.<PageAsOf, Commitment>registerConnections(registry, "Organization.commitmentsReceived",
				(parents, args) -> commitments.pageBy("recipient_id", parents, args));
		Batches.<LocalDate, String>registerWithArguments(registry, "Commitment.inForce", commitments::inForce,
				"UNKNOWN");
		Batches.registerById(registry, "Commitment.claims", commitments::claimGroupsOf);
	}

	@QueryMapping
	Commitment commitment(@Argument String slug) {
		return this.commitments.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Commitment> commitments(@Argument Integer first, @Argument String after,
			@Argument CommitmentFilter filter, @Argument OrderInput orderBy, @Argument LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		return this.commitments.page(filter, orderBy, PageRequest.of(first, after, selection), asOf);
	}

	@QueryMapping
	CommitmentTotals commitmentTotals(@Argument List<String> groupBy, @Argument CommitmentFilter filter,
			@Argument LocalDate asOf) {
		return this.commitments.totals(groupBy, filter, asOf);
	}

	@SchemaMapping(typeName = "CommitmentTotal", field = "committer")
	CompletableFuture<Object> totalCommitter(CommitmentTotal total, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", total.committerId());
	}

	@SchemaMapping(typeName = "CommitmentTotal", field = "recipient")
	CompletableFuture<Object> totalRecipient(CommitmentTotal total, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", total.recipientId());
	}

	@SchemaMapping(typeName = "CommitmentTotal", field = "commitments")
	CompletableFuture<List<Commitment>> totalCommitments(CommitmentTotal total, DataFetchingEnvironment env) {
		DataLoader<Long, Commitment> loader = env.getDataLoader("Commitment");
		return loader.loadMany(total.commitmentIds());
	}

	@QueryMapping
	Connection<ClaimGroup> conflicts(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.commitments.conflicts(PageRequest.of(first, after, selection));
	}

	@SchemaMapping
	CompletableFuture<String> inForce(Commitment commitment, @Argument LocalDate on, DataFetchingEnvironment env) {
		return Batches.withArguments(env, "Commitment.inForce", commitment.id(), on);
	}

	@SchemaMapping
	CompletableFuture<Commitment> partOf(Commitment commitment, DataFetchingEnvironment env) {
		return Batches.byId(env, "Commitment", commitment.partOfId());
	}

	@SchemaMapping
	CompletableFuture<ClaimGroup> claims(Commitment commitment, DataFetchingEnvironment env) {
		return Batches.byId(env, "Commitment.claims", commitment.claimGroup() == null ? null : commitment.id());
	}

	@SchemaMapping(typeName = "Deal", field = "commitments")
	CompletableFuture<Connection<Commitment>> dealCommitments(Keyed deal, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Deal.commitments", deal.id(), new PageAsOf(PageRequest.of(first, after), asOf));
	}

	@SchemaMapping(typeName = "Organization", field = "commitmentsMade")
	CompletableFuture<Connection<Commitment>> commitmentsMade(Keyed organization, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.commitmentsMade", organization.id(),
				new PageAsOf(PageRequest.of(first, after), asOf));
	}

	@SchemaMapping(typeName = "Organization", field = "commitmentsReceived")
	CompletableFuture<Connection<Commitment>> commitmentsReceived(Keyed organization, @Argument Integer first,
			@Argument String after, @Argument LocalDate asOf, DataFetchingEnvironment env) {
		return Batches.connection(env, "Organization.commitmentsReceived", organization.id(),
				new PageAsOf(PageRequest.of(first, after), asOf));
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
