package io.dealgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
 * The limits also bound the rows the database may read and the size of the statements, so that no
 * document within them holds the database for long. The read compiler measures each operation once
 * per document, operation and variables ({@link OperationCosts}), in the cache its plans share.
 */
@Component
class LimitsInstrumentation extends SimplePerformantInstrumentation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final ErrorClassification RATE_LIMITED = ErrorClassification.errorClassification("RATE_LIMITED");

	private final QueryLimits limits;

	private final OperationCosts costs;

	LimitsInstrumentation(QueryLimits limits, OperationCosts costs) {
		this.limits = limits;
		this.costs = costs;
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
		OperationCosts.Measure totals = this.costs.measure(context);
		((Measured) state).requested = totals.cost();
		String name = context.getOperationDefinition().getName();
		context.getGraphQLContext().put(RequestMetrics.OPERATION_NAME, name == null ? "anonymous" : name);
		context.getGraphQLContext().put(RequestMetrics.REQUESTED_COST, totals.cost());
		check(totals.depth() <= this.limits.maxDepth(), "depth", totals.depth(), this.limits.maxDepth(),
				"The query nests fields " + totals.depth() + " deep; the limit is " + this.limits.maxDepth() + ".");
		check(totals.aliases() <= this.limits.maxAliases(), "aliases", totals.aliases(), this.limits.maxAliases(),
				"The query uses " + totals.aliases() + " aliases; the limit is " + this.limits.maxAliases() + ".");
		check(totals.cost() <= this.limits.maxCost(), "cost", totals.cost(), this.limits.maxCost(),
				"The query may return " + totals.cost() + " field values (requestedQueryCost); the limit is "
						+ this.limits.maxCost() + ". Ask for smaller pages (first) or fewer nested fields.");
		check(totals.statementSize() <= this.limits.maxStatementSize(), "statementSize", totals.statementSize(),
				this.limits.maxStatementSize(), "The query compiles to statements that spell out " + totals.statementSize()
						+ " fields (a selection under nodes(ids:) counts once per id); the limit is "
						+ this.limits.maxStatementSize() + ". Ask for fewer ids or a smaller selection.");
		check(totals.databaseCost() <= this.limits.maxDatabaseCost(), "databaseCost", totals.databaseCost(),
				this.limits.maxDatabaseCost(), "The query may have the database read about " + totals.databaseCost()
						+ " rows; the limit is " + this.limits.maxDatabaseCost() + ". Each page under an organization "
						+ "reads its rows, and totalCount, hasPreviousPage past a cursor and asOf read them again: ask for "
						+ "fewer or smaller nested pages, or fewer ids.");
		if (context.getGraphQLContext().get(PointBucket.ATTRIBUTE) instanceof PointBucket bucket) {
			reserve(bucket, Math.max(bucket.requestPoints(), totals.cost()), (Measured) state, context);
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

	/** Extensions in the order given, the same in every response. */
	private static Map<String, Object> ordered(Object... entries) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put((String) entries[i], entries[i + 1]);
		}
		return map;
	}

	private static void check(boolean ok, String limit, long actual, long maximum, String message) {
		if (!ok) {
			GraphQLError error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(message)
				.extensions(ordered("limit", limit, "actual", actual, "maximum", maximum))
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

}
