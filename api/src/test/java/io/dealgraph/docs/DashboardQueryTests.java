package io.dealgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's own queries, as its script sends them, stay within every limit and answer with
 * data, with no browser needed (DashboardBrowserTests drives the page itself where Chromium is).
 */
class DashboardQueryTests extends ApiTest {

	static final Path SCRIPT = Path.of("src", "main", "resources", "static", "dashboard", "dashboard.js");

	/** The text of a {@code var NAME = '...' + '...';} of the script: its string literals, joined. */
	static String literal(String script, String name) {
		int start = script.indexOf("var " + name + " =");
		int end = script.indexOf(";\n", start);
		Matcher strings = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'").matcher(script.substring(start, end));
		StringBuilder text = new StringBuilder();
		while (strings.find()) {
			text.append(strings.group(1).replace("\\n", "\n").replace("\\'", "'"));
		}
		return text.toString();
	}

	@Test
	void theDashboardsQueries_answerWithData_withinEveryLimit() throws IOException {
		String script = Files.readString(SCRIPT);
		String fragments = literal(script, "TERM") + literal(script, "CITED");
		for (String query : new String[] { literal(script, "DASHBOARD_QUERY") + fragments, literal(script, "AS_OF_QUERY") }) {
			this.statements.reset();
			this.http.post().uri("/graphql").bodyValue(java.util.Map.of("query", query, "variables", java.util.Map.of("asOf", "2026-05-01")))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.errors").doesNotExist()
				.jsonPath("$.data.inForce.edges").isNotEmpty()
				.jsonPath("$.extensions.cost.requestedQueryCost").value(cost -> {
					System.out.printf("Dashboard query: requestedQueryCost %s%n", cost);
					assertThat(((Number) cost).longValue()).isLessThanOrEqualTo(50_000);
				});
			assertThat(this.statements.count()).isLessThanOrEqualTo(5);
		}
	}

}
