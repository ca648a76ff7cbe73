package io.dealgraph.hardening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.dealgraph.support.ApiTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the API answers with a client error or data: never a 5xx, never a
 * hang, never an internal (exception, driver, stack frame, SQL message) in the body. A seeded
 * generator builds ten thousand hostile requests (re-run one with {@code -Ddealgraph.fuzz.seed}):
 * mutated and flooding documents, and values the compiler decodes and binds, drawn by class
 * (keys named like its own aliases and SQL's words, cursors forged key by key at and past each SQL
 * type's range, ids and cursors holding control characters, dates at the Date scalar's edges,
 * documents within every limit that multiply joins); each must also be answered within a time
 * budget. The attacks public GraphQL APIs defend against each have a test of their own.
 */
class HostileInputTests extends ApiTest {

	static final long SEED = Long.getLong("dealgraph.fuzz.seed", 20260501L);

	static final int REQUESTS = Integer.getInteger("dealgraph.fuzz.requests", 10_000);

	/** Few enough to leave the 2 CPUs of CI to the server, enough to overlap client and server work. */
	static final int SENDERS = 4;

	/** The whole run must fit in this, so that the class stays around three minutes. */
	static final Duration FUZZ_BUDGET = Duration.ofSeconds(150);

	/**
	 * A request answered slower than this is a finding too: on the seeds every answer, refusal or
	 * document within the limits takes milliseconds, so a slow one means work the limits let through.
	 */
	static final Duration TIME_BUDGET = Duration.ofSeconds(5);

	/** A request not answered in this long counts as a hang. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	static final Set<Integer> ALLOWED_STATUSES = Set.of(200, 400, 405, 406, 413, 415);

	/** What only a leaked exception, stack trace or database message would put in a body. */
	static final List<String> INTERNALS = List.of("Exception", "org.postgresql", "org.springframework", "java.",
			"\tat ", "SQLState", "PSQL", "syntax error at or near", "stack");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path EXAMPLES = Path.of("..", "schema", "examples");

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	// ---------------------------------------------------------------------------------------------
	// The generated run
	// ---------------------------------------------------------------------------------------------

	@Test
	void tenThousandGeneratedHostileRequests_getClientErrorsOrData_neverA5xxOrAnInternal() throws Exception {
		List<Base> bases = bases();
		// One seed per request, drawn from the fixed seed: the run is the same whatever order the
		// senders take them in, and any single request can be rebuilt from its index.
		long[] seeds = new Random(SEED).longs(REQUESTS).toArray();
		System.out.printf("Hostile input: seed %d, %d requests, %d senders%n", SEED, REQUESTS, SENDERS);

		Findings findings = new Findings();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		long deadline = start + FUZZ_BUDGET.toNanos();
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		for (int s = 0; s < SENDERS; s++) {
			senders.execute(() -> {
				for (int i = next.getAndIncrement(); i < REQUESTS && System.nanoTime() < deadline; i = next.getAndIncrement()) {
					Probe probe = generate(i, new Random(seeds[i]), bases);
					send(probe, findings);
				}
			});
		}
		senders.shutdown();
		boolean finished = senders.awaitTermination(FUZZ_BUDGET.toSeconds() + REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
		if (!finished) {
			senders.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long sent = findings.sent.sum();
		System.out.printf("  %d requests in %.1f s (%.0f/s)%n", sent, seconds, sent / seconds);
		System.out.printf("  by status: %s%n", findings.statuses());
		System.out.printf("  by kind: %s%n", findings.kinds());
		System.out.println(findings.report());

		// The API is none the worse for it (checked first, so that it is checked whatever was found).
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8);
		assertThat(finished).as("senders stopped by themselves").isTrue();
		assertThat(sent).as("requests sent within %s", FUZZ_BUDGET).isEqualTo(REQUESTS);
		assertThat(findings.violations()).as("violations (seed %d):%n%s", SEED, findings.report()).isEmpty();
	}

	/** One generated request, with what is needed to describe it in a failure. */
	record Probe(int index, String kind, String method, String path, String contentType, String accept, byte[] body,
			boolean chunked) {

		String describe() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.kind + " #" + this.index + " " + this.method + " " + this.path + " [Content-Type: "
					+ this.contentType + ", Accept: " + this.accept + (this.chunked ? ", chunked" : "") + "] "
					+ this.body.length + " bytes: " + abbreviate(text, 160);
		}

	}

	/** Counts per status and kind, and every broken rule with its first examples. */
	static final class Findings {

		final LongAdder sent = new LongAdder();

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();

		final Map<String, LongAdder> violations = new ConcurrentHashMap<>();

		final Map<String, Queue<String>> examples = new ConcurrentHashMap<>();

		void violation(String rule, Probe probe, String answer) {
			this.violations.computeIfAbsent(rule, r -> new LongAdder()).increment();
			Queue<String> queue = this.examples.computeIfAbsent(rule, r -> new ConcurrentLinkedQueue<>());
			if (queue.size() < 3) {
				queue.add(probe.describe() + "\n        -> " + abbreviate(answer, 300));
			}
		}

		Map<Integer, Long> statuses() {
			Map<Integer, Long> counts = new TreeMap<>();
			this.statuses.forEach((status, count) -> counts.put(status, count.sum()));
			return counts;
		}

		Map<String, Long> kinds() {
			Map<String, Long> counts = new TreeMap<>();
			this.kinds.forEach((kind, count) -> counts.put(kind, count.sum()));
			return counts;
		}

		Map<String, Long> violations() {
			Map<String, Long> counts = new TreeMap<>();
			this.violations.forEach((rule, count) -> counts.put(rule, count.sum()));
			return counts;
		}

		String report() {
			StringBuilder report = new StringBuilder();
			violations().forEach((rule, count) -> {
				report.append("  VIOLATION ").append(rule).append(": ").append(count).append(" requests, e.g.\n");
				this.examples.get(rule).forEach(e -> report.append("      ").append(e).append('\n'));
			});
			return report.isEmpty() ? "  no violations" : report.toString();
		}

	}

