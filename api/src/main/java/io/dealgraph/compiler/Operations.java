package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import graphql.execution.ExecutionContext;
import graphql.execution.MergedField;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLNonNull;
import io.dealgraph.compiler.sql.Renderer;
import io.dealgraph.compiler.sql.StatementTooLarge;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.OperationCosts;
import io.dealgraph.graphql.OperationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every operation the API runs, measured and compiled once per document, operation and variables
 * in one cache: the limits read its cost before it executes ({@link OperationCosts}), and the
 * execution strategy its statements. The operation is normalized once, by the execution context,
 * which both share. A request whose variables are too large to key a cache by is measured and
 * compiled for itself, once, the result kept in its GraphQL context.
 */
@Component
class Operations implements OperationCosts {

	private static final Logger log = LoggerFactory.getLogger(Operations.class);

	/** The longest statement text the compiler writes; PostgreSQL's own limit is far above. */
	static final int MAX_CHARACTERS = 4 * 1024 * 1024;

	/** The most parameters one statement may bind (the protocol allows 65,535). */
	static final int MAX_PARAMETERS = 32_767;

	private static final String PREPARED = Operations.class.getName() + ".prepared";

	private final SqlSchema declarations;

	private final Planner planner;

	private final Cache<OperationKey, Prepared> prepared = Caffeine.newBuilder()
		.maximumWeight(96L * 1024 * 1024)
		.<OperationKey, Prepared>weigher((key, prepared) -> key.weight() + prepared.weight())
		.build();

	Operations(SqlSchema declarations) {
		this(declarations, KnownReleases.NONE);
	}

	Operations(SqlSchema declarations, KnownReleases releases) {
		this.declarations = declarations;
		this.planner = new Planner(declarations, releases);
		releases.whenChanged(this::forgetCompiled);
	}

	/** With the number of operations kept, as {@code dealgraph.operations.cached}. */
	@org.springframework.beans.factory.annotation.Autowired
	Operations(SqlSchema declarations, KnownReleases releases, MeterRegistry meters) {
		this(declarations, releases);
		Gauge.builder("dealgraph.operations.cached", this.prepared, Cache::estimatedSize)
			.description("Operations measured and compiled, kept for their next request (emptied by a release)")
			.register(meters);
	}

	/**
	 * Forgets every compiled operation: a new release changes what {@code knownAsOf} resolves to
	 * and which {@code release} numbers exist.
	 */
	void forgetCompiled() {
		this.prepared.invalidateAll();
	}

	/** An operation's measure and, once the strategy has asked for them, its compiled root fields. */
	private static final class Prepared {

		final Measure measure;

		volatile Compiled compiled;

		Prepared(Measure measure) {
			this.measure = measure;
		}

		int weight() {
			Compiled roots = this.compiled;
			return 128 + (roots == null ? 0 : roots.weight());
		}

	}

	@Override
	public Measure measure(ExecutionContext context) {
		return prepared(context).measure;
	}

	/** The operation's root fields, compiled: each a statement, one of graphql-java's own, or refused. */
	Compiled compiled(ExecutionContext context) {
		Prepared prepared = prepared(context);
		Compiled compiled = prepared.compiled;
		if (compiled == null) {
			compiled = compile(context);
			prepared.compiled = compiled;
			OperationKey key = OperationKey.of(context);
			if (key != null) {
				// Put again, so the cache weighs the entry with its statements.
				this.prepared.put(key, prepared);
			}
		}
		return compiled;
	}

	private Prepared prepared(ExecutionContext context) {
		Prepared prepared = context.getGraphQLContext().get(PREPARED);
		if (prepared == null) {
			OperationKey key = OperationKey.of(context);
			prepared = key != null ? this.prepared.get(key, k -> measured(context)) : measured(context);
			context.getGraphQLContext().put(PREPARED, prepared);
		}
		return prepared;
	}

	private Prepared measured(ExecutionContext context) {
		return new Prepared(Cost.measure(context.getNormalizedQueryTree().get(), this.declarations));
	}

