package io.dealgraph.source;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.dealgraph.graphql.Batches;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Source articles. */
@Controller
class SourceController {

	private final Sources sources;

	SourceController(Sources sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		Batches.registerById(registry, "Source", sources::findByIds);
		Batches.registerById(registry, "Source.text", sources::texts);
	}

	@QueryMapping
	Source source(@Argument String slug) {
		return this.sources.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Source> sources(@Argument Integer first, @Argument String after, @Argument SourceFilter filter,
			@Argument OrderInput orderBy,
			DataFetchingFieldSelectionSet selection) {
		return this.sources.page(filter, orderBy, PageRequest.of(first, after, selection));
	}

	@SchemaMapping
	CompletableFuture<String> text(Source source, DataFetchingEnvironment env) {
		return Batches.byId(env, "Source.text", source.id());
	}

}
