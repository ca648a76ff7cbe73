package io.dealgraph.config;

import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.sdk.trace.samplers.Sampler;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Tracing costs nothing unless {@code DEALGRAPH_TRACING=true}
 * ({@code management.tracing.export.enabled}).
 * <p>
 * On: GraphQL spans, one per request, per data fetcher and per data loader. Spring Boot's own
 * GraphQL observation is excluded in {@code application.yml}, because it wraps every data fetcher
 * and data loader of every request in an observation whether or not anything records it; the
 * benchmark (bench/RESULTS.md) showed that among the top costs of a request.
 * <p>
 * Off: no trace is sampled. Spring Boot 4 keeps the OpenTelemetry tracer when span export is off
 * and samples every trace by default, so each request would still build and end recorded spans.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfig {

	@Bean
	@ConditionalOnProperty(name = "management.tracing.export.enabled", havingValue = "true")
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry);
	}

	@Bean
	@ConditionalOnProperty(name = "management.tracing.export.enabled", havingValue = "false")
	Sampler noTraceSampled() {
		return Sampler.alwaysOff();
	}

}
