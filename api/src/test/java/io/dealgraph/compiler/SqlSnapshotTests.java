package io.dealgraph.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import io.dealgraph.compiler.sql.Renderer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.json.JsonMapper;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL each golden document compiles to, committed beside its answer
 * ({@code golden/<dataset>/<origin>/<name>.sql}) and compared here without a database, so a change
 * to the compiler or a declaration shows its SQL diff in seconds. The golden answers stay the
 * spec; these show how the SQL changed. {@code -Dsql.update=true} rewrites them.
 */
class SqlSnapshotTests {

	static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final SqlSchema DECLARATIONS = Fixtures.declarations();

	static final GraphQLSchema SCHEMA = Fixtures.schema();

	@Test
	void theDeclarations_matchTheSchema() {
		assertThat(DeclarationCheck.problems(DECLARATIONS, SCHEMA)).isEmpty();
	}

	@TestFactory
	Stream<DynamicNode> everyGoldenDocument_compilesToItsCommittedSql() {
		boolean update = Boolean.getBoolean("sql.update");
		List<DynamicNode> groups = new ArrayList<>();
		for (String dataset : List.of("seeds", "sf100")) {
			List<Path> documents = documents(GOLDEN.resolve(dataset));
			assertThat(documents).as(dataset).isNotEmpty();
			for (Path group : documents.stream().map(Path::getParent).distinct().toList()) {
				groups.add(DynamicContainer.dynamicContainer(dataset + "/" + group.getFileName(), documents.stream()
					.filter(d -> d.getParent().equals(group))
					.map(d -> (DynamicNode) DynamicTest.dynamicTest(GOLDEN.relativize(d).toString(), d.toUri(), () -> compare(d, update)))
					.toList()));
			}
		}
		return groups.stream();
	}

	private static void compare(Path document, boolean update) throws IOException {
		String actual = snapshot(Files.readString(document));
		Path file = document.resolveSibling(document.getFileName().toString().replaceFirst("\\.json$", ".sql"));
		if (update) {
			Files.writeString(file, actual);
			return;
		}
		String expected = Files.exists(file) ? Files.readString(file) : "";
		if (!expected.equals(actual)) {
			throw new AssertionFailedError(document + " compiles to other SQL than " + file.getFileName(), expected, actual);
		}
	}

	/** Each compiled root field of the request: its response key, its statement, each subquery on lines of its own, and its values. */
	static String snapshot(String body) {
		Map<?, ?> request = JSON.readValue(body, Map.class);
		StringBuilder snapshot = new StringBuilder();
		Planner planner = new Planner(DECLARATIONS);
		GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).queryExecutionStrategy(new AsyncExecutionStrategy() {
			@Override
			public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
				ExecutableNormalizedOperation normalized = context.getNormalizedQueryTree().get();
				Planner.Operation operation = new Planner.Operation(normalized, context.getGraphQLSchema(),
						context.getFragmentsByName(), context.getCoercedVariables().toMap());
				for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
					if (DECLARATIONS.root(field.getName()) == null) {
						continue;
					}
					Renderer.Rendered statement;
					try {
						statement = Renderer.pretty(StatementWriter.statement(planner.plan(field, operation).json()));
					}
					catch (RuntimeException ex) {
						snapshot.append("-- ").append(field.getResultKey()).append(": does not compile: ").append(ex).append('\n');
						continue;
					}
					snapshot.append("-- ").append(field.getResultKey()).append('\n').append(statement.text()).append('\n')
						.append("-- values: ").append(JSON.writeValueAsString(statement.params())).append('\n');
				}
				return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(Map.of()).build());
			}
		}).build();
		ExecutionInput.Builder input = ExecutionInput.newExecutionInput((String) request.get("query"));
		if (request.get("variables") instanceof Map<?, ?> variables) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) variables;
			input.variables(typed);
		}
		if (request.get("operationName") instanceof String name) {
			input.operationName(name);
		}
		try {
			ExecutionResult result = graphQl.execute(input.build());
			if (!result.getErrors().isEmpty()) {
				snapshot.append("-- refused before compiling: ").append(result.getErrors().get(0).getMessage()).append('\n');
			}
		}
		catch (RuntimeException ex) {
			// A variable graphql-java refuses as it coerces it, before any execution.
			snapshot.append("-- refused before compiling: ").append(ex.getMessage()).append('\n');
		}
		return snapshot.toString();
	}

	static List<Path> documents(Path dataset) {
		try (Stream<Path> files = Files.walk(dataset)) {
			return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".answer.json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
