package io.dealgraph.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Checks depth, aliases and cost of every operation before it executes, and reports the cost
 * on every response as {@code extensions.cost}: {@code requestedQueryCost} (computed before
 * execution), {@code actualQueryCost} (field values returned) and {@code maximumQueryCost}.
 * <p>
 * With rate limiting on, the requested cost is reserved from the client's {@link PointBucket}
 * before execution (refused with RATE_LIMITED and a 429 when the bucket cannot cover it), the
 * difference to the actual cost is refunded after, and {@code extensions.cost.throttleStatus}
 * reports the bucket.
 * <p>
 * The measure depends only on the document, the operation and the variables, so it is cached by
 * them: normalizing an operation was a tenth of the CPU time of a by-id request (bench/RESULTS.md).
 * Only requests whose variables are small are cached, and the cache is bounded by the weight of
 * the texts and variables it keeps.
 */
@Component
class LimitsInstrumentation extends SimplePerformantInstrumentation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final ErrorClassification RATE_LIMITED = ErrorClassification.errorClassification("RATE_LIMITED");

	private final QueryLimits limits;

	private final Cache<OperationKey, Totals> measured = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.<OperationKey, Totals>weigher((key, totals) -> key.weight())
		.build();

	LimitsInstrumentation(QueryLimits limits) {
		this.limits = limits;
	}

	/** What was measured of one request. */
	static final class Measured implements InstrumentationState {

		volatile Long requested;

		/** Points taken from the client's bucket for the whole cost; 0 while only the door's share is taken. */
		volatile long charged;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Measured();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationKey key = OperationKey.of(context);
		Totals totals = key != null ? this.measured.get(key, k -> measure(context)) : measure(context);
		((Measured) state).requested = totals.cost;
		String name = context.getOperationDefinition().getName();
		context.getGraphQLContext().put(RequestMetrics.OPERATION_NAME, name == null ? "anonymous" : name);
		context.getGraphQLContext().put(RequestMetrics.REQUESTED_COST, totals.cost);
		check(totals.depth <= this.limits.maxDepth(), "depth", totals.depth, this.limits.maxDepth(),
				"The query nests fields " + totals.depth + " deep; the limit is " + this.limits.maxDepth() + ".");
		check(totals.aliases <= this.limits.maxAliases(), "aliases", totals.aliases, this.limits.maxAliases(),
				"The query uses " + totals.aliases + " aliases; the limit is " + this.limits.maxAliases() + ".");
		check(totals.cost <= this.limits.maxCost(), "cost", totals.cost, this.limits.maxCost(),
				"The query may return " + totals.cost + " field values (requestedQueryCost); the limit is "
						+ this.limits.maxCost() + ". Ask for smaller pages (first) or fewer nested fields.");
		if (context.getGraphQLContext().get(PointBucket.ATTRIBUTE) instanceof PointBucket bucket) {
			reserve(bucket, Math.max(bucket.requestPoints(), totals.cost), (Measured) state, context);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/** Takes the rest of the requested cost from the bucket (its request points were taken at the door), or refuses the query. */
	private static void reserve(PointBucket bucket, long points, Measured state, ExecutionContext context) {
		check(points <= bucket.capacity(), "bucket", points, bucket.capacity(), "The query may cost " + points
				+ " points (requestedQueryCost); this client's bucket holds at most " + bucket.capacity()
				+ ". Ask for smaller pages (first) or fewer nested fields.");
		long wait = bucket.take(points - bucket.requestPoints());
		if (wait > 0) {
			context.getGraphQLContext().put(PointBucket.RETRY_AFTER, wait);
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("retryAfter", wait);
			extensions.put("requestedQueryCost", points);
			extensions.put("throttleStatus", bucket.throttleStatus());
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(RATE_LIMITED)
				.message("The query may cost " + points + " points and this client has " + bucket.available()
						+ " left; retry after " + wait + " s, or ask for less")
				.extensions(extensions)
				.build()));
		}
		state.charged = points;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requestedQueryCost", state instanceof Measured measured ? measured.requested : null);
		long actual = countValues(result.getData());
		cost.put("actualQueryCost", actual);
		cost.put("maximumQueryCost", this.limits.maxCost());
		if (parameters.getGraphQLContext().get(PointBucket.ATTRIBUTE) instanceof PointBucket bucket) {
			if (state instanceof Measured measured && measured.charged > 0) {
				bucket.refund(measured.charged - Math.max(bucket.requestPoints(), actual));
			}
			cost.put("throttleStatus", bucket.throttleStatus());
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cost", cost);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

	private static Totals measure(ExecutionContext context) {
		ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
				context.getGraphQLSchema(), context.getOperationDefinition(), context.getFragmentsByName(),
				context.getCoercedVariables());
		Totals totals = new Totals();
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			walk(field, 1, totals);
		}
		return totals;
	}

	private static void walk(ExecutableNormalizedField field, long multiplier, Totals totals) {
		if (field.getName().startsWith("__")) {
			return;
		}
		totals.depth = Math.max(totals.depth, field.getLevel());
		if (field.getAlias() != null) {
			totals.aliases++;
		}
		totals.cost += multiplier;
		long childMultiplier = multiplier * itemsPerParent(field);
		for (ExecutableNormalizedField child : field.getChildren()) {
			walk(child, Math.min(childMultiplier, Long.MAX_VALUE / 1000), totals);
		}
	}

	/** How many items one value of this field can hold: its page size, or the ids it is asked for. */
	private static long itemsPerParent(ExecutableNormalizedField field) {
		Object first = field.getResolvedArguments().get("first");
		if (first instanceof Number number) {
			return Math.max(1, number.longValue());
		}
		if (field.getResolvedArguments().containsKey("first")) {
			return Pages.DEFAULT_SIZE;
		}
		if (field.getResolvedArguments().get("ids") instanceof Collection<?> ids) {
			return Math.max(1, ids.size());
		}
		return 1;
	}

	private static void check(boolean ok, String limit, long actual, long maximum, String message) {
		if (!ok) {
			GraphQLError error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(message)
				.extensions(Map.of("limit", limit, "actual", actual, "maximum", maximum))
				.build();
			throw new AbortExecutionException(List.of(error));
		}
	}

	/**
	 * The number of field values in a response's data, nested lists and objects included; a field
	 * the read compiler answered is JSON text, whose object members are counted as they stream by.
	 */
	static long countValues(Object data) {
		if (data instanceof RawValue raw) {
			long count = 0;
			try (JsonParser parser = JSON.createParser(String.valueOf(raw.rawValue()))) {
				for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
					if (token == JsonToken.PROPERTY_NAME) {
						count++;
					}
				}
			}
			return count;
		}
		if (data instanceof Map<?, ?> map) {
			long count = 0;
			for (Object value : map.values()) {
				count += 1 + (value instanceof Map || value instanceof List || value instanceof RawValue ? countValues(value) : 0);
			}
			return count;
		}
		if (data instanceof List<?> list) {
			long count = 0;
			for (Object item : list) {
				count += countValues(item);
			}
			return count;
		}
		return 0;
	}

	private static final class Totals {

		int depth;

		int aliases;

		long cost;

	}

}
