package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.GraphQLError;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLNonNull;
import graphql.language.SourceLocation;
import io.dealgraph.graphql.ErrorResolver;
import io.dealgraph.graphql.OperationKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.util.RawValue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a query operation as compiled SQL: one statement per root field, whose JSON text goes into
 * the response as it is ({@link RawValue}), so graphql-java neither fetches nor completes its
 * fields and nothing parses the JSON again. An operation with a root field the compiler cannot
 * compile yet ({@link NotCompilable}) runs on the resolver path, whole, as before. The plan, either
 * way, is cached by document, operation and variables, so a repeated request compiles nothing and
 * does not normalize the operation again.
 */
final class CompilingExecutionStrategy extends AsyncExecutionStrategy {

	private static final Logger log = LoggerFactory.getLogger(CompilingExecutionStrategy.class);

	private final Compiler compiler;

	private final JdbcTemplate jdbc;

	private final Counter compiled;

	private final Counter resolved;

	/** Plans by operation: the statements' text and bound values, so a repeated request compiles nothing. */
	private final Cache<OperationKey, Plan> plans = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.<OperationKey, Plan>weigher((key, plan) -> key.weight() + plan.weight())
		.build();

	CompilingExecutionStrategy(DataFetcherExceptionHandler exceptionHandler, Compiler compiler, JdbcTemplate jdbc,
			MeterRegistry meters) {
		super(exceptionHandler);
		this.compiler = compiler;
		this.jdbc = jdbc;
		this.compiled = operations(meters, "compiled");
		this.resolved = operations(meters, "resolvers");
	}

	/** {@code dealgraph_graphql_operations_total{path}}: how many queries each read path answered. */
	private static Counter operations(MeterRegistry meters, String path) {
		return Counter.builder("dealgraph.graphql.operations")
			.description("Query operations by the read path that answered them: compiled SQL or the resolvers")
			.tag("path", path)
			.register(meters);
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
			return super.execute(context, parameters);
		}
		OperationKey key = OperationKey.of(context);
		Plan plan = key != null ? this.plans.get(key, k -> plan(context, parameters)) : plan(context, parameters);
		if (plan instanceof Resolvers resolvers) {
			if (log.isDebugEnabled()) {
				log.debug("Resolver path for {}: {}", context.getExecutionId(), resolvers.reason());
			}
			this.resolved.increment();
			return super.execute(context, parameters);
		}
		this.compiled.increment();
		Map<String, Object> data = new LinkedHashMap<>();
		List<GraphQLError> errors = new ArrayList<>();
		boolean nullData = false;
		for (Root root : ((Compiled) plan).roots()) {
			try {
				String json = this.jdbc.queryForObject(root.sql(), String.class, root.params());
				if (json != null && !root.errors().isEmpty() && json.contains(FieldError.MARKER)) {
					FieldError.Applied applied = FieldError.apply(root.key(), json, root.errors());
					errors.addAll(applied.errors());
					nullData |= applied.nullData() || (applied.json() == null && root.nonNull());
					json = applied.json();
				}
				data.put(root.key(), new RawValue(json == null ? "null" : json));
			}
			catch (RuntimeException ex) {
				// As the resolvers answer a failed root field: null, and a non-null one nulls the data.
				errors.add(ErrorResolver.failure(ex, context.getExecutionId().toString(),
						ResultPath.rootPath().segment(root.key()), root.location()));
				data.put(root.key(), null);
				nullData |= root.nonNull();
			}
		}
		return CompletableFuture.completedFuture(
				ExecutionResultImpl.newExecutionResult().data(nullData ? null : data).errors(errors).build());
	}

	/** Compiles every root field of the operation, or says why the resolvers answer it. */
	private Plan plan(ExecutionContext context, ExecutionStrategyParameters parameters) {
		ExecutableNormalizedOperation normalized = context.getNormalizedQueryTree().get();
		Compiler.Operation operation = new Compiler.Operation(normalized, context.getGraphQLSchema(),
				context.getFragmentsByName(), context.getCoercedVariables().toMap());
		List<Root> roots = new ArrayList<>();
		try {
			for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
				MergedField merged = parameters.getFields().getSubField(field.getResultKey());
				Compiler.Statement statement = this.compiler.compile(field, operation);
				roots.add(new Root(field.getResultKey(), statement.sql().text(), statement.sql().params().toArray(),
						statement.errors(),
						context.getGraphQLSchema().getQueryType().getFieldDefinition(field.getName()).getType() instanceof GraphQLNonNull,
						merged == null ? null : merged.getSingleField().getSourceLocation()));
			}
		}
		catch (NotCompilable ex) {
			return new Resolvers(ex.getMessage());
		}
		return new Compiled(List.copyOf(roots));
	}

	/** What to do with an operation, decided once per document, operation and variables. */
	sealed interface Plan permits Compiled, Resolvers {

		int weight();

	}

	/** One statement per root field. */
	record Compiled(List<Root> roots) implements Plan {

		@Override
		public int weight() {
			return this.roots.stream().mapToInt(root -> 2 * root.sql().length() + 16 * root.params().length + 64).sum();
		}

	}

	/** The resolvers answer it, for this reason. */
	record Resolvers(String reason) implements Plan {

		@Override
		public int weight() {
			return 2 * this.reason.length() + 32;
		}

	}

	/**
	 * A root field's response key, statement and its values, the errors that may stand in its JSON,
	 * its nullability and place in the document.
	 */
	record Root(String key, String sql, Object[] params, List<FieldError> errors, boolean nonNull,
			SourceLocation location) {
	}

}
