package io.dealgraph.compiler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.GraphQLError;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import io.dealgraph.graphql.ErrorResolver;
import io.dealgraph.graphql.OperationKey;
import io.dealgraph.compiler.Operations.Compiled;
import io.dealgraph.compiler.Operations.Failed;
import io.dealgraph.compiler.Operations.Own;
import io.dealgraph.compiler.Operations.Refused;
import io.dealgraph.compiler.Operations.Root;
import io.dealgraph.compiler.Operations.Statement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.util.RawValue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a query operation as compiled SQL: one statement per root field, whose JSON text goes into
 * the response as it is ({@link RawValue}), so graphql-java neither fetches nor completes its
 * fields and nothing parses the JSON again. Only the root fields graphql-java itself answers
 * (introspection, {@code __typename}, federation's {@code _service}) run as graphql-java executes
 * them, beside the compiled ones. A declared root field the compiler cannot compile
 * ({@link NotCompilable}) is a defect: it answers an internal error, as a failing resolver would.
 * {@link Operations} compiles the operation, once per document, operation and variables.
 */
final class CompilingExecutionStrategy extends AsyncExecutionStrategy {

	private static final Logger log = LoggerFactory.getLogger(CompilingExecutionStrategy.class);

	private final Operations operations;

	private final DataSource database;

	/** Seconds after which the database cancels a statement ({@code spring.jdbc.template.query-timeout}). */
	private final int timeoutSeconds;

	private final Counter compiled;

	private final Counter graphQlJava;

	private final AnswerCache answers;

	CompilingExecutionStrategy(DataFetcherExceptionHandler exceptionHandler, Operations operations, JdbcTemplate jdbc,
			MeterRegistry meters, AnswerCache answers) {
		super(exceptionHandler);
		this.operations = operations;
		this.answers = answers;
		this.database = jdbc.getDataSource();
		this.timeoutSeconds = Math.max(0, jdbc.getQueryTimeout());
		this.compiled = operations(meters, "compiled");
		this.graphQlJava = operations(meters, "graphql-java");
	}

	/** {@code dealgraph_graphql_operations_total{path}}: queries answered with compiled SQL, or by graphql-java alone. */
	private static Counter operations(MeterRegistry meters, String path) {
		return Counter.builder("dealgraph.graphql.operations")
			.description("Query operations by how they were answered: with compiled SQL (path=compiled), or by "
					+ "graphql-java alone (path=graphql-java: introspection, __typename, _service)")
			.tag("path", path)
			.register(meters);
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
			return super.execute(context, parameters);
		}
		Compiled plan = this.operations.compiled(context);
		List<String> own = plan.roots().stream().filter(r -> r instanceof Own).map(Root::key).toList();
		if (own.size() == plan.roots().size()) {
			this.graphQlJava.increment();
			return super.execute(context, parameters);
		}
		this.compiled.increment();
		CompletableFuture<ExecutionResult> others = own.isEmpty() ? CompletableFuture.completedFuture(null)
				: super.execute(context, parameters.transform(builder -> builder.fields(only(parameters.getFields(), own))));
		Map<String, Object> data = new LinkedHashMap<>();
		List<GraphQLError> errors = new ArrayList<>();
		boolean nullData = false;
		// Answers the cache holds are taken first: the statements left run together, in one snapshot if several.
		Map<String, String> cached = new LinkedHashMap<>();
		Map<String, String> keys = new LinkedHashMap<>();
		// A one-off operation (an export's page) is neither answered from the cache nor kept in it.
		boolean oneOff = Boolean.TRUE.equals(context.getGraphQLContext().get(OperationKey.ONE_OFF));
		for (Root root : plan.roots()) {
			if (root instanceof Statement statement) {
				String key = oneOff ? null : this.answers.key(statement.sql(), statement.params());
				String json = this.answers.get(key);
				keys.put(root.key(), key);
				if (json != null) {
					cached.put(root.key(), json);
				}
			}
		}
		long statements = plan.roots().stream().filter(root -> root instanceof Statement).count();
		if (statements > 0 && cached.size() == statements) {
			context.getGraphQLContext().put(AnswerCache.HIT, Boolean.TRUE);
		}
		try (Session session = new Session(statements - cached.size() > 1)) {
			for (Root root : plan.roots()) {
				if (root instanceof Statement statement) {
					nullData |= run(statement, session, context, data, errors, cached.get(root.key()), keys.get(root.key()));
				}
				else if (root instanceof Refused refused) {
				errors.add(ErrorResolver.badInput(refused.error(), ResultPath.rootPath().segment(root.key()), root.location()));
				data.put(root.key(), null);
				nullData |= root.nonNull();
			}
			else if (root instanceof Failed failed) {
					errors.add(ErrorResolver.failure(new IllegalStateException(failed.reason()), context.getExecutionId().toString(),
							ResultPath.rootPath().segment(root.key()), root.location()));
					data.put(root.key(), null);
					nullData |= root.nonNull();
				}
			}
		}
		boolean compiledNull = nullData;
		return others.thenApply(other -> {
			Map<String, Object> merged = new LinkedHashMap<>();
			boolean nothing = compiledNull;
			if (other != null) {
				errors.addAll(other.getErrors());
				Map<?, ?> values = other.getData();
				nothing |= values == null;
				for (Root root : plan.roots()) {
					merged.put(root.key(), root instanceof Own ? (values == null ? null : values.get(root.key())) : data.get(root.key()));
				}
			}
			else {
				merged.putAll(data);
			}
			ExecutionResult.Builder<?> result = ExecutionResult.newExecutionResult().data(nothing ? null : merged).errors(errors);
			if (Boolean.TRUE.equals(context.getGraphQLContext().get(AnswerCache.HIT))) {
				// Every statement's answer came from the response cache: the data and errors are those of a fresh answer.
				result.addExtension("responseCache", "HIT");
			}
			return result.build();
		});
	}

	/** Runs one root field's statement into the data; whether its failure nulls the whole data. */
	private boolean run(Statement root, Session session, ExecutionContext context, Map<String, Object> data,
			List<GraphQLError> errors, String cached, String key) {
		try {
			String json;
			if (cached != null) {
				json = AnswerCache.answer(cached);
			}
			else {
				json = session.query(root);
				this.answers.put(key, json);
			}
			boolean nullData = false;
			if (json != null && !root.errors().isEmpty() && json.contains(FieldError.MARKER)) {
				FieldError.Applied applied = FieldError.apply(root.key(), json, root.errors());
				errors.addAll(applied.errors());
				nullData = applied.nullData() || (applied.json() == null && root.nonNull());
				json = applied.json();
			}
			data.put(root.key(), new RawValue(json == null ? "null" : json));
			return nullData;
		}
		catch (SQLException | RuntimeException ex) {
			// The statement's hash and size, never its text, which a hostile document can make megabytes long.
			log.warn("Query.{} (statement {}, {} characters, {} parameters) failed: {}", root.key(), root.hash(),
					root.sql().length(), root.params().length, ex.toString().lines().findFirst().orElse(""));
			log.debug("Statement {}: {}", root.hash(), root.sql());
			session.failed();
			// As graphql-java answers a failed root field: null, and a non-null one nulls the data.
			errors.add(ErrorResolver.failure(ex, context.getExecutionId().toString(),
					ResultPath.rootPath().segment(root.key()), root.location()));
			data.put(root.key(), null);
			return root.nonNull();
		}
	}

	/**
	 * One request's statements on one pooled connection; with more than one, in one read-only
	 * transaction at REPEATABLE READ, so every root field reads the same snapshot of the data (a
	 * failed one rolls back to a savepoint, keeping it). Together they may take the statement
	 * timeout, not each of them.
	 */
	private final class Session implements AutoCloseable {

		private final boolean snapshot;

		/** The request's statements together may take the statement timeout, not each of them. */
		private final long deadline;

		private Connection connection;

		private Savepoint savepoint;

		/** Whether a statement has answered in this transaction: only then is there a snapshot to keep. */
		private boolean answered;

		/** The pool could not give this request a connection: its other statements fail at once, not after another wait. */
		private SQLException noConnection;

		Session(boolean snapshot) {
			this.snapshot = snapshot;
			this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CompilingExecutionStrategy.this.timeoutSeconds);
		}

		String query(Statement root) throws SQLException {
			long left = this.deadline - System.nanoTime();
			if (CompilingExecutionStrategy.this.timeoutSeconds > 0 && left <= 0) {
				throw new SQLTimeoutException("the request's statements used up its " + CompilingExecutionStrategy.this.timeoutSeconds
						+ " s");
			}
			if (this.noConnection != null) {
				throw this.noConnection;
			}
			if (this.connection == null) {
				try {
					this.connection = CompilingExecutionStrategy.this.database.getConnection();
				}
				catch (SQLException ex) {
					this.noConnection = ex;
					throw ex;
				}
				if (this.snapshot) {
					this.connection.setAutoCommit(false);
					this.connection.setReadOnly(true);
					this.connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				}
			}
			// A failed statement rolls back to here, so the statements after it keep the snapshot those
			// before it read; before the first answer there is none to keep, and no savepoint to pay for.
			this.savepoint = this.snapshot && this.answered ? this.connection.setSavepoint() : null;
			try (PreparedStatement statement = this.connection.prepareStatement(root.sql())) {
				statement.setQueryTimeout(CompilingExecutionStrategy.this.timeoutSeconds == 0 ? 0
						: (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + 999_999_999)));
				Object[] params = root.params();
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				try (ResultSet rows = statement.executeQuery()) {
					String json = rows.next() ? rows.getString(1) : null;
					this.answered = true;
					return json;
				}
			}
		}

		/**
		 * After a failure the transaction is aborted: back to the savepoint, and the snapshot goes on;
		 * without one (nothing answered yet), the whole transaction, and the next statement begins the snapshot.
		 */
		void failed() {
			if (!this.snapshot || this.connection == null) {
				return;
			}
			try {
				if (this.savepoint != null) {
					this.connection.rollback(this.savepoint);
				}
				else {
					this.connection.rollback();
				}
			}
			catch (SQLException ex) {
				log.debug("Rollback after a failed statement failed too", ex);
			}
		}

		@Override
		public void close() {
			if (this.connection == null) {
				return;
			}
			try {
				if (this.snapshot) {
					this.connection.commit();
				}
			}
			catch (SQLException ex) {
				log.debug("Commit of a read-only snapshot failed", ex);
			}
			finally {
				try {
					this.connection.close();
				}
				catch (SQLException ex) {
					log.debug("Closing a connection failed", ex);
				}
			}
		}

	}

	private static MergedSelectionSet only(MergedSelectionSet fields, List<String> keys) {
		Map<String, MergedField> subset = new LinkedHashMap<>();
		keys.forEach(key -> subset.put(key, fields.getSubField(key)));
		return MergedSelectionSet.newMergedSelectionSet().subFields(subset).build();
	}

}
