package io.dealgraph.config;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * GraphQL spans (one per request, per data fetcher and per data loader) only when tracing is on.
 * Spring Boot's own GraphQL observation is excluded in {@code application.yml}: it creates an
 * observation around every data fetcher and data loader of every request, which the benchmark
 * showed among the top costs of a request (bench/RESULTS.md), whether or not anything records it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.tracing.enabled", havingValue = "true")
class TracingConfig {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry);
	}

}
