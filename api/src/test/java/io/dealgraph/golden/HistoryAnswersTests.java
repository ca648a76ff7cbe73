package io.dealgraph.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.dealgraph.release.Releases;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every golden document on the seeds, asked with {@code release:} the latest release on each of
 * its root fields, answers what it answers without: the history functions (V13) give the ledger's
 * rows as they stand, for every table, view and relation a declaration reads, and a read at a
 * release costs one statement per root field too. Cursors then carry the release, and the errors'
 * locations move with the added argument; both are compared without that.
 */
@TestPropertySource(properties = "spring.application.name=dealgraph-golden-history")
class HistoryAnswersTests extends ApiTest {

	static final ReleaseCursors CURSORS = new ReleaseCursors();

	@Autowired
	Releases releases;

	@TestFactory
	Stream<DynamicTest> everyGoldenDocument_askedAtTheLatestRelease_answersAsTheLatestLedger() {
		long latest = this.releases.latest().orElseThrow();
		return GoldenAnswersTests.documents(GoldenAnswersTests.ROOT.resolve("seeds"))
			.stream()
			.map(document -> DynamicTest.dynamicTest(GoldenAnswersTests.ROOT.relativize(document).toString(),
					() -> check(document, latest)));
	}

	private void check(Path document, long latest) throws IOException {
		ObjectNode body = (ObjectNode) GoldenAnswersTests.JSON.readTree(Files.readString(document));
		String atRelease = atRelease(body.path("query").asString(), latest);
		if (atRelease == null) {
			return; // not a document one can add an argument to: its syntax is the point of it
		}
		body.put("query", atRelease);
		this.statements.reset();
		String actual = GoldenAnswersTests.post(this.port, GoldenAnswersTests.JSON.writeValueAsString(body));
		long statements = this.statements.count();
		String expected = Files.readString(document.resolveSibling(GoldenAnswersTests.name(document) + GoldenAnswersTests.ANSWER));
		String comparableActual = comparable(actual);
		String comparableExpected = comparable(expected);
		if (!comparableActual.equals(comparableExpected)) {
			throw new org.opentest4j.AssertionFailedError(document + " at release " + latest + " answered differently: "
					+ JsonDiff.firstDifference(comparableExpected, comparableActual) + "\n" + atRelease);
		}
		assertThat(statements).as(document + ": SQL statements at a release").isLessThanOrEqualTo(GoldenAnswersTests.rootFields(document));
	}

	/** The document with {@code release: n} on each root field the compiler answers; null if it does not parse. */
	static String atRelease(String query, long release) {
		Document parsed;
		try {
			parsed = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		List<graphql.language.Definition> definitions = new ArrayList<>();
		for (var definition : parsed.getDefinitions()) {
			if (definition instanceof OperationDefinition operation && operation.getOperation() == OperationDefinition.Operation.QUERY) {
				definitions.add(operation.transform(b -> b.selectionSet(withRelease(operation.getSelectionSet(), release))));
			}
			else if (definition instanceof FragmentDefinition fragment && fragment.getTypeCondition().getName().equals("Query")) {
				definitions.add(fragment.transform(b -> b.selectionSet(withRelease(fragment.getSelectionSet(), release))));
			}
			else {
				definitions.add(definition);
			}
		}
		return AstPrinter.printAst(parsed.transform(b -> b.definitions(definitions)));
	}

	private static SelectionSet withRelease(SelectionSet selections, long release) {
		List<Selection> changed = new ArrayList<>();
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && !field.getName().startsWith("_")
					&& field.getArguments().stream().noneMatch(a -> a.getName().equals("release") || a.getName().equals("knownAsOf"))) {
				List<Argument> arguments = new ArrayList<>(field.getArguments());
				arguments.add(new Argument("release", new IntValue(java.math.BigInteger.valueOf(release))));
				changed.add(field.transform(b -> b.arguments(arguments)));
			}
			else if (selection instanceof graphql.language.InlineFragment inline) {
				changed.add(inline.transform(b -> b.selectionSet(withRelease(inline.getSelectionSet(), release))));
			}
			else {
				changed.add(selection);
			}
		}
		return selections.transform(b -> b.selections(changed));
	}

	/** The body with every error's locations left out and every cursor's release taken off. */
	static String comparable(String body) {
		JsonNode tree = GoldenAnswersTests.JSON.readTree(GoldenAnswersTests.normalized(CURSORS.withoutRelease(body)));
		for (JsonNode error : tree.path("errors")) {
			((ObjectNode) error).remove("locations");
		}
		return tree.toString();
	}

	/** Cursors as the compiled SQL writes them: base64url of "v1", the order and the values. */
	static final class ReleaseCursors {

		/** Any string value that may be a cursor: base64url of "v1" and U+001F, under any response key. */
		private static final Pattern CURSOR = Pattern.compile("\"(djEf[A-Za-z0-9_-]*)\"");

		String withoutRelease(String body) {
			return CURSOR.matcher(body).replaceAll(m -> Matcher.quoteReplacement("\"" + strip(m.group(1)) + "\""));
		}

		private static String strip(String cursor) {
			try {
				String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				String stripped = raw.replaceFirst("^(v1\u001f[^\u001f@]*)@[0-9]+\u001f", "$1\u001f");
				return stripped.equals(raw) ? cursor
						: Base64.getUrlEncoder().withoutPadding().encodeToString(stripped.getBytes(StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				return cursor;
			}
		}

	}

}
