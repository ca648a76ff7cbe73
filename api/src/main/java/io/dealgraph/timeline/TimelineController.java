package io.dealgraph.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The timeline and activity counts. */
@Controller
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@QueryMapping
	Connection<TimelineEntry> timeline(@Argument LocalDate from, @Argument LocalDate to,
			@Argument List<String> organizations, @Argument String direction, @Argument Integer first,
			@Argument String after,
			DataFetchingFieldSelectionSet selection) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadInputException("from", "must not be after 'to'");
		}
		return this.timeline.entries(from, to, organizations, "DESC".equals(direction), PageRequest.of(first, after, selection));
	}

	@QueryMapping
	ActivityCounts activity(@Argument String of, @Argument String by, @Argument LocalDate from,
			@Argument LocalDate to) {
		return this.timeline.counts(of, by, from, to);
	}

	@SchemaMapping(typeName = "TimelineEntry", field = "fact")
	CompletableFuture<Object> fact(TimelineEntry entry, DataFetchingEnvironment env) {
		return Batches.byId(env, entry.factType(), entry.factId());
	}

	@SchemaMapping(typeName = "TimelineEntry", field = "citations")
	CompletableFuture<Connection<Object>> citations(TimelineEntry entry, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return Batches.connection(env, entry.factType() + ".citations", entry.factId(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "ActivityBucket", field = "organization")
	CompletableFuture<Object> organization(ActivityBucket bucket, DataFetchingEnvironment env) {
		return Batches.byId(env, "Organization", bucket.organizationId());
	}

}
