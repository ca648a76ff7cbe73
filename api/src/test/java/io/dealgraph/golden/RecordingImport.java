package io.dealgraph.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.support.ProjectDocs;
import tools.jackson.databind.JsonNode;

/**
 * Turns a recording of the test suite ({@code -Dgolden.record}) into golden documents, deduplicated,
 * keeping only the data queries the seeds answer deterministically, and adds the README's GraphQL
 * examples and the example library of {@code schema/examples/}.
 */
final class RecordingImport {

	/** Tests whose requests are about timing, limits, rate, load, faults, logs or the browser, not data. */
	static final List<String> DROPPED_PACKAGES = List.of("io.dealgraph.hardening.", "io.dealgraph.production.",
			"io.dealgraph.browser.", "io.dealgraph.config.ReadReplicaTests");

	static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```");

	private final int port;

	private final Map<String, Integer> dropped = new TreeMap<>();

	RecordingImport(int port) {
		this.port = port;
	}

	void writeTo(Path recording, Path golden) {
		try {
			Map<String, String> recorded = recorded(Files.readAllLines(recording));
			write(golden.resolve("seeds").resolve("recorded"), recorded);
			Map<String, String> readme = readme();
			Map<String, String> examples = examples();
			for (String dataset : List.of("seeds", "sf100")) {
				write(golden.resolve(dataset).resolve("readme"), readme);
				write(golden.resolve(dataset).resolve("examples"), examples);
			}
			System.out.println("golden import: " + recorded.size() + " recorded, " + readme.size() + " README, "
					+ examples.size() + " examples; dropped " + this.dropped);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, String> recorded(List<String> lines) {
		Map<String, String> documents = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> droppedSeen = new LinkedHashSet<>();
		Map<String, Integer> perTest = new HashMap<>();
		for (String line : lines) {
			JsonNode request = JsonDiff.JSON.readTree(line);
			String test = request.path("test").asString();
			String body = body(request.path("query").asString(), request.path("variables"), request.path("operationName"));
			String reason = dropReason(test, request);
			if (reason == null ? !seen.add(body) : !droppedSeen.add(reason + body)) {
				continue;
			}
			String difference = reason == null ? differenceWhenAskedTwice(body) : null;
			if (difference != null) {
				reason = "answers differently when asked twice: " + test + " (" + difference + ")";
			}
			if (reason != null) {
				this.dropped.merge(reason, 1, Integer::sum);
				continue;
			}
			String name = test.substring(test.lastIndexOf('.') + 1).replace('#', '.');
			int n = perTest.merge(name, 1, Integer::sum);
			documents.put(n == 1 ? name : name + "." + n, body);
		}
		return documents;
	}

	private static String dropReason(String test, JsonNode request) {
		for (String prefix : DROPPED_PACKAGES) {
			if (test.startsWith(prefix)) {
				return test.substring(0, test.indexOf('#'));
			}
		}
		if (!request.path("extensions").isEmpty()) {
			return "persisted-query extensions";
		}
		if (request.path("query").isNull() || request.path("query").asString().isBlank()) {
			return "no document";
		}
		return null;
	}

	private String differenceWhenAskedTwice(String body) {
		String first = GoldenAnswersTests.normalized(GoldenAnswersTests.post(this.port, body));
		String second = GoldenAnswersTests.normalized(GoldenAnswersTests.post(this.port, body));
		return first.equals(second) ? null : JsonDiff.firstDifference(first, second);
	}

	static String body(String query, JsonNode variables, JsonNode operationName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (variables != null && variables.isObject() && !variables.isEmpty()) {
			body.put("variables", variables);
		}
		if (operationName != null && operationName.isString()) {
			body.put("operationName", operationName.asString());
		}
		return JsonDiff.JSON.writeValueAsString(body) + "\n";
	}

	/** Each GraphQL block of the README and docs/, as ReadmeExamplesTests posts it. */
	static Map<String, String> readme() throws IOException {
		String readme = ProjectDocs.text();
		Map<String, String> documents = new LinkedHashMap<>();
		Matcher matcher = FENCE.matcher(readme);
		while (matcher.find()) {
			if (matcher.group(1).equals("graphql")) {
				documents.put("readme-" + (documents.size() + 1), body(matcher.group(2), null, null));
			}
		}
		return documents;
	}

	/** The example library as GraphiQL offers it (its query and variables), as ExampleLibraryTests posts it. */
	private Map<String, String> examples() {
		Map<String, String> documents = new LinkedHashMap<>();
		for (JsonNode example : JsonDiff.JSON.readTree(served())) {
			documents.put(example.path("file").asString().replaceFirst("\\.graphql$", ""),
					body(example.path("query").asString(), example.path("variables"), null));
		}
		return documents;
	}

	private String served() {
		try {
			return GoldenAnswersTests.CLIENT
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphiql/examples.json")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Path folder, Map<String, String> documents) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> document : documents.entrySet()) {
			Files.writeString(folder.resolve(document.getKey() + ".json"), document.getValue());
		}
	}

}
