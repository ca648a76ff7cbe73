package io.dealgraph.hardening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minute (or {@code -Ddealgraph.load.seconds}) of 32 clients posting valid queries as fast as
 * they are answered: every answer is a 200 with data and no errors, and the heap comes back to
 * where it was, so nothing a request leaves behind accumulates.
 */
class SustainedLoadTests extends ApiTest {

	static final int CLIENTS = 32;

	static final Duration RUN = Duration.ofSeconds(Long.getLong("dealgraph.load.seconds", 60));

	/** Long enough for the pools, caches and JIT to reach their working size before the baseline. */
	static final Duration WARM_UP = Duration.ofSeconds(5);

	/** No single request may take longer: under this load a slower answer is a hang. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	static final long MIB = 1024 * 1024;

	/**
	 * What the heap may keep after the run beyond the baseline. What may legitimately stay is
	 * bounded and small: the parsed-document cache holds the dozen documents of this mix (a few
	 * hundred KiB; its 2,000-entry cap is far away), the persisted-query cache is unused, the
	 * Hikari pool is fixed at 10, and Tomcat's processors and buffers for the 32 connections were
	 * already created by the warm-up. That is a few MiB (runs measured +0.2 to +0.6 MiB); 32 MiB
	 * leaves room for GC noise, yet over the 5,000 to 9,600 requests of a minute on a 2-CPU
	 * machine it catches any leak above 3.5 to 6.5 KiB per request (each run prints its threshold).
	 */
	static final long HEAP_TOLERANCE = 32 * MIB;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path EXAMPLES = Path.of("..", "schema", "examples");

	/** One query of the mix: a name for the report and the JSON body posted. */
	record Query(String name, String body) {
	}

	@org.springframework.beans.factory.annotation.Autowired
	io.dealgraph.access.ApiKeys keys;

	/** One issued key per client: they are 32 clients, not one that the per-client limit would hold to 4 at a time. */
	List<String> clientKeys;

	@Test
	void thirtyTwoClientsForAMinute_getOnlyAnswersWithData_andTheHeapReturnsToItsBaseline() throws Exception {
		String batch = java.util.UUID.randomUUID().toString().substring(0, 8);
		this.clientKeys = java.util.stream.IntStream.range(0, CLIENTS)
			.mapToObj(c -> this.keys.create("load-" + batch + "-" + c, null, null))
			.toList();
		List<Query> mix = mix();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		URI graphql = URI.create("http://localhost:" + this.port + "/graphql");

		// The warm-up must be clean too: a query of the mix that fails would make the run meaningless.
		Tally warmUp = load(client, graphql, mix, WARM_UP);
		assertThat(warmUp.problems).as("warm-up problems").isEmpty();

		long baseline = usedHeapAfterGc();
		Tally run = load(client, graphql, mix, RUN);
		long after = usedHeapAfterGc();

		long total = run.total.sum();
		double seconds = run.elapsedNanos / 1e9;
		System.out.printf("Sustained load: %d clients for %.1f s: %d requests, %.0f requests/s%n", CLIENTS, seconds,
				total, total / seconds);
		System.out.printf("  by status: %s; transport failures: %d; answers with errors: %d%n",
				new TreeMap<>(run.statusCounts()), run.transportFailures.sum(), run.withErrors.sum());
		System.out.printf("  latency: mean %.1f ms, max %d ms%n", run.latencyNanos.sum() / 1e6 / Math.max(1, total),
				run.maxLatencyNanos.get() / 1_000_000);
		System.out.printf("  by query: %s%n", run.queryCounts());
		System.out.printf("  heap after GC: baseline %.1f MiB, after %.1f MiB, delta %+.1f MiB (tolerance %d MiB,"
				+ " i.e. a leak of %.0f bytes per request would exceed it)%n", baseline / (double) MIB,
				after / (double) MIB, (after - baseline) / (double) MIB, HEAP_TOLERANCE / MIB,
				HEAP_TOLERANCE / (double) Math.max(1, total));
		run.problems.stream().limit(10).forEach(p -> System.out.println("  problem: " + p));

		assertThat(run.statusCounts()).as("responses by status (no 5xx, nothing but 200)").containsOnlyKeys(200);
		assertThat(run.transportFailures.sum()).as("requests without an answer (timeouts, resets)").isZero();
		assertThat(run.withErrors.sum()).as("answers with \"errors\" (first: %s)", run.problems.peek()).isZero();
		assertThat(run.problems).as("problems").isEmpty();
		assertThat(total).as("requests answered in %s", RUN).isGreaterThan(1_000);
		assertThat(after).as("used heap after GC, baseline %d bytes", baseline).isLessThanOrEqualTo(baseline + HEAP_TOLERANCE);
	}

	/** What the clients saw. */
	static final class Tally {

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final Map<String, LongAdder> queries = new ConcurrentHashMap<>();

		final LongAdder total = new LongAdder();

		final LongAdder withErrors = new LongAdder();

		final LongAdder transportFailures = new LongAdder();

		final LongAdder latencyNanos = new LongAdder();

		final LongAccumulator maxLatencyNanos = new LongAccumulator(Math::max, 0);

		/** The first problems, for the failure message; kept short so the tally itself does not grow. */
		final Queue<String> problems = new ConcurrentLinkedQueue<>();

		final LongAdder problemCount = new LongAdder();

		long elapsedNanos;

		void problem(String description) {
			this.problemCount.increment();
			if (this.problemCount.sum() <= 20) {
				this.problems.add(description.length() > 500 ? description.substring(0, 500) + "…" : description);
			}
		}

