package io.dealgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.ProjectDocs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL query in the README and docs/ runs, answers with a seeded value, and matches the
 * response it shows; and the README fits on a screen.
 */
class ReadmeExamplesTests extends ApiTest {

	static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");

	record Example(String query, String expectedResponse) {
	}

	static List<Example> examples() throws IOException {
		String readme = ProjectDocs.text();
		List<String[]> blocks = new ArrayList<>();
		Matcher matcher = FENCE.matcher(readme);
		while (matcher.find()) {
			blocks.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		List<Example> examples = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i)[0].equals("graphql")) {
				boolean answered = i + 1 < blocks.size() && blocks.get(i + 1)[0].equals("json");
				examples.add(new Example(blocks.get(i)[1], answered ? blocks.get(i + 1)[1] : null));
			}
		}
		return examples;
	}

	/**
	 * A value from the seeds that each README query must return, found by a phrase of the query: a
	 * query the README gains without one here fails, so every example asserts real data.
	 */
	static final Map<String, Seeded> SEEDED = Map.ofEntries(
			Map.entry("organization(slug: \"amazon\")", new Seeded("$.data.organization.tickers[0]", "AMZN")),
			Map.entry("organizationByName(name: \"MSFT\")", new Seeded("$.data.organizationByName.name", "Microsoft")),
			Map.entry("commitments(filter: {unit: GW})", new Seeded("$.data.commitments.nodes[0].quantity.text", "2 GW")),
			Map.entry("events(first: 3", new Seeded("$.data.events.edges[0].node.title", "OpenAI launches the Stargate project")),
			Map.entry("statements(filter: {channel: MEMO})", new Seeded("$.data.statements.nodes[0].quote", "alliance")),
			Map.entry("may1: inForce(on: \"2026-05-01\")", new Seeded("$.data.exclusivityTerm.may1", "FALSE")),
			Map.entry("conflicts {", new Seeded("$.data.conflicts.nodes[0].key", "amazon-openai-investment")),
			Map.entry("search(query: \"Trainium\"", new Seeded("$.data.search.totalCount", 4)),
			Map.entry("commitmentTotals(groupBy: [COMMITTER])", new Seeded("$.data.commitmentTotals.groups[0].total", "2")),
			Map.entry("amountMin: \"10000000000\"", new Seeded("$.data.commitments.nodes[0].quantity.text", "$500 billion")),
			Map.entry("release(number: 1)", new Seeded("$.data.release.number", 1)),
			Map.entry("exclusivityTerms(asOf: \"2026-03-01\", release: 1)", new Seeded("$.data.exclusivityTerms.nodes[0].holder.name", "Amazon Web Services")),
			Map.entry("changes(since: $since, first: 20)", new Seeded("$.data.deal.recordedIn.number", 1)));

	record Seeded(String path, Object value) {
	}

	@Test
	void theReadmeFitsOnAScreen_withTheTwoCommands_anExampleWithItsResponse_andLinksToEveryPageOfDocs() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(readme.lines().count()).isLessThanOrEqualTo(120);
		assertThat(readme).contains("mvn -pl api spring-boot:run").contains("mvn test").contains("```graphql").contains("```json");
		List<Path> files = ProjectDocs.files();
		for (Path page : files.subList(1, files.size())) {
			assertThat(readme).as("a link to " + page.getFileName()).contains("](docs/" + page.getFileName() + ")");
		}
	}

	@Test
	void theDocsShowQueries_andAtLeastOneWithItsResponse() throws IOException {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(SEEDED.size())
			.filteredOn(e -> e.expectedResponse() != null)
			.isNotEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyReadmeQuery_answersASeededValue_andTheShownResponseIsTheRealOne() throws IOException {
		List<Example> examples = examples();
		return IntStream.range(0, examples.size()).mapToObj(i -> {
			Example example = examples.get(i);
			String title = example.query().strip().lines().findFirst().orElse("").replaceFirst("^# ", "");
			String name = "docs query " + (i + 1) + ": " + (title.equals("{") ? phrase(example) : title);
			return DynamicTest.dynamicTest(name, () -> run(example));
		});
	}

	private void run(Example example) {
		List<Seeded> seeded = SEEDED.entrySet().stream()
			.filter(e -> example.query().contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		assertThat(seeded).as("a seeded value to check for the docs query\n" + example.query()).hasSize(1);
		var body = this.http.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", example.query()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
		if (example.expectedResponse() != null) {
			body.json(example.expectedResponse(), JsonCompareMode.STRICT);
		}
		body.jsonPath("$.errors").doesNotExist().jsonPath(seeded.get(0).path()).isEqualTo(seeded.get(0).value());
	}

	private static String phrase(Example example) {
		return example.query().strip().lines().skip(1).findFirst().orElse("").strip();
	}

}
