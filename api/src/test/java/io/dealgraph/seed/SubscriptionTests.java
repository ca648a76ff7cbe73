package io.dealgraph.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.access.ApiKeys;
import io.dealgraph.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code subscription { releaseLoaded }} against the running service, with the npm clients
 * dashboards use: graphql-sse over Server-Sent Events and graphql-ws over WebSocket
 * ({@code src/test/node}, installed by {@code npm ci} there, as {@code .ci/run} does). A new
 * release reaches both; a client over its limit or the instance's gets a clear RATE_LIMITED; an
 * idle subscription completes; a thousand idle ones do not slow queries.
 */
class SubscriptionTests {

	static final Path CLIENTS = Path.of("src", "test", "node");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static TestDatabase.Connection db;

	static String url;

	/** Room for a thousand subscriptions from this one address. */
	static ConfigurableApplicationContext app;

	static boolean clientsInstalled() {
		return Files.isDirectory(CLIENTS.resolve("node_modules").resolve("graphql-ws"));
	}

	@BeforeAll
	static void start() {
		if (!clientsInstalled()) {
			return;
		}
		db = TestDatabase.get();
		url = db.fresh("ledger_subscriptions").url();
		app = start("dealgraph-subscriptions", "--dealgraph.subscriptions.max-per-client=1001",
				"--dealgraph.subscriptions.max-per-instance=1001", "--dealgraph.limits.max-concurrent-per-client=2000");
	}

	/** Each test, not the class, is skipped without the npm clients, so the run counts and names them. */
	@BeforeEach
	void needsTheNpmClients() {
		Assumptions.assumeTrue(clientsInstalled(), "the npm clients are installed: (cd api/src/test/node && npm ci), as .ci/run does");
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aNewRelease_reachesTheNpmClients_overServerSentEvents_andWebSocket() throws Exception {
		try (Node sse = Node.subscribe(app, "sse", 1, null); Node ws = Node.subscribe(app, "ws", 1, null)) {
			awaitOpen(app, 2);
			SeedFiles changed = SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
					"title: \"Stargate, subscribed\"");
			assertThat(app.getBean(SeedLoader.class).load(changed)).isTrue();
			for (Node client : List.of(sse, ws)) {
				JsonNode next = client.next("next");
				JsonNode release = next.at("/payload/data/releaseLoaded");
				assertThat(release.path("number").asInt()).as(client.transport).isEqualTo(2);
				assertThat(release.path("changed").asInt()).as(client.transport).isEqualTo(1);
				assertThat(release.path("loadedAt").asString()).as(client.transport).endsWith("Z");
				assertThat(release.path("counts").toString()).as(client.transport)
					.isEqualTo("[{\"typeName\":\"Deal\",\"added\":0,\"changed\":1,\"removed\":0}]");
			}
		}
		awaitOpen(app, 0);
	}

	@Test
	void aClientOverItsLimit_orTheInstances_isRefusedClearly_andAnIdleSubscriptionCompletes() throws Exception {
		try (ConfigurableApplicationContext small = start("dealgraph-subscriptions-small", "--dealgraph.seed.load-on-startup=false",
				"--dealgraph.subscriptions.max-per-client=2", "--dealgraph.subscriptions.max-per-instance=3",
				"--dealgraph.subscriptions.idle-timeout=6s")) {
			String key = small.getBean(ApiKeys.class).create("subscriber", null, null);
			try (Node anonymous = Node.subscribe(small, "ws", 3, null)) {
				JsonNode refused = anonymous.next("error");
				assertThat(refused.at("/error/0/message").asString())
					.isEqualTo("This client already holds 2 subscriptions, the most one client may; close one first");
				assertThat(refused.at("/error/0/extensions/classification").asString()).isEqualTo("RATE_LIMITED");
				awaitOpen(small, 2);
				try (Node keyed = Node.subscribe(small, "sse", 2, key)) {
					// Over SSE, graphql-sse hands the refusal on as a result with errors, then completes.
					JsonNode full = keyed.next("next");
					assertThat(full.at("/payload/errors/0/message").asString())
						.isEqualTo("This instance already holds 3 subscriptions, the most it serves; try again later or another instance");
					assertThat(full.at("/payload/errors/0/extensions/classification").asString()).isEqualTo("RATE_LIMITED");
					// The refused one completes; the other, with nothing released for the idle timeout, too.
					assertThat(List.of(keyed.next("complete").path("index").asInt(), keyed.next("complete").path("index").asInt()))
						.containsExactlyInAnyOrder(0, 1);
				}
				assertThat(anonymous.next("complete").path("event").asString()).isEqualTo("complete");
				assertThat(anonymous.next("complete").path("event").asString()).isEqualTo("complete");
			}
			try (Node forged = Node.subscribe(small, "ws", 1, "dg_not-a-key")) {
				assertThat(forged.next("error").toString()).as("a key the API did not issue fails the handshake")
					.contains("401");
			}
			awaitOpen(small, 0);
		}
	}