	void send(Probe probe, Findings findings) {
		URI uri = URI.create("http://localhost:" + this.port + probe.path());
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
		if (probe.contentType() != null) {
			request.header("Content-Type", probe.contentType());
		}
		if (probe.accept() != null) {
			request.header("Accept", probe.accept());
		}
		if (probe.method().equals("GET")) {
			request.GET();
		}
		else if (probe.chunked()) {
			// No Content-Length: the body-size filter has to count the bytes itself.
			request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(probe.body())));
		}
		else {
			request.POST(HttpRequest.BodyPublishers.ofByteArray(probe.body()));
		}
		findings.sent.increment();
		findings.kinds.computeIfAbsent(probe.kind(), k -> new LongAdder()).increment();
		HttpResponse<byte[]> response;
		long started = System.nanoTime();
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (HttpTimeoutException ex) {
			findings.violation("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s (hang)", probe, ex.toString());
			return;
		}
		catch (IOException ex) {
			findings.violation("connection failed", probe, ex.toString());
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		int status = response.statusCode();
		findings.statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
		if (millis > TIME_BUDGET.toMillis()) {
			findings.violation("slower than the time budget of " + TIME_BUDGET.toSeconds() + " s (" + millis + " ms)", probe,
					status + " " + new String(response.body(), StandardCharsets.UTF_8));
		}
		String body = new String(response.body(), StandardCharsets.UTF_8);
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		String answer = status + " " + contentType + " " + body;
		if (status >= 500) {
			findings.violation("5xx status " + status, probe, answer);
		}
		else if (!ALLOWED_STATUSES.contains(status)) {
			findings.violation("status " + status + " is none of " + new TreeSet<>(ALLOWED_STATUSES), probe, answer);
		}
		if (body.isBlank()) {
			findings.violation("empty body (status " + status + "), not JSON", probe, answer);
			return;
		}
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			findings.violation("body is not JSON (status " + status + ", " + contentType + ")", probe, answer);
			leaks(body, probe, findings, answer);
			return;
		}
		if (!(json instanceof ObjectNode object)) {
			findings.violation("body is JSON but not an object (status " + status + ")", probe, answer);
			leaks(body, probe, findings, answer);
			return;
		}
		boolean graphQlShaped = status == 200 || status == 413 || object.has("errors") || object.has("data")
				|| object.has("extensions") || contentType.startsWith("application/graphql-response+json");
		if (graphQlShaped && !object.has("errors") && !object.has("data")) {
			findings.violation("GraphQL answer with neither errors nor data (status " + status + ")", probe, answer);
		}
		if ((status == 200 || status == 400) && object.has("errors") && !object.get("errors").isArray()) {
			findings.violation("\"errors\" is not a list", probe, answer);
		}
		for (JsonNode error : object.path("errors")) {
			// INTERNAL_ERROR is this API's 500 inside a 200: a hostile input must be a client error.
			if ("INTERNAL_ERROR".equals(error.path("extensions").path("classification").asString(""))) {
				findings.violation("INTERNAL_ERROR classification for client input", probe, answer);
				break;
			}
		}
		// The data is the curated corpus, which may say anything ("hardware stacks" is in an article);
		// internals would leak through errors, extensions or a non-GraphQL body. Both the JSON text
		// and the decoded strings are searched: a tab in a stack frame is "\\t" in the former.
		ObjectNode withoutData = object.deepCopy();
		withoutData.remove("data");
		StringBuilder text = new StringBuilder(withoutData.toString());
		strings(withoutData, text);
		leaks(text.toString(), probe, findings, answer);
	}

	/** Every property name and string value in the tree, decoded, one per line. */
	static void strings(JsonNode node, StringBuilder into) {
		if (node.isString()) {
			into.append('\n').append(node.stringValue());
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			into.append('\n').append(property.getKey());
		}
		for (JsonNode child : node.values()) {
			strings(child, into);
		}
	}

	static void leaks(String text, Probe probe, Findings findings, String answer) {
		for (String internal : INTERNALS) {
			if (text.contains(internal)) {
				findings.violation("body leaks '" + internal.replace("\t", "\\t") + "'", probe, answer);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------
	// The generator
	// ---------------------------------------------------------------------------------------------

	/** A valid document and its variables, the raw material of mutations. */
	record Base(String name, String query, Map<String, Object> variables) {
	}

	static List<Base> bases() throws IOException {
		List<Base> bases = new ArrayList<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String text = Files.readString(file);
				Map<String, Object> variables = new LinkedHashMap<>();
				for (String line : text.lines().toList()) {
					if (line.startsWith("# variables:")) {
						variables = JSON.readValue(line.substring("# variables:".length()), Map.class);
					}
				}
				bases.add(new Base(file.getFileName().toString(), text, variables));
			}
		}
		assertThat(bases).as("example documents").hasSize(7);
		bases.add(new Base("deals", "{ deals(first: 5, orderBy: {field: TITLE, direction: DESC}) { totalCount "
				+ "pageInfo { endCursor } nodes { id slug title parties { nodes { role organization { name } } } } } }", Map.of()));
		bases.add(new Base("organization", "query Org($slug: String!) { organization(slug: $slug) { name tickers "
				+ "commitmentsMade(first: 5) { nodes { description quantity { amount unit } } } } }", Map.of("slug", "amazon")));
		bases.add(new Base("node", "query N($id: ID!) { node(id: $id) { id ... on Deal { title } } }",
				Map.of("id", "RGVhbDpzdGFyZ2F0ZQ")));
		bases.add(new Base("filters", "{ organizations(filter: {nameContains: \"open\"}) { nodes { slug } } "
				+ "statements(filter: {outlet: \"cnbc\"}) { nodes { quote } } }", Map.of()));
		return bases;
	}

	static final String[] PUNCTUATION = { "{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "=", "|", "&", ",",
			"\"", "#" };

	static final String[] KEYWORDS = { "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
			"schema", "type", "input", "enum", "directive", "extend", "scalar", "union", "interface", "implements",
			"repeatable" };

	static final String[] NAMES = { "deals", "deal", "slug", "title", "first", "after", "filter", "organization",
			"organizations", "nodes", "edges", "node", "id", "totalCount", "pageInfo", "search", "timeline",
			"commitments", "citations", "parent", "subDeals", "__schema", "__type", "__typename", "ofType", "fields",
			"name", "include", "skip", "if", "Deal", "Query", "String", "Int", "ID", "Date", "Decimal" };

	static final String[] LITERALS = { "0", "-1", "1e30", "99999999999999999999", "1.5", "0x1F", "\"x\"",
			"\"\"\"block\"\"\"", "\"unterminated", "\"\\u0000\"", "\"\\uD800\"", "\"\\u{1F600}\"", "\"\\q\"", "$v",
			"\"' or 1=1 --\"", "-0", "1e", "\"\"" };

	/** SQL, NoSQL, template, HTML and path injections, and characters PostgreSQL treats specially. */
	static final String[] INJECTIONS = { "' or 1=1 --", "'; drop table deal; --", "\" or \"\"=\"",
			"1' union select usename, passwd from pg_shadow --", "' || pg_sleep(5) || '", "%", "_", "\\", "%%'",
			"$1", "?", "{\"$gt\": \"\"}", "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"${7*7}", "{{7*7}}", "../../../../etc/passwd", "\u0000", "a\u0000b", "\u202Eevil", "a:b", "*:*", "!", "&",
			"|", "<->", ":*", "() or", "\"unterminated", "' OR '1'='1' /*", "\\x00", "\\\\", "\u0007\u001b[31m",
			"\uFEFF", "null", "undefined", "NaN", "-1", "\r\nX-Injected: 1", "é中😀", "a".repeat(201),
			"' or ".repeat(50) };

	static final String[] STRING_ARGUMENTS = { "deal(slug: %s) { slug }", "organization(slug: %s) { name }",
			"organizationByName(name: %s) { slug }", "person(slug: %s) { name }",
			"search(query: %s) { totalCount suggestions }", "organizations(filter: {nameContains: %s}) { totalCount }",
			"deals(filter: {organization: %s}) { totalCount }", "deals(filter: {outlet: %s}) { totalCount }",
			"statements(filter: {outlet: %s}) { totalCount }", "people(organization: %s) { totalCount }",
			"node(id: %s) { id }", "deals(after: %s) { totalCount }", "timeline(organizations: [%s]) { totalCount }",
			"commitments(filter: {committer: %s}) { totalCount }", "sources(filter: {publisher: %s}) { totalCount }",
			"exclusivityTerms(filter: {holder: %s}) { totalCount }", "events(filter: {deal: %s}) { totalCount }" };

	static final String[] STRING_VARIABLE_TYPES = { "String!", "String!", "String!", "String!", "String!",
			"String", "String", "String", "String", "String", "ID!", "String", "String!", "String", "String", "String",
			"String" };

	static final String[] CONTENT_TYPES = { "text/plain", "application/xml", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x", "application/graphql", "application/json; charset=utf-16",
			"application/jsonx", "*/*", "a/b/c", "text/html", "application/octet-stream", null };

	static final String[] ACCEPTS = { "text/html", "application/xml", "text/plain", "image/png",
			"application/graphql-response+json", "*/*", ";;;", "application/json;q=0", null };

	/** Picks a kind by weight and builds the request: the same index and seed always build the same bytes. */
	static Probe generate(int index, Random r, List<Base> bases) {
		int roll = r.nextInt(100);
		if (roll < 18) {
			return mutated(index, r, bases);
		}
		if (roll < 26) {
			return json(index, "token soup", "{\"query\":" + string(tokenSoup(r)) + "}");
		}
		if (roll < 31) {
			return huge(index, r);
		}
		if (roll < 37) {
			return deep(index, r);
		}
		if (roll < 42) {
			return aliasFlood(index, r);
		}
		if (roll < 46) {
			return directiveFlood(index, r);
		}
		if (roll < 52) {
			return controlCharacters(index, r, bases);
		}
		if (roll < 60) {
			return injection(index, r);
		}
		if (roll < 66) {
			return enormousNumbers(index, r);
		}
		if (roll < 71) {
			return wrongVariableTypes(index, r, bases);
		}
		if (roll < 75) {
			return invalidJson(index, r, bases);
		}
		if (roll < 78) {
			return batched(index, r, bases);
		}
		if (roll < 80) {
			return missingQuery(index, r);
		}
		if (roll < 84) {
			return compilersOwnNames(index, r);
		}
		if (roll < 89) {
			return forgedCursor(index, r);
		}
		if (roll < 92) {
			return forgedId(index, r);
		}
		if (roll < 95) {
			return dateAtTheEdges(index, r);
		}
		if (roll < 97) {
			return joinMultiplier(index, r);
		}
		return wrongTransport(index, r, bases);
	}

	/** One variable, whose value may be null (which Map.of refuses). */
	static Map<String, Object> variable(String name, Object value) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(name, value);
		return variables;
	}

	static Probe json(int index, String kind, String body) {
		return new Probe(index, kind, "POST", "/graphql", "application/json", null, body.getBytes(StandardCharsets.UTF_8), false);
	}

	static Probe request(int index, String kind, String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		return json(index, kind, write(body));
	}

	/** A valid query, damaged: characters inserted, deleted or swapped, a token doubled, or cut short. */
	static Probe mutated(int index, Random r, List<Base> bases) {
		Base base = bases.get(r.nextInt(bases.size()));
		StringBuilder query = new StringBuilder(base.query());
		int mutations = 1 + r.nextInt(5);
		for (int m = 0; m < mutations && query.length() > 0; m++) {
			int at = r.nextInt(query.length());
			switch (r.nextInt(5)) {
				case 0 -> query.insert(at, randomCharacter(r));
				case 1 -> query.delete(at, Math.min(query.length(), at + 1 + r.nextInt(10)));
				case 2 -> {
					if (at + 1 < query.length()) {
						char c = query.charAt(at);
						query.setCharAt(at, query.charAt(at + 1));
						query.setCharAt(at + 1, c);
					}
				}
				case 3 -> {
					Matcher token = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[{}()\\[\\]:!$@]").matcher(query);
					if (token.find(at)) {
						String copy = token.group();
						int times = 1 + r.nextInt(r.nextBoolean() ? 3 : 300);
						query.insert(token.end(), (" " + copy).repeat(times));
					}
				}
				default -> query.setLength(at);
			}
		}
		return request(index, "mutated query", query.toString(), base.variables());
	}

	static String randomCharacter(Random r) {
		String pool = "{}()[]:!$@.=|&,\"\\#\n\t \r abcdefghiklmnopqrxyzDQ0123456789_";
		return switch (r.nextInt(6)) {
			case 0 -> String.valueOf((char) r.nextInt(0x20));
			case 1 -> String.valueOf((char) 0x7F);
			case 2 -> new String[] { "é", "中", "😀", "\uFEFF", "\u2028", "\uD800", "\uFFFF" }[r.nextInt(7)];
			default -> String.valueOf(pool.charAt(r.nextInt(pool.length())));
		};
	}

	static String tokenSoup(Random r) {
		int count = 1 + r.nextInt(r.nextInt(10) == 0 ? 6000 : 300);
		StringBuilder soup = new StringBuilder(r.nextBoolean() ? "{ " : "");
		for (int t = 0; t < count; t++) {
			soup.append(switch (r.nextInt(5)) {
				case 0 -> PUNCTUATION[r.nextInt(PUNCTUATION.length)];
				case 1 -> KEYWORDS[r.nextInt(KEYWORDS.length)];
				case 2 -> NAMES[r.nextInt(NAMES.length)];
				case 3 -> LITERALS[r.nextInt(LITERALS.length)];
				default -> identifier(r);
			});
			soup.append(new String[] { " ", "\n", "\t", ",", "" }[r.nextInt(5)]);
		}
		return soup.toString();
	}

	/** A random name; without s and j it can never spell one of the internals looked for in answers. */
	static String identifier(Random r) {
		String letters = "abcdefghiklmnopqrtuvwxyz_";
		StringBuilder name = new StringBuilder();
		for (int i = 1 + r.nextInt(8); i > 0; i--) {
			name.append(letters.charAt(r.nextInt(letters.length())));
		}
		return name.toString();
	}

	/** Strings around the character limit (20,000) and the body limit (65,536 bytes), inside documents and variables. */
	static Probe huge(int index, Random r) {
		int length = switch (r.nextInt(4)) {
			case 0 -> 1_000 + r.nextInt(19_000);
			case 1 -> 19_000 + r.nextInt(2_000);
			case 2 -> 60_000 + r.nextInt(10_000);
			default -> 70_000 + r.nextInt(130_000);
		};
		String text = filler(r, length);
		return switch (r.nextInt(5)) {
			case 0 -> request(index, "huge string", "{ deal(slug: " + graphQlString(text) + ") { slug } }", null);
			case 1 -> request(index, "huge string", "query Q($t: String!) { search(query: $t) { totalCount } deal(slug: $t) { slug } }",
					Map.of("t", text));
			case 2 -> request(index, "huge string", "{ deals { totalCount } } #" + text, null);
			case 3 -> request(index, "huge string", "{ deals { totalCount } }", Map.of("padding", text));
			default -> {
				Probe probe = request(index, "huge string (chunked)", "query Q($t: String) { organizations(filter: {nameContains: $t}) { totalCount } }",
						Map.of("t", text));
				yield new Probe(index, probe.kind(), "POST", "/graphql", "application/json", null, probe.body(), true);
			}
		};
	}

	static String filler(Random r, int length) {
		String[] pieces = { "a", "b", " ", "x", "é", "中", "😀", "{", "'", "-" };
		StringBuilder text = new StringBuilder(length);
		String piece = pieces[r.nextInt(pieces.length)];
		while (text.length() < length) {
			if (r.nextInt(50) == 0) {
				piece = pieces[r.nextInt(pieces.length)];
			}
			text.append(piece);
		}
		return text.toString();
	}

	/** Brace floods, deep field chains, deeply nested list and object values, in documents and in JSON. */
	static Probe deep(int index, Random r) {
		int depth = 1 + r.nextInt(r.nextBoolean() ? 40 : 8_000);
		return switch (r.nextInt(7)) {
			case 0 -> request(index, "deep nesting", "{".repeat(depth) + (r.nextBoolean() ? "}".repeat(depth) : ""), null);
			case 1 -> request(index, "deep nesting", "{ deal(slug: \"stargate\") " + "{ parent ".repeat(depth) + "{ slug }"
					+ " }".repeat(depth) + " }", null);
			case 2 -> request(index, "deep nesting", "{ deals(first: 1) " + "{ nodes { subDeals(first: 1) ".repeat(depth)
					+ "{ totalCount }" + " } }".repeat(depth) + " }", null);
			case 3 -> request(index, "deep nesting", "{ nodes(ids: " + "[".repeat(depth) + "\"RGVhbDpzdGFyZ2F0ZQ\""
					+ "]".repeat(depth) + ") { id } }", null);
			case 4 -> request(index, "deep nesting", "{ deals(filter: " + "{organization: ".repeat(depth) + "\"x\""
					+ "}".repeat(depth) + ") { totalCount } }", null);
			case 5 -> request(index, "deep nesting", "{ " + "... on Query { ".repeat(depth) + "deals { totalCount }"
					+ " }".repeat(depth) + " }", null);
			default -> json(index, "deep nesting", "{\"query\":\"query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }\","
					+ "\"variables\":{\"ids\":" + "[".repeat(depth) + "\"RGVhbDpzdGFyZ2F0ZQ\"" + "]".repeat(depth) + "}}");
		};
	}

	/** Up to 1,000 aliases of one field: nested, at the root, of __typename and inside introspection. */
	static Probe aliasFlood(int index, Random r) {
		int count = 1 + r.nextInt(1_000);
		String field = switch (r.nextInt(4)) {
			case 0 -> "slug";
			case 1 -> "deals(first: 1) { totalCount }";
			case 2 -> "__typename";
			default -> "name";
		};
		String aliases = IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" "));
		String query = switch (field) {
			case "slug" -> "{ deal(slug: \"stargate\") { " + aliases + " } }";
			case "name" -> "{ __type(name: \"Deal\") { " + aliases + " } }";
			default -> "{ " + aliases + " }";
		};
		return request(index, "alias flood", query, null);
	}

	/** Hundreds of the same directive on one field, on the operation and on fragments. */
	static Probe directiveFlood(int index, Random r) {
		int count = 1 + r.nextInt(800);
		String directive = new String[] { "@include(if: true)", "@skip(if: false)", "@include(if: $v)", "@cached",
				"@deprecated" }[r.nextInt(5)];
		String flood = (directive + " ").repeat(count);
		String query = switch (r.nextInt(3)) {
			case 0 -> "query Q($v: Boolean = true) { deals " + flood + "{ totalCount } }";
			case 1 -> "query Q($v: Boolean = true) " + flood + "{ deals { totalCount } }";
			default -> "query Q($v: Boolean = true) { deals { ...F " + flood + "} } fragment F on DealConnection " + flood
					+ "{ totalCount }";
		};
		return request(index, "directive flood", query, Map.of("v", true));
	}

	/** Null bytes and other control characters: escaped in JSON, raw (invalid JSON), in GraphQL strings, in variables. */
	/** The names the compiler gives its aliases and columns, and SQL's words: a client may choose any as a key. */
	static final String[] COMPILER_NAMES = { "t", "r", "z", "n", "a", "q", "c", "x", "o", "g", "s", "p", "d", "w", "e", "k",
			"sp", "ss", "so", "eo", "oc", "os", "ca", "cb", "l", "i", "dp" };

	static final String[] SQL_WORDS = { "select", "from", "where", "order", "group", "having", "limit", "offset", "join",
			"lateral", "union", "row", "cursor", "cursors", "ord", "fetched", "sort_0", "sort_1", "in_force", "l0", "l1", "c0",
			"id", "value", "v", "true", "null", "user", "current_user", "table" };

	static final String[] KEYED_FIELDS = { "slug", "title", "id", "kind", "status", "__typename" };

	/** Keys named like the compiler's own aliases (t1, r2, z4, ...) or SQL's words, within the alias limit. */
	static Probe compilersOwnNames(int index, Random r) {
		// Distinct keys: one key on two different fields is a validation error, not what this probes.
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		for (int i = 0, n = 1 + r.nextInt(25); i < n; i++) {
			keys.add(r.nextBoolean() ? COMPILER_NAMES[r.nextInt(COMPILER_NAMES.length)] + (1 + r.nextInt(40))
					: SQL_WORDS[r.nextInt(SQL_WORDS.length)]);
		}
		StringBuilder selection = new StringBuilder();
		for (String key : keys) {
			selection.append(key).append(": ").append(KEYED_FIELDS[r.nextInt(KEYED_FIELDS.length)]).append(' ');
		}
		String[] shapes = { "{ deal(slug: \"stargate\") { %s} }", "{ deals(first: 2) { nodes { %s} } }",
				"{ deals(first: 2) { edges { node { %s} } } }", "{ organization(slug: \"openai\") { deals(first: 2) { nodes { %s} } } }" };
		return request(index, "compiler's names as keys", shapes[r.nextInt(shapes.length)].formatted(selection), null);
	}

	/** A connection, an order it is sorted by, and the SQL types of that order's keys. */
	record Sorted(String field, String order, List<String> keyTypes) {
	}

	static final List<Sorted> SORTED = List.of(new Sorted("deals(first: 2, after: $after)", "ANNOUNCED:ASC", List.of("date")),
			new Sorted("deals(first: 2, after: $after, orderBy: {field: TITLE, direction: DESC})", "TITLE:DESC", List.of("text")),
			new Sorted("commitments(first: 2, after: $after, orderBy: {field: AMOUNT, direction: ASC})", "AMOUNT:ASC",
					List.of("text", "numeric")),
			new Sorted("search(query: \"Trainium\", first: 2, after: $after)", "SCORE:DESC", List.of("real")),
			new Sorted("source(slug: \"cloud-politics-heat-up\") { citations(first: 2, after: $after)", "SOURCE_POSITION:ASC",
					List.of("bigint", "integer")),
			new Sorted("organizations(first: 2, after: $after)", "NAME:ASC", List.of("text")));

	/** Values at and past the range of each SQL type, in and out of the form PostgreSQL writes. */
	static final Map<String, String[]> EDGES = Map.of(
			"date", new String[] { "0000-01-01", "+10000-01-01", "-0001-01-01", "0001-01-01", "9999-12-31", "infinity",
					"-infinity", "2026-02-29", "2026-13-01", "5874898-01-01", "2026-1-1", " 2026-01-01" },
			"numeric", new String[] { "1e999999999", "9999999999999999.9999", "99999999999999999", "-0", "NaN", "Infinity",
					"1.23456", ".5", "1e3", "0x10" },
			"real", new String[] { "1.5f", "2d", "1e99", "3.4028235E38", "1e-50", "NaN", "-0", "Infinity", "1e", "0.1" },
			"integer", new String[] { "2147483647", "2147483648", "-2147483649", "+1", "1.0", "0x7fffffff" },
			"bigint", new String[] { "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e3" },
			"text", new String[] { "\u0000", "a\u0000b", "\u001f", "\u001e", "x\u001eF", "\u001eN", "\u001eZ", "", "'", "\\" });

	static final String[] IDS = { "1", "0", "-1", "9223372036854775807", "9223372036854775808", "x", "" };

	/** A cursor built as ours are, each key replaced by a value at or past its type's range, or by a control character. */
	static Probe forgedCursor(int index, Random r) {
		Sorted sorted = SORTED.get(r.nextInt(SORTED.size()));
		List<String> values = new ArrayList<>();
		for (String type : sorted.keyTypes()) {
			String[] edges = r.nextInt(4) == 0 ? EDGES.get("text") : EDGES.get(type);
			values.add(edges[r.nextInt(edges.length)]);
		}
		String id = r.nextInt(3) == 0 ? IDS[r.nextInt(IDS.length)] : String.valueOf(1 + r.nextInt(20));
		String order = r.nextInt(10) == 0 ? sorted.order() + "\u0000" : sorted.order();
		String raw = "v1\u001f" + order + "\u001f" + String.join("\u001f", values) + "\u001f" + id;
		String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		String field = sorted.field();
		String query = "query($after: String) { " + field + " { totalCount pageInfo { hasPreviousPage endCursor } nodes { __typename } }"
				+ (field.startsWith("source") ? " }" : "") + " }";
		return request(index, "forged cursor", query, variable("after", cursor));
	}

	/** Global ids whose type or slug holds control characters, or that decode to nothing of ours. */
	static Probe forgedId(int index, Random r) {
		String[] raws = { "Deal:a\u0000b", "Deal:\u0000", "Deal:stargate\u0000", "\u0000:stargate", "Deal:\u001f", "Deal:x\u001ey",
				"Deal:", ":stargate", "Deal", "Organization:openai\n", "Query:x", "PageInfo:x", "Deal:" + "a".repeat(300) };
		String raw = raws[r.nextInt(raws.length)];
		String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		return r.nextBoolean() ? request(index, "forged id", "query($id: ID!) { node(id: $id) { id } }", variable("id", id))
				: request(index, "forged id", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
						variable("ids", List.of("RGVhbDpzdGFyZ2F0ZQ", id)));
	}

	static final String[] DAYS = { "0001-01-01", "9999-12-31", "0000-12-31", "+10000-01-01", "+5874898-01-01", "-4713-11-24",
			"-0001-01-01", "1970-01-01", "2026-02-29", "2024-02-29", "2026-04-31", "99999-01-01", "+9999-12-31" };

	static final String[] DATED = { "deals(asOf: $day, first: 1) { totalCount }", "deal(slug: \"stargate\") { inForce(on: $day) }",
			"timeline(from: $day) { totalCount }", "timeline(to: $day) { totalCount }", "commitments(filter: {to: $day}) { totalCount }",
			"commitments(filter: {from: $day}, asOf: $day) { totalCount }", "organization(slug: \"microsoft\") { exclusivityHeld(asOf: $day) { totalCount } }",
			"activity(of: EVENTS, by: MONTH, from: $day) { notPlaced }", "sources(filter: {publishedFrom: $day}) { totalCount }",
			"exclusivityTerms(asOf: $day) { edges { inForce } }" };

	/** Dates at and past the edges of the Date scalar, wherever a field takes one. */
	static Probe dateAtTheEdges(int index, Random r) {
		String day = DAYS[r.nextInt(DAYS.length)];
		String field = DATED[r.nextInt(DATED.length)];
		return r.nextBoolean() ? request(index, "date at the edges", "query($day: Date!) { " + field + " }", variable("day", day))
				: request(index, "date at the edges", "{ " + field.replace("$day", "\"" + day + "\"") + " }", null);
	}

	/** Documents within every limit that multiply joins: ids over a fragment of nested pages asOf a day past a cursor. */
	static Probe joinMultiplier(int index, Random r) {
		String[] slugs = { "stargate", "amazon-openai-partnership", "microsoft-openai-partnership", "no-such-deal" };
		List<String> ids = new ArrayList<>();
		for (int i = 0, n = 1 + r.nextInt(r.nextBoolean() ? 5 : 100); i < n; i++) {
			ids.add(java.util.Base64.getUrlEncoder().withoutPadding()
				.encodeToString(("Deal:" + slugs[r.nextInt(slugs.length)]).getBytes(StandardCharsets.UTF_8)));
		}
		String page = "(first: " + (1 + r.nextInt(3)) + (r.nextBoolean() ? ", asOf: \"2026-04-01\"" : "") + ")";
		String extras = (r.nextBoolean() ? " totalCount" : "") + (r.nextBoolean() ? " pageInfo { hasPreviousPage endCursor }" : "");
		String inner = r.nextBoolean() ? "slug" : "slug parties(first: 2) { nodes { organization { deals" + page + " {" + extras
				+ " nodes { slug } } } } }";
		String fragment = "fragment D on Deal { parties(first: 2) { nodes { organization { deals" + page + " {" + extras
				+ " nodes { " + inner + " } } commitmentsMade" + page + " {" + extras + " nodes { slug } } } } } }";
		return request(index, "join multiplier", "query($ids: [ID!]!) { nodes(ids: $ids) { ...D } } " + fragment,
				variable("ids", ids));
	}

	static Probe controlCharacters(int index, Random r, List<Base> bases) {
		String control = String.valueOf((char) (r.nextInt(4) == 0 ? 0 : r.nextInt(0x20)));
		String controls = IntStream.range(0, 1 + r.nextInt(20))
			.mapToObj(i -> String.valueOf((char) r.nextInt(0x20)))
			.collect(Collectors.joining());
		int argument = r.nextInt(STRING_ARGUMENTS.length);
		return switch (r.nextInt(6)) {
			case 0 -> {
				String query = bases.get(r.nextInt(bases.size())).query();
				int at = r.nextInt(query.length());
				yield request(index, "control characters", query.substring(0, at) + controls + query.substring(at), null);
			}
			case 1 -> {
				// Raw control characters inside a JSON string: invalid JSON.
				byte[] body = ("{\"query\":\"{ deals" + controls + " { totalCount } }\"}").getBytes(StandardCharsets.UTF_8);
				yield new Probe(index, "control characters (raw)", "POST", "/graphql", "application/json", null, body, false);
			}
			case 2 -> request(index, "control characters", "{ " + STRING_ARGUMENTS[argument].formatted(graphQlString("a" + control + "b")) + " }", null);
			case 3 -> request(index, "control characters", "query Q($v: " + STRING_VARIABLE_TYPES[argument] + ") { "
					+ STRING_ARGUMENTS[argument].formatted("$v") + " }", Map.of("v", controls + "stargate" + control));
			case 4 -> json(index, "control characters", "{\"query\":\"{ deals { totalCount } }\",\"operationName\":"
					+ string("Q" + control) + ",\"variables\":{" + string(controls) + ":1}}");
			default -> {
				// A byte-order mark, then bytes that are no UTF-8 at all.
				byte[] prefix = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
				byte[] invalid = { (byte) 0xC0, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
				byte[] query = "{\"query\":\"{ deals { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);
				byte[] body = new byte[prefix.length + query.length + invalid.length];
				System.arraycopy(prefix, 0, body, 0, prefix.length);
				System.arraycopy(query, 0, body, prefix.length, query.length - 3);
				System.arraycopy(invalid, 0, body, prefix.length + query.length - 3, invalid.length);
				System.arraycopy(query, query.length - 3, body, prefix.length + query.length - 3 + invalid.length, 3);
				yield new Probe(index, "control characters (bytes)", "POST", "/graphql", "application/json", null, body, false);
			}
		};
	}

	/** Injection strings in every string argument, as literals and as variables. */
	static Probe injection(int index, Random r) {
		String value = INJECTIONS[r.nextInt(INJECTIONS.length)];
		int argument = r.nextInt(STRING_ARGUMENTS.length);
		if (r.nextBoolean()) {
			return request(index, "injection", "{ " + STRING_ARGUMENTS[argument].formatted(graphQlString(value)) + " }", null);
		}
		return request(index, "injection", "query Q($v: " + STRING_VARIABLE_TYPES[argument] + ") { "
				+ STRING_ARGUMENTS[argument].formatted("$v") + " }", Map.of("v", value));
	}

	/** Page sizes, amounts, dates and id lists far outside their range, as literals and as JSON numbers. */
	static Probe enormousNumbers(int index, Random r) {
		String[] numbers = { "1e30", "99999999999999999999", "-1", "0", "2147483647", "2147483648", "-2147483648",
				"-2147483649", "1.5", "\"10\"", "1e-30", "NaN", "Infinity", "-0", "9".repeat(1 + r.nextInt(3_000)) };
		String number = numbers[r.nextInt(numbers.length)];
		String[] decimals = { "1e999999999", "-1e-999999999", "1e2147483648", "NaN", "Infinity", "0x10", "",
				"9".repeat(1 + r.nextInt(3_000)), "1" + "0".repeat(r.nextInt(2_000)), "-0.000000001", "1e131072" };
		String decimal = decimals[r.nextInt(decimals.length)];
		String[] dates = { "9999-12-31", "0000-01-01", "-999999999-01-01", "+1000000-01-01", "2026-02-30", "2026-1-1",
				"20260101", "" };
		String date = dates[r.nextInt(dates.length)];
		return switch (r.nextInt(7)) {
			case 0 -> request(index, "enormous numbers", "{ deals(first: " + number + ") { totalCount } }", null);
			case 1 -> request(index, "enormous numbers", "{ deals(first: 100) { nodes { parties(first: " + number
					+ ") { nodes { organization { deals(first: " + number + ") { nodes { slug } } } } } } } }", null);
			case 2 -> json(index, "enormous numbers", "{\"query\":\"query Q($n: Int) { search(query: \\\"openai\\\", first: $n) { totalCount } "
					+ "timeline(first: $n) { totalCount } }\",\"variables\":{\"n\":" + (number.startsWith("\"") || number.matches("[-0-9.e]+") ? number : string(number)) + "}}");
			case 3 -> request(index, "enormous numbers", "{ commitments(filter: {unit: USD, amountMin: " + graphQlString(decimal)
					+ "}) { totalCount } commitmentTotals(filter: {unit: GW, amountMax: " + graphQlString(decimal) + "}) { withoutAmount } }", null);
			case 4 -> request(index, "enormous numbers", "query Q($d: Decimal) { commitments(filter: {unit: USD, amountMax: $d}) { totalCount } }",
					Map.of("d", decimal));
			case 5 -> request(index, "enormous numbers", "{ deals(asOf: " + graphQlString(date) + ") { totalCount } timeline(from: "
					+ graphQlString(date) + ") { totalCount } exclusivityTerm(slug: \"microsoft-exclusive-openai-ip-license\") { inForce(on: "
					+ graphQlString(date) + ") } }", null);
			default -> request(index, "enormous numbers", "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }",
					Map.of("ids", IntStream.range(0, r.nextInt(3_000)).mapToObj(i -> "RGVhbDpzdGFyZ2F0ZQ").toList()));
		};
	}

	/** Variables of the wrong JSON type, variables declared with the wrong GraphQL type, missing or unknown variables. */
	static Probe wrongVariableTypes(int index, Random r, List<Base> bases) {
		Object[] values = { 123, 1.5, true, null, List.of(), Map.of(), List.of("a"), Map.of("a", 1), "", "2026-04-01",
				List.of(List.of(List.of())), Map.of("$gt", ""), Long.MAX_VALUE, "RGVhbDpzdGFyZ2F0ZQ" };
		Base base = bases.get(r.nextInt(bases.size()));
		Object value = values[r.nextInt(values.length)];
		return switch (r.nextInt(4)) {
			case 0 -> {
				Map<String, Object> variables = new LinkedHashMap<>();
				for (String name : List.of("day", "slug", "text", "id")) {
					variables.put(name, values[r.nextInt(values.length)]);
				}
				yield request(index, "wrong variable types", base.query(), variables);
			}
			case 1 -> {
				String type = new String[] { "String", "Int!", "[[Int!]!]!", "Deal", "DealFilter!", "Boolean", "[ID]", "Nope", "Date" }[r.nextInt(9)];
				yield request(index, "wrong variable types", "query Q($v: " + type + ") { deals(first: $v, after: $v) { totalCount } deal(slug: $v) { slug } }",
						variable("v", value));
			}
			case 2 -> request(index, "wrong variable types", "query Q($f: DealFilter) { deals(filter: $f) { totalCount } }",
					variable("f", variable(new String[] { "kind", "role", "announcedFrom", "organization", "unknown" }[r.nextInt(5)], value)));
			default -> json(index, "wrong variable types", "{\"query\":" + string(base.query()) + ",\"variables\":"
					+ new String[] { "\"abc\"", "[1,2]", "42", "true", "null", "{\"day\":{\"day\":{}}}" }[r.nextInt(6)] + "}");
		};
	}

	/** Truncated, padded and malformed JSON, and bodies that are no JSON at all. */
	static Probe invalidJson(int index, Random r, List<Base> bases) {
		String valid = write(Map.of("query", bases.get(r.nextInt(bases.size())).query()));
		String body = switch (r.nextInt(10)) {
			case 0 -> valid.substring(0, r.nextInt(valid.length()));
			case 1 -> valid + "}".repeat(1 + r.nextInt(3)) + "garbage";
			case 2 -> valid.replace('"', '\'');
			case 3 -> "{query: \"{ deals { totalCount } }\"}";
			case 4 -> "{\"query\": \"{ deals { totalCount } }\" /* comment */}";
			case 5 -> new String[] { "null", "true", "42", "\"{ deals { totalCount } }\"", "", " ", "{", "}" }[r.nextInt(8)];
			case 6 -> "{\"query\": \"{ deals { totalCount } }\", \"variables\": {\"n\": NaN}}";
			case 7 -> "{\"query\": \"{ deals { totalCount } }\", \"query\": \"{ deal(slug: \\\"stargate\\\") { slug } }\"}";
			case 8 -> "{\"query\": \"\\u12\"}";
			default -> {
				StringBuilder noise = new StringBuilder();
				for (int i = r.nextInt(2_000); i > 0; i--) {
					noise.append((char) (0x20 + r.nextInt(0x5F)));
				}
				yield noise.toString();
			}
		};
		return json(index, "invalid JSON", body);
	}

	/** JSON arrays of requests, as batching clients send them. */
	static Probe batched(int index, Random r, List<Base> bases) {
		int count = r.nextInt(50);
		String items = IntStream.range(0, count)
			.mapToObj(i -> r.nextInt(5) == 0 ? "42" : write(Map.of("query", bases.get(r.nextInt(bases.size())).query())))
			.collect(Collectors.joining(","));
		return json(index, "batched array", r.nextInt(10) == 0 ? "[[" + items + "]]" : "[" + items + "]");
	}

	/** Bodies without a usable query. */
	static Probe missingQuery(int index, Random r) {
		String[] bodies = { "{}", "{\"variables\":{}}", "{\"query\":null}", "{\"query\":\"\"}", "{\"query\":\"   \"}",
				"{\"operationName\":\"X\"}", "{\"query\":5}", "{\"query\":[\"{ deals { totalCount } }\"]}",
				"{\"query\":{\"a\":1}}", "{\"extensions\":{}}", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"00\"}}}",
				"{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"00\"}}}",
				"{\"extensions\":{\"persistedQuery\":\"x\"}}", "{\"Query\":\"{ deals { totalCount } }\"}",
				"{\"query\":\"# only a comment\"}" };
		return json(index, "missing query", bodies[r.nextInt(bodies.length)]);
	}

	/** The wrong method, content type or Accept header for a valid query. */
	static Probe wrongTransport(int index, Random r, List<Base> bases) {
		Base base = bases.get(r.nextInt(bases.size()));
		String body = write(Map.of("query", base.query()));
		return switch (r.nextInt(3)) {
			case 0 -> new Probe(index, "wrong method", "GET", "/graphql?query="
					+ URLEncoder.encode("{ deals { totalCount } }", StandardCharsets.UTF_8), null,
					r.nextBoolean() ? "application/json" : null, new byte[0], false);
			case 1 -> {
				String contentType = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
				String payload = "application/x-www-form-urlencoded".equals(contentType)
						? "query=" + URLEncoder.encode(base.query(), StandardCharsets.UTF_8) : body;
				yield new Probe(index, "wrong content type", "POST", "/graphql", contentType, null,
						payload.getBytes(StandardCharsets.UTF_8), false);
			}
			default -> new Probe(index, "wrong accept", "POST", "/graphql", "application/json",
					ACCEPTS[r.nextInt(ACCEPTS.length)], body.getBytes(StandardCharsets.UTF_8), false);
		};
	}

	// ---------------------------------------------------------------------------------------------
	// The attacks trusted public APIs defend against, one by one
	// ---------------------------------------------------------------------------------------------

	@Test
	void batchedJsonArrays_areRefusedWith400_beforeAnythingRuns() {
		String two = "[{\"query\":\"{ deals { totalCount } }\"},{\"query\":\"{ deal(slug: \\\"stargate\\\") { slug } }\"}]";
		for (String batch : List.of(two, "[{\"query\":\"{ deals { totalCount } }\"}]", "[]")) {
			this.statements.reset();
			this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(batch)
				.exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
				.jsonPath("$.data").doesNotExist();
			assertThat(this.statements.count()).as("statements run for %s", batch).isZero();
		}
	}

	@Test
	void aThousandAliasesOfOneField_areRefusedBeforeExecution_withTheCountAndTheLimit() {
		// Nested under one field, so that the document stays under the token limit and the alias
		// limit is what refuses it (1,000 root-level aliases would hit the token limit first).
		String aliases = IntStream.range(0, 1_000).mapToObj(i -> "a" + i + ": slug").collect(Collectors.joining(" "));
		this.statements.reset();
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deal(slug: \"stargate\") { " + aliases + " } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors.length()").isEqualTo(1)
			.jsonPath("$.errors[0].message").isEqualTo("The query uses 1000 aliases; the limit is 30.")
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.limit").isEqualTo("aliases")
			.jsonPath("$.errors[0].extensions.actual").isEqualTo(1000)
			.jsonPath("$.errors[0].extensions.maximum").isEqualTo(30);
		assertThat(this.statements.count()).as("statements run").isZero();
	}

	@Test
	void badFaithIntrospection_isRefused_whileAClientsSchemaQueryRuns() {
		String ofTypeChain = "{ __type(name: \"Deal\") { fields { type " + "{ ofType ".repeat(30) + "{ name }"
				+ " }".repeat(30) + " } } }";
		String fieldsInFields = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
		String twoSchemas = "{ a: __schema { queryType { name } } b: __schema { queryType { name } } }";
		Map<String, String> refusals = Map.of(ofTypeChain, "the query is too big: Maximum query depth exceeded. 21 > 20",
				fieldsInFields, "__Type.fields is present too often!", twoSchemas, "Query.__schema is present too often!");
		refusals.forEach((query, reason) -> this.http.post().uri("/graphql").bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].message")
			.isEqualTo("This request is not asking for introspection in good faith - " + reason)
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BadFaithIntrospection"));
		// What GraphiQL asks (types, fields, arguments, seven levels of ofType) is good faith.
		String ofType = "{ kind name ofType ".repeat(7) + "{ kind name }" + " }".repeat(7);
		this.http.post().uri("/graphql")
			.bodyValue(Map.of("query", "{ __schema { queryType { name } types { kind name fields(includeDeprecated: true) "
					+ "{ name args { name type " + ofType + " } type " + ofType + " } inputFields { name } enumValues { name } "
					+ "interfaces { name } possibleTypes { name } } directives { name locations } } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.__schema.queryType.name").isEqualTo("Query");
	}

	@Test
	void aliasesInsideIntrospection_countAgainstTheAliasLimit() throws Exception {
		// 450 aliases stay under graphql-java's 500-field good-faith cap; every field of every type
		// answers each one. The alias limit (30 "in one document") is what should refuse this.
		String aliases = IntStream.range(0, 450).mapToObj(i -> "a" + i + ": name").collect(Collectors.joining(" "));
		Answer answer = post(write(Map.of("query", "{ __schema { types { fields { " + aliases + " } } } }")), Duration.ofSeconds(30));
		assertThat(answer.json().path("errors").path(0).path("extensions").path("limit").asString(""))
			.as("limit refusing 450 aliases under __schema; instead: %d bytes of answer in %d ms from a %d-byte request, %s",
					answer.body().length(), answer.millis(), aliases.length() + 40, abbreviate(answer.body(), 120))
			.isEqualTo("aliases");
		assertThat(answer.json().has("data")).as("data").isFalse();
	}

	@Test
	void fragmentBomb_isAnsweredQuickly_notExpandedExponentially() throws Exception {
		// Each fragment spreads the next one twice: 20 fragments, under a kilobyte, name the same two
		// fields 2^20 times. Tokens, characters, depth (4), aliases (0) and cost (4) are all within
		// the limits, so only the work of expanding the spreads stands between it and the CPU; at 30
		// fragments a single request ran 46 s and ended in OutOfMemoryError.
		int fragments = 20;
		String bomb = "{ deals(first: 1) { nodes { ...F0 } } } "
				+ IntStream.range(0, fragments).mapToObj(i -> "fragment F" + i + " on Deal { slug ...F" + (i + 1) + " ...F" + (i + 1) + " }")
					.collect(Collectors.joining(" "))
				+ " fragment F" + fragments + " on Deal { title }";
		Answer answer = post(write(Map.of("query", bomb)), Duration.ofSeconds(60));
		assertThat(answer.status()).as("status").isEqualTo(200);
		assertThat(answer.json().has("errors") || answer.json().has("data")).as("a GraphQL answer").isTrue();
		assertThat(answer.millis()).as("milliseconds to answer a %d-byte fragment bomb (%s)", bomb.length(),
				abbreviate(answer.body(), 160)).isLessThan(2_000);
	}

	@Test
	void nullBytesInStringArguments_areClientErrors_notInternalErrors() throws Exception {
		// PostgreSQL text cannot hold U+0000; the API should refuse it as a bad argument instead of
		// passing it to the database and reporting the database's refusal as its own failure.
		SoftAssertions softly = new SoftAssertions();
		for (String field : List.of("deal(slug: $v) { slug }", "organizationByName(name: $v) { slug }",
				"search(query: $v) { totalCount }", "organizations(filter: {nameContains: $v}) { totalCount }")) {
			Answer answer = post(write(Map.of("query", "query Q($v: String!) { " + field + " }", "variables", Map.of("v", "open\u0000ai"))),
					REQUEST_TIMEOUT);
			softly.assertThat(answer.status()).as(field + " status").isEqualTo(200);
			softly.assertThat(answer.json().path("errors").path(0).path("extensions").path("classification").asString(""))
				.as(field + " error classification in " + answer.body())
				.isEqualTo("BAD_REQUEST");
		}
		softly.assertAll();
	}

	@Test
	void amountsBeyondWhatPostgresqlCanHold_areClientErrors_notInternalErrors() throws Exception {
		// A Decimal is any BigDecimal; the driver cannot bind 1e999999999 (BigInteger overflow).
		SoftAssertions softly = new SoftAssertions();
		for (String amount : List.of("1e999999999", "-1e-999999999")) {
			Answer answer = post(write(Map.of("query", "query Q($d: Decimal) { commitments(filter: {unit: USD, amountMin: $d}) { totalCount } }",
					"variables", Map.of("d", amount))), REQUEST_TIMEOUT);
			softly.assertThat(answer.status()).as(amount + " status").isEqualTo(200);
			softly.assertThat(answer.json().path("errors").path(0).path("extensions").path("classification").asString(""))
				.as(amount + " error classification in " + answer.body())
				.isEqualTo("BAD_REQUEST");
		}
		softly.assertAll();
	}

	@Test
	void aWildcardContentType_isRefusedWith415_notA500() throws Exception {
		// Spring's request wrapper throws on a Content-Type of */* before any handler is chosen.
		Answer answer = exchange(HttpRequest.newBuilder(graphqlUri()).header("Content-Type", "*/*")
			.POST(HttpRequest.BodyPublishers.ofString(write(Map.of("query", "{ deals { totalCount } }")))), REQUEST_TIMEOUT);
		assertThat(answer.status()).as("status for Content-Type */*, answered %s", abbreviate(answer.body(), 200)).isEqualTo(415);
	}

	@Test
	void aJsonNullBody_isRefusedWith400_notA500() throws Exception {
		// "null" is valid JSON but no request; Spring's handler dereferences the null request.
		Answer answer = post("null", REQUEST_TIMEOUT);
		assertThat(answer.status()).as("status for the body null, answered %s", abbreviate(answer.body(), 200)).isEqualTo(400);
	}

	@Test
	void wrongContentTypeOrMethod_isRefused_withAJsonError() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		String body = write(Map.of("query", "{ deals { totalCount } }"));
		for (String contentType : List.of("text/plain", "application/xml")) {
			Answer answer = exchange(HttpRequest.newBuilder(graphqlUri()).header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body)), REQUEST_TIMEOUT);
			softly.assertThat(answer.status()).as(contentType + " status").isEqualTo(415);
			softly.assertThat(isJsonObject(answer.body())).as(contentType + " body is a JSON error: '" + answer.body() + "'").isTrue();
		}
		// A query runs by GET (GetRequestTests); a subscription does not.
		Answer get = exchange(HttpRequest.newBuilder(URI.create(graphqlUri()
				+ "?query=subscription%20%7B%20releaseLoaded%20%7B%20number%20%7D%20%7D")).GET(), REQUEST_TIMEOUT);
		softly.assertThat(get.status()).as("GET subscription status").isEqualTo(405);
		softly.assertThat(isJsonObject(get.body())).as("GET body is a JSON error: '" + get.body() + "'").isTrue();
		for (String method : List.of("DELETE", "PUT", "PATCH")) {
			HttpResponse<String> answer = this.client.send(HttpRequest.newBuilder(graphqlUri()).timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			softly.assertThat(answer.statusCode()).as(method + " status").isEqualTo(405);
			softly.assertThat(answer.headers().firstValue("Allow")).as(method + " Allow").hasValue("GET, POST");
			softly.assertThat(answer.body()).as(method + " body").contains("METHOD_NOT_ALLOWED").doesNotContain("static resource");
		}
		softly.assertAll();
	}

	// ---------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------

	/** An answer with how long it took. */
	record Answer(int status, String body, long millis) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	URI graphqlUri() {
		return URI.create("http://localhost:" + this.port + "/graphql");
	}

	Answer post(String json, Duration timeout) throws IOException, InterruptedException {
		return exchange(HttpRequest.newBuilder(graphqlUri()).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), timeout);
	}

	Answer exchange(HttpRequest.Builder request, Duration timeout) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = this.client.send(request.timeout(timeout).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
	}

	static boolean isJsonObject(String body) {
		try {
			return !body.isBlank() && JSON.readTree(body).isObject();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** A GraphQL string literal holding any text: quotes, backslashes and control characters escaped. */
	static String graphQlString(String text) {
		StringBuilder literal = new StringBuilder("\"");
		text.chars().forEach(c -> {
			if (c == '"' || c == '\\') {
				literal.append('\\').append((char) c);
			}
			else if (c < 0x20 || c == 0x7F) {
				literal.append(String.format("\\u%04X", c));
			}
			else {
				literal.append((char) c);
			}
		});
		return literal.append('"').toString();
	}

	/**
	 * A JSON string holding any Java string, lone surrogates included (escaped as {@code \\uD800},
	 * which is valid JSON), so that the generator can send what Jackson would refuse to write.
	 */
	static String string(String text) {
		StringBuilder json = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c >= 0x7F) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/** JSON for maps, lists, strings, numbers, booleans and null, strings written by {@link #string}. */
	static String write(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return string(text);
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Map<?, ?> map) {
			StringBuilder json = new StringBuilder("{");
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				json.append(string(String.valueOf(entry.getKey()))).append(':').append(write(entry.getValue()));
				if (entries.hasNext()) {
					json.append(',');
				}
			}
			return json.append('}').toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(HostileInputTests::write).collect(Collectors.joining(",", "[", "]"));
		}
		throw new IllegalArgumentException("not JSON: " + value);
	}

	static String abbreviate(String text, int length) {
		String oneLine = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
		return oneLine.length() <= length ? oneLine : oneLine.substring(0, length) + "…(" + text.length() + " chars)";
	}

}
