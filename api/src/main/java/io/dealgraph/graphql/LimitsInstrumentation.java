package io.dealgraph.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Checks depth, aliases and cost of every operation before it executes, and reports the cost
 * on every response as {@code extensions.cost}: {@code requestedQueryCost} (computed before
 * execution), {@code actualQueryCost} (field values returned) and {@code maximumQueryCost}.
 */
@Component
class LimitsInstrumentation extends SimplePerformantInstrumentation {

	private final QueryLimits limits;

	LimitsInstrumentation(QueryLimits limits) {
		this.limits = limits;
	}

	/** What was measured of one request. */
	static final class Measured implements InstrumentationState {

		volatile Long requested;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Measured();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
				context.getGraphQLSchema(), context.getOperationDefinition(), context.getFragmentsByName(),
				context.getCoercedVariables());
		Totals totals = new Totals();
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			walk(field, 1, totals);
		}
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
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requestedQueryCost", state instanceof Measured measured ? measured.requested : null);
		cost.put("actualQueryCost", countValues(result.getData()));
		cost.put("maximumQueryCost", this.limits.maxCost());
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cost", cost);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
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
			return PageRequest.DEFAULT_SIZE;
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

	/** The number of field values in a response's data, nested lists and objects included. */
	static long countValues(Object data) {
		if (data instanceof Map<?, ?> map) {
			long count = 0;
			for (Object value : map.values()) {
				count += 1 + (value instanceof Map || value instanceof List ? countValues(value) : 0);
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