		Map<Integer, Long> statusCounts() {
			Map<Integer, Long> counts = new TreeMap<>();
			this.statuses.forEach((status, count) -> counts.put(status, count.sum()));
			return counts;
		}

		Map<String, Long> queryCounts() {
			Map<String, Long> counts = new TreeMap<>();
			this.queries.forEach((name, count) -> counts.put(name, count.sum()));
			return counts;
		}

	}

	/**
	 * Runs {@link #CLIENTS} platform threads, each posting the mix round-robin (from its own
	 * offset) until the deadline. Every loop ends by itself: the deadline is checked before each
	 * request and each request has a timeout, so the pool always terminates.
	 */
	Tally load(HttpClient client, URI graphql, List<Query> mix, Duration duration) throws InterruptedException {
		Tally tally = new Tally();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			int offset = c;
			String key = this.clientKeys.get(c);
			pool.execute(() -> {
				for (int i = offset; System.nanoTime() < deadline; i++) {
					post(client, graphql, key, mix.get(i % mix.size()), tally);
				}
			});
		}
		pool.shutdown();
		long giveUp = deadline + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(10);
		while (!pool.awaitTermination(500, TimeUnit.MILLISECONDS)) {
			// The test context records every SQL statement for BatchingTests (a CopyOnWriteArrayList
			// in StatementCounter). That is test scaffolding, not the application: left alone it would
			// hold every statement of the run, be measured as a leak and copy itself on each add.
			this.statements.reset();
			if (System.nanoTime() > giveUp) {
				pool.shutdownNow();
				throw new AssertionError("clients still running " + REQUEST_TIMEOUT + " after the deadline");
			}
		}
		tally.elapsedNanos = System.nanoTime() - start;
		this.statements.reset();
		return tally;
	}

	static void post(HttpClient client, URI graphql, String key, Query query, Tally tally) {
		HttpRequest request = HttpRequest.newBuilder(graphql)
			.timeout(REQUEST_TIMEOUT)
			.header("X-API-Key", key)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query.body()))
			.build();
		long sent = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			tally.transportFailures.increment();
			tally.problem(query.name() + ": no answer: " + ex);
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		long latency = System.nanoTime() - sent;
		tally.total.increment();
		tally.latencyNanos.add(latency);
		tally.maxLatencyNanos.accumulate(latency);
		tally.statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
		tally.queries.computeIfAbsent(query.name(), s -> new LongAdder()).increment();
		if (response.statusCode() != 200) {
			tally.problem(query.name() + ": status " + response.statusCode() + ": " + response.body());
			return;
		}
		try {
			JsonNode answer = JSON.readTree(response.body());
			if (answer.has("errors")) {
				tally.withErrors.increment();
				tally.problem(query.name() + ": errors: " + answer.get("errors"));
			}
			else if (!answer.path("data").isObject()) {
				tally.problem(query.name() + ": no data: " + response.body());
			}
		}
		catch (RuntimeException ex) {
			tally.problem(query.name() + ": not JSON: " + response.body());
		}
	}

	/**
	 * Used heap once garbage is gone: several full collections with short pauses (finalizers and
	 * reference processing can free more on the next one), keeping the lowest reading so that
	 * allocation by background threads between collections does not count.
	 */
	static long usedHeapAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long lowest = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(200);
			lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
		}
		return lowest;
	}

	/** The six example documents with their variables, and list and node queries that clients page and look up with. */
	static List<Query> mix() throws IOException {
		List<Query> mix = new ArrayList<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String text = Files.readString(file);
				Map<String, Object> variables = Map.of();
				for (String line : text.lines().toList()) {
					if (line.startsWith("# variables:")) {
						variables = JSON.readValue(line.substring("# variables:".length()), Map.class);
					}
				}
				mix.add(query(file.getFileName().toString().replace(".graphql", ""), text, variables));
			}
		}
		assertThat(mix).as("example documents").hasSize(7);
		mix.add(query("deals-page", """
				{ deals(first: 20, orderBy: {field: ANNOUNCED, direction: DESC}) {
				    totalCount pageInfo { hasNextPage endCursor }
				    nodes { id slug title kind status announced { display precision }
				      parties { nodes { role organization { name } } } } } }""", Map.of()));
		mix.add(query("organizations-page", """
				{ organizations(first: 50) { totalCount nodes { id slug name kind tickers aliases } } }""", Map.of()));
		mix.add(query("events-edges", """
				{ events(first: 10, orderBy: {field: DATE, direction: ASC}) {
				    totalCount edges { cursor node { title kind date { display text } } } } }""", Map.of()));
		mix.add(query("sources-page", """
				{ sources(first: 10) { totalCount nodes { id title publisher } } }""", Map.of()));
		mix.add(query("node", """
				query Node($id: ID!) { node(id: $id) { __typename id ... on Deal { slug title summary } } }""",
				Map.of("id", id("Deal", "amazon-openai-partnership"))));
		mix.add(query("nodes", """
				query Nodes($ids: [ID!]!) {
				  nodes(ids: $ids) { __typename id ... on Organization { name } ... on Deal { title } } }""",
				Map.of("ids", List.of(id("Organization", "openai"), id("Organization", "amazon"), id("Deal", "stargate")))));
		return mix;
	}

	static Query query(String name, String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return new Query(name, JSON.writeValueAsString(body));
	}

	/** A global id as the API issues it: base64url of type and slug. */
	static String id(String type, String slug) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
	}

}
