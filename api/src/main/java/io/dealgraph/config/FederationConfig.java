package io.dealgraph.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.data.federation.FederationSchemaFactory;

/**
 * With {@code dealgraph.federation.enabled=true}, dealgraph is an Apollo Federation 2 subgraph:
 * organizations and deals are entities keyed by their global id, and the schema gains
 * {@code _service { sdl }} and {@code _entities}; the read compiler answers {@code _entities}
 * (each representation's row by the slug of its id), graphql-java {@code _service}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("dealgraph.federation.enabled")
class FederationConfig {

	@Bean
	FederationSchemaFactory federationSchemaFactory() {
		return new FederationSchemaFactory();
	}

	@Bean
	GraphQlSourceBuilderCustomizer federation(FederationSchemaFactory factory) {
		return builder -> builder.schemaResources(new ClassPathResource("graphql-federation/federation.graphqls"))
			.schemaFactory(factory::createGraphQLSchema);
	}

}
