package io.dealgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.ProjectDocs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example query library in {@code schema/examples/}: every file describes itself, is offered by
 * GraphiQL, is linked from docs/QUERIES.md, and answers with data, so none can rot.
 */
class ExampleLibraryTests extends ApiTest {

	static final Path EXAMPLES = Path.of("..", "schema", "examples");

	static final JsonMapper JSON = JsonMapper.builder().build();

	record Example(String name, String file, String description, String query, Map<String, Object> variables) {
	}

	static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".graphql")).sorted().toList();
		}
	}

	List<Example> served() {
		return this.http.get()
			.uri("/graphiql/examples.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Example>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@Test
	void everyExampleFile_startsWithAOneLineDescription_andNamesItsOperation() throws IOException {
		List<Path> files = files();
		assertThat(files).extracting(f -> f.getFileName().toString())
			.containsExactly("01-compute-commitments.graphql", "02-exclusivity-in-force.graphql",
					"03-deal-with-evidence.graphql", "04-search.graphql", "05-timeline.graphql",
					"06-totals-by-party.graphql", "07-what-changed.graphql");
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file);
			assertThat(lines.get(0)).as(file + " first line").matches("# [A-Z].{20,}[.)]");
			assertThat(String.join("\n", lines)).as(file + " operation").containsPattern("(?m)^query [A-Z]\\w+[ (]");
		}
	}

	@Test
	void graphiqlIsOfferedEveryFile_inFileNameOrder_withItsDescriptionAndVariables() throws IOException {
		List<Path> files = files();
		List<Example> served = served();
		assertThat(served).extracting(Example::file)
			.containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
		for (int i = 0; i < files.size(); i++) {
			List<String> lines = Files.readAllLines(files.get(i));
			Example example = served.get(i);
			assertThat(example.description()).isEqualTo(lines.get(0).substring(2));
			assertThat(example.query()).startsWith(lines.get(0) + "\n").doesNotContain("# variables:");
			assertThat(example.name()).isEqualTo(example.file().replaceAll("^\\d+-|\\.graphql$", ""));
		}
		assertThat(served.get(0).name()).isEqualTo("compute-commitments");
		assertThat(served).filteredOn(e -> e.name().equals("exclusivity-in-force"))
			.singleElement()
			.extracting(Example::variables)
			.isEqualTo(Map.of("day", "2026-04-01"));
	}

	@Test
	void everyExampleFile_isServedAsIsFromTheJar_forDownload() throws IOException {
		for (Path file : files()) {
			String body = this.http.get()
				.uri("/graphiql/examples/" + file.getFileName())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).as(file.toString()).isEqualTo(Files.readString(file));
		}
	}

	/** A value from the seeds each example must return (JSON Pointer into data), by file. */
	static final Map<String, Seeded> SEEDED = Map.of(
			"01-compute-commitments.graphql", new Seeded("/commitments/nodes/0/quantity/text", "2 GW"),
			"02-exclusivity-in-force.graphql", new Seeded("/exclusivityTerms/totalCount", 4),
			"03-deal-with-evidence.graphql", new Seeded("/deal/title", "Amazon\u2013OpenAI strategic partnership"),
			"04-search.graphql", new Seeded("/search/totalCount", 4),
			"05-timeline.graphql", new Seeded("/timeline/totalCount", 34),
			"06-totals-by-party.graphql", new Seeded("/byCommitter/groups/0/total", "2"),
			"07-what-changed.graphql", new Seeded("/deal/recordedIn/number", 1));

	record Seeded(String pointer, Object value) {
	}

	@TestFactory
	Stream<DynamicTest> everyExample_answersWithoutErrors_withASeededValue_andANonEmptyList() {
		List<Example> served = served();
		assertThat(served).extracting(Example::file).containsExactlyInAnyOrderElementsOf(SEEDED.keySet());
		return served.stream().map(example -> DynamicTest.dynamicTest(example.file(), () -> {
			String json = new String(this.http.post()
				.uri("/graphql")
				.bodyValue(Map.of("query", example.query(), "variables", example.variables()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody());
			JsonNode answer = JSON.readTree(json);
			assertThat(answer.has("errors")).as(example.file() + " answered " + json).isFalse();
			JsonNode data = answer.path("data");
			assertThat(data.isObject()).as(example.file() + " data").isTrue();
			data.properties().forEach(field -> assertThat(field.getValue().isNull())
				.as(example.file() + " " + field.getKey() + " is null").isFalse());
			assertThat(nonEmptyListSizes(data)).as(example.file() + ": a non-empty list in " + json).isNotEmpty();
			Seeded seeded = SEEDED.get(example.file());
			JsonNode value = data.at(seeded.pointer());
			assertThat(value.isNumber() ? (Object) value.intValue() : value.asString())
				.as(example.file() + " " + seeded.pointer()).isEqualTo(seeded.value());
		}));
	}

	@Test
	void theQueriesPage_linksEveryExampleFile_withItsDescription() throws IOException {
		String readme = ProjectDocs.page("QUERIES.md");
		for (Path file : files()) {
			String name = file.getFileName().toString();
			String description = Files.readAllLines(file).get(0).substring(2);
			assertThat(readme).as(name).contains("](../schema/examples/" + name + ")").contains(description);
		}
	}

	static List<Integer> nonEmptyListSizes(JsonNode node) {
		List<Integer> sizes = new ArrayList<>();
		if (node.isArray() && !node.isEmpty()) {
			sizes.add(node.size());
		}
		if (node.isContainer()) {
			node.forEach(child -> sizes.addAll(nonEmptyListSizes(child)));
		}
		return sizes;
	}

}
