package io.dealgraph.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden answers captured from the read path before its rewrite: every document under
 * {@code src/test/resources/golden/<dataset>/} is posted as it is, and the body must equal its
 * {@code .answer.json} to the byte. {@code -Dgolden.update=true} rewrites the answers instead,
 * {@code -Dgolden.generate=true} regenerates the generated documents first, and
 * {@code -Dgolden.import=<file>} turns a recording of the test suite into documents (see the
 * README there).
 */
// A context of its own: over a thousand operation names would fill the metrics' bounded name set the others share.
@TestPropertySource(properties = "spring.application.name=dealgraph-golden")
class GoldenAnswersTests extends ApiTest {

	static final Path ROOT = Path.of("src", "test", "resources", "golden");

	static final String ANSWER = ".answer.json";

	// A fixed correlation id, so that an internal error's message is the same on every run.
	static final String REQUEST_ID = "golden";

	static final HttpClient CLIENT = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern SCORE = Pattern.compile("\"score\":(-?[0-9][0-9.eE+-]*)");

	static final Pattern CURSOR = Pattern.compile("\"(cursor|startCursor|endCursor)\":\"(djEf[A-Za-z0-9_-]*)\"");

	private static boolean imported;

	@Autowired
	GraphQlSource graphQlSource;

	@TestFactory
	Stream<DynamicNode> everyDocument_onTheSeeds_answersExactlyAsBeforeTheRewrite() {
		importRecording();
		if (Boolean.getBoolean("golden.generate")) {
			new DocumentGenerator(this.graphQlSource.schema(), body -> post(this.port, body)).writeTo(ROOT.resolve("seeds"));
		}
		return answers("seeds", this.port, this::checkStatements);
	}

	/**
	 * On the seeds, each document the compiled read path answers costs at most one SQL statement
	 * per root field.
	 */
	private void checkStatements(Path document, Runnable post) {
		this.statements.reset();
		post.run();
		assertThat(this.statements.count()).as(document + ": SQL statements").isLessThanOrEqualTo(rootFields(document));
	}

	/** The root fields of the document's operation, fragments at the root included. */
	static int rootFields(Path document) {
		try {
			Map<?, ?> body = JSON.readValue(Files.readString(document), Map.class);
			Document parsed = Parser.parse((String) body.get("query"));
			Object name = body.get("operationName");
			OperationDefinition operation = parsed.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(o -> name == null || name.equals(o.getName()))
				.findFirst()
				.orElseThrow();
			Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
			parsed.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
			return fields(operation.getSelectionSet(), fragments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int fields(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		int count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field) {
				count++;
			}
			else if (selection instanceof InlineFragment inline) {
				count += fields(inline.getSelectionSet(), fragments);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				count += fields(fragments.get(spread.getName()).getSelectionSet(), fragments);
			}
		}
		return count;
	}

	@TestFactory
	Stream<DynamicNode> everyDocument_onTheGeneratedSf100Dataset_answersExactlyAsBeforeTheRewrite() {
		importRecording();
		Sf100Dataset sf100 = Sf100Dataset.get();
		assertThat(sf100.deals).as("deals at SF100").isGreaterThan(10_000);
		if (Boolean.getBoolean("golden.generate")) {
			new DocumentGenerator(this.graphQlSource.schema(), body -> post(sf100.port, body)).writeTo(ROOT.resolve("sf100"));
		}
		return answers("sf100", sf100.port, (document, post) -> post.run());
	}

	/** With {@code -Dgolden.import}, once, before either dataset lists its documents (it writes to both). */
	private synchronized void importRecording() {
		String importFile = System.getProperty("golden.import");
		if (!imported && importFile != null && !importFile.isBlank()) {
			new RecordingImport(this.port).writeTo(Path.of(importFile), ROOT);
		}
		imported = true;
	}

	/** Runs around each document's request: the seeds count its statements. */
	interface Probe {

		void around(Path document, Runnable post);

	}

	private static Stream<DynamicNode> answers(String dataset, int port, Probe probe) {
		List<Path> documents = documents(ROOT.resolve(dataset));
		assertThat(documents).as("golden documents of " + dataset).isNotEmpty();
		boolean update = Boolean.getBoolean("golden.update");
		List<DynamicNode> groups = new ArrayList<>();
		for (Path group : documents.stream().map(Path::getParent).distinct().toList()) {
			List<DynamicNode> tests = documents.stream()
				.filter(d -> d.getParent().equals(group))
				.map(d -> (DynamicNode) DynamicTest.dynamicTest(ROOT.relativize(d).toString(), d.toUri(), () -> probe.around(d, () -> check(d, port, update))))
				.toList();
			groups.add(DynamicContainer.dynamicContainer(dataset + "/" + group.getFileName(), tests));
		}
		return groups.stream();
	}

	private static void check(Path document, int port, boolean update) {
		try {
			compare(document, port, update);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void compare(Path document, int port, boolean update) throws IOException {
		String actual = post(port, Files.readString(document));
		Path answerFile = document.resolveSibling(name(document) + ANSWER);
		if (update) {
			Files.writeString(answerFile, actual);
			return;
		}
		String expected = Files.readString(answerFile);
		if (!normalized(expected).equals(normalized(actual))) {
			throw new AssertionFailedError(document + " answered differently: " + JsonDiff.firstDifference(expected, actual)
					+ "\n" + JsonDiff.unified(expected, actual), JsonDiff.pretty(expected), JsonDiff.pretty(actual));
		}
	}

	/**
	 * The one normalization: a search score is a PostgreSQL real that the JDBC driver reads as text
	 * ({@code 1.4}) for a statement's first executions on a connection and in binary
	 * ({@code 1.399999976158142}) once it is server-prepared, so the score, and the search cursors
	 * that carry it, are compared at real precision.
	 */
	static String normalized(String body) {
		String scores = SCORE.matcher(body).replaceAll(m -> "\"score\":" + real(m.group(1)));
		return CURSOR.matcher(scores).replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\":\"" + scoreCursor(m.group(2)) + "\""));
	}

	private static String scoreCursor(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u001f", -1);
			if (parts.length != 4 || !parts[1].startsWith("SCORE:")) {
				return cursor;
			}
			parts[2] = real(parts[2]);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// Not one of ours (a deliberately bad cursor echoed back, say): compared as it is.
			return cursor;
		}
	}

	private static String real(String number) {
		return Float.toString(Float.parseFloat(number));
	}

	static List<Path> documents(Path dataset) {
		try (Stream<Path> files = Files.walk(dataset)) {
			return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(ANSWER)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String name(Path document) {
		return document.getFileName().toString().replaceFirst("\\.json$", "");
	}

	/** Posts a request body to the API and returns the response body as the server wrote it. */
	static String post(int port, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-Request-Id", REQUEST_ID)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
