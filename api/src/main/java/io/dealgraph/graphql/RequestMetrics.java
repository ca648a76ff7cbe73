package io.dealgraph.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics per request: {@code dealgraph_graphql_requests_seconds} by operation name
 * and outcome (a latency histogram), {@code dealgraph_graphql_errors_total} by classification, and
 * {@code dealgraph_graphql_cost} (requested and actual). Operation names are the client's, so
 * they are bounded: at most {@value #MAX_NAMES} distinct names, the rest counted as "other".
 */
@Component
public class RequestMetrics {

	static final String OPERATION_NAME = "dealgraph.operationName";

	static final String REQUESTED_COST = "dealgraph.requestedCost";

	static final int MAX_NAMES = 50;

	private static final Pattern SANE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

	private final MeterRegistry registry;

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	/** The meters, built once per tag set (a builder and a registry lookup per request showed in the profile). */
	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	private final Map<String, DistributionSummary> summaries = new ConcurrentHashMap<>();

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(WebGraphQlResponse response, long startedNanos) {
		String name = name(response.getExecutionInput().getGraphQLContext().get(OPERATION_NAME));
		List<ResponseError> errors = response.getErrors();
		String outcome = errors.isEmpty() ? "SUCCESS" : response.getExecutionResult().isDataPresent() ? "PARTIAL" : "ERROR";
		this.timers.computeIfAbsent(name + '\n' + outcome, key -> Timer.builder("dealgraph.graphql.requests")
			.description("GraphQL requests by operation name and outcome")
			.tag("operation", name)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(15))
			.register(this.registry))
			.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
		for (ResponseError error : errors) {
			this.registry.counter("dealgraph.graphql.errors", "classification", String.valueOf(error.getErrorType()))
				.increment();
		}
		Long requested = response.getExecutionInput().getGraphQLContext().get(REQUESTED_COST);
		if (requested != null) {
			summary("requested").record(requested);
		}
		if (response.getExtensions().get("cost") instanceof Map<?, ?> cost && cost.get("actualQueryCost") instanceof Number actual) {
			summary("actual").record(actual.doubleValue());
		}
	}

	private DistributionSummary summary(String kind) {
		return this.summaries.computeIfAbsent(kind, key -> DistributionSummary.builder("dealgraph.graphql.cost")
			.description("Query cost in field values: requested before execution, actual after")
			.tag("kind", kind)
			.register(this.registry));
	}

	private String name(Object given) {
		if (!(given instanceof String name) || !SANE_NAME.matcher(name).matches()) {
			return "anonymous";
		}
		if (this.names.contains(name) || (this.names.size() < MAX_NAMES && this.names.add(name))) {
			return name;
		}
		return "other";
	}

}
