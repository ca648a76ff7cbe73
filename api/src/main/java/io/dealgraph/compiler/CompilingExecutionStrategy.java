package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
import io.dealgraph.graphql.ErrorResolver;
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
 * compile yet ({@link NotCompilable}) runs on the resolver path, whole, as before.
 */
final class CompilingExecutionStrategy extends AsyncExecutionStrategy {

	private static final Logger log = LoggerFactory.getLogger(CompilingExecutionStrategy.class);

	private final Compiler compiler;

	private final JdbcTemplate jdbc;

	private final Counter compiled;

	private final Counter resolved;

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
		ExecutableNormalizedOperation normalized = context.getNormalizedQueryTree().get();
		List<ExecutableNormalizedField> roots = normalized.getTopLevelFields();
		Compiler.Operation operation = new Compiler.Operation(normalized, context.getGraphQLSchema(),
				context.getFragmentsByName(), context.getCoercedVariables().toMap());
		List<Fragment> statements = new ArrayList<>(roots.size());
		try {
			for (ExecutableNormalizedField root : roots) {
				statements.add(this.compiler.compile(root, operation));
			}
		}
		catch (NotCompilable ex) {
			if (log.isDebugEnabled()) {
				log.debug("Resolver path for {}: {}", context.getExecutionId(), ex.getMessage());
			}
			this.resolved.increment();
			return super.execute(context, parameters);
		}
		this.compiled.increment();
		Map<String, Object> data = new LinkedHashMap<>();
		List<GraphQLError> errors = new ArrayList<>();
		boolean nullData = false;
		for (int i = 0; i < roots.size(); i++) {
			ExecutableNormalizedField root = roots.get(i);
			Fragment statement = statements.get(i);
			try {
				String json = this.jdbc.queryForObject(statement.text(), String.class, statement.params().toArray());
				data.put(root.getResultKey(), new RawValue(json == null ? "null" : json));
			}
			catch (RuntimeException ex) {
				// As the resolvers answer a failed root field: null, and a non-null one nulls the data.
				MergedField field = parameters.getFields().getSubField(root.getResultKey());
				errors.add(ErrorResolver.failure(ex, context.getExecutionId().toString(),
						ResultPath.rootPath().segment(root.getResultKey()),
						field == null ? null : field.getSingleField().getSourceLocation()));
				data.put(root.getResultKey(), null);
				nullData |= context.getGraphQLSchema().getQueryType().getFieldDefinition(root.getName())
					.getType() instanceof GraphQLNonNull;
			}
		}
		return CompletableFuture.completedFuture(
				ExecutionResultImpl.newExecutionResult().data(nullData ? null : data).errors(errors).build());
	}

}
