package io.dealgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every GraphQL query in the README runs, answers with data, and matches the response it shows. */
class ReadmeExamplesTests extends ApiTest {

	static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");

	record Example(String query, String expectedResponse) {
	}

	static List<Example> examples() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
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

	@Test
	void everyReadmeQuery_answersWithData_andTheShownResponseIsTheRealOne() throws IOException {
		List<Example> examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		assertThat(examples).filteredOn(e -> e.expectedResponse() != null).isNotEmpty();
		for (Example example : examples) {
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
			String json = new String(body.returnResult().getResponseBody());
			assertThat(json).as(example.query()).doesNotContain("\"errors\"").contains("\"data\":{");
			assertThat(json).as("a non-empty list in the answer to " + example.query()).containsPattern("\\[\\{");
		}
	}

}