	/** Compiles each root field of the operation, or leaves it to graphql-java when it is one of its own. */
	private Compiled compile(ExecutionContext context) {
		ExecutableNormalizedOperation normalized = context.getNormalizedQueryTree().get();
		Planner.Operation operation = new Planner.Operation(normalized, context.getGraphQLSchema(),
				context.getFragmentsByName(), context.getCoercedVariables().toMap());
		List<Root> roots = new ArrayList<>();
		for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
			String key = field.getResultKey();
			MergedField merged = normalized.getMergedField(field);
			SourceLocation location = merged == null ? null : merged.getSingleField().getSourceLocation();
			boolean nonNull = field.getType(context.getGraphQLSchema()) instanceof GraphQLNonNull;
			if (this.declarations.root(field.getName()) == null && isGraphQlJavas(field.getName())) {
				roots.add(new Own(key, nonNull, location));
				continue;
			}
			try {
				Planner.Planned planned = this.planner.plan(field, operation);
				Renderer.Rendered statement = Renderer.render(StatementWriter.statement(planned.json()), MAX_CHARACTERS,
						MAX_PARAMETERS, planned.release());
				roots.add(new Statement(key, statement.text(), statement.params().toArray(), planned.errors(), nonNull,
						location));
			}
			catch (StatementTooLarge ex) {
				// The cost's statement size keeps documents far below; a backstop, answered as the client's mistake.
				roots.add(new Refused(key, new BadInputException(field.getName(), "compiles to a statement of more than "
						+ ex.maximum() + " " + ex.limit() + "; ask for less"), nonNull, location));
			}
			catch (RuntimeException ex) {
				// NotCompilable, or a declaration that failed on these arguments: a defect, confined to its root field.
				log.error("Query.{} does not compile", field.getName(), ex);
				roots.add(new Failed(key, "Query." + field.getName() + " does not compile: " + ex, nonNull, location));
			}
		}
		return new Compiled(List.copyOf(roots));
	}

	/** Introspection, {@code __typename} and federation's {@code _service}: graphql-java answers them. */
	private static boolean isGraphQlJavas(String field) {
		return field.startsWith("__") || field.equals("_service");
	}

	/** What to do with each root field of an operation, decided once per document, operation and variables. */
	record Compiled(List<Root> roots) {

		int weight() {
			return this.roots.stream().mapToInt(Root::weight).sum();
		}

	}

	/** A root field: its response key, nullability and place in the document. */
	sealed interface Root permits Statement, Own, Refused, Failed {

		String key();

		boolean nonNull();

		SourceLocation location();

		int weight();

	}

	/** A root field's statement and its values, and the errors that may stand in its JSON. */
	record Statement(String key, String sql, Object[] params, List<FieldError> errors, boolean nonNull,
			SourceLocation location) implements Root {

		/** A short hash of the statement's text, which the log names it by. */
		String hash() {
			return io.dealgraph.graphql.Sha256.hex(this.sql).substring(0, 12);
		}

		@Override
		public int weight() {
			// An error keeps its exception (with its stack trace) for every request the plan answers.
			return 2 * this.sql.length() + 16 * this.params.length + this.errors.stream().mapToInt(FieldError::weight).sum() + 64;
		}

	}

	/** A root field graphql-java answers. */
	record Own(String key, boolean nonNull, SourceLocation location) implements Root {

		@Override
		public int weight() {
			return 64;
		}

	}

	/** A root field refused as the client's mistake before it runs (a statement too large to write). */
	record Refused(String key, BadInputException error, boolean nonNull, SourceLocation location) implements Root {

		@Override
		public int weight() {
			return 1024;
		}

	}

	/** A root field that does not compile, for this reason: it answers an internal error. */
	record Failed(String key, String reason, boolean nonNull, SourceLocation location) implements Root {

		@Override
		public int weight() {
			return 2 * this.reason.length() + 64;
		}

	}

}