	@Test
	void aThousandIdleSubscriptions_doNotSlowQueries() throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		double before = medianQueryMillis(port);
		try (Node thousand = Node.subscribe(app, "ws", 1000, null)) {
			awaitOpen(app, 1000);
			double during = medianQueryMillis(port);
			System.out.printf("median query time: %.2f ms before, %.2f ms with 1000 idle subscriptions%n", before, during);
			assertThat(during).as("median query time with 1000 idle subscriptions (before: %.1f ms)", before)
				.isLessThan(before * 3 + 10);
		}
		awaitOpen(app, 0);
	}

	@Test
	void aSubscriptionAskedAsAPlainRequest_isABadRequestNamingTheTransports() throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"subscription { releaseLoaded { number } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.at("/errors/0/message").asString()).isEqualTo("A subscription is served over Server-Sent Events "
				+ "(POST with Accept: text/event-stream) or WebSocket (graphql-transport-ws), not as a single response");
		assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(body.path("data").isNull()).isTrue();
		awaitOpen(app, 0);
	}

	/** The median of 100 queries one after another, every one answered with data. */
	private static double medianQueryMillis(String port) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ deals(first: 5) { nodes { title parties { totalCount } } } }\"}"))
			.build();
		double[] millis = new double[100];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			millis[i] = (System.nanoTime() - started) / 1e6;
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).startsWith("{\"data\":{\"deals\"");
		}
		Arrays.sort(millis);
		return millis[millis.length / 2];
	}

	private static ConfigurableApplicationContext start(String name, String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--server.port=0", "--spring.application.name=" + name,
				"--dealgraph.rate-limit.enabled=false"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(DealgraphApplication.class).run(args.toArray(String[]::new));
	}

	private static void awaitOpen(ConfigurableApplicationContext context, int expected) throws InterruptedException {
		MeterRegistry meters = context.getBean(MeterRegistry.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		double open = -1;
		while (System.nanoTime() < deadline) {
			open = meters.get("dealgraph.subscriptions.open").gauge().value();
			if (open == expected) {
				return;
			}
			Thread.sleep(50);
		}
		assertThat(open).as("subscriptions open").isEqualTo(expected);
	}

	/** One run of {@code subscribe.mjs}: its lines, read as they come. */
	static final class Node implements AutoCloseable {

		final String transport;

		private final Process process;

		private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();

		private Node(String transport, Process process) {
			this.transport = transport;
			this.process = process;
			Thread reader = new Thread(() -> {
				try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = out.readLine()) != null;) {
						this.lines.add(line.startsWith("{") ? JSON.readTree(line) : JSON.createObjectNode().put("event", "log")
							.put("line", line));
					}
				}
				catch (IOException ex) {
					// the process ended
				}
			}, "node-" + transport);
			reader.setDaemon(true);
			reader.start();
		}

		static Node subscribe(ConfigurableApplicationContext context, String transport, int count, String key) throws IOException {
			String port = context.getEnvironment().getProperty("local.server.port");
			List<String> command = new ArrayList<>(List.of("node", "subscribe.mjs", transport,
					"http://localhost:" + port + "/graphql", String.valueOf(count)));
			if (key != null) {
				command.add(key);
			}
			return new Node(transport, new ProcessBuilder(command).directory(CLIENTS.toFile()).redirectErrorStream(true).start());
		}

		/** The next line of this event, skipping the others; fails after 30 s. */
		JsonNode next(String event) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			List<JsonNode> skipped = new ArrayList<>();
			while (System.nanoTime() < deadline) {
				JsonNode line = this.lines.poll(100, TimeUnit.MILLISECONDS);
				if (line == null) {
					continue;
				}
				if (event.equals(line.path("event").asString())) {
					return line;
				}
				skipped.add(line);
			}
			throw new AssertionError(this.transport + ": no '" + event + "' within 30 s; saw " + skipped);
		}

		@Override
		public void close() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
