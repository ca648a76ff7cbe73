package io.dealgraph.production;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two API instances on one database answer alike, limits included, and share no state: a cache
 * one of them holds is safe to lose on the other. Shutdown is graceful: a request in flight
 * finishes before the instance stops.
 */
class ScaleOutTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		if (first.isActive()) {
			first.close();
		}
		second.close();
	}

	static ConfigurableApplicationContext start() {
		TestDatabase.Connection db = TestDatabase.get();
		// As arguments: they outrank application.yml, as the environment does in a deployment.
		return new SpringApplicationBuilder(DealgraphApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password());
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static HttpResponse<String> post(ConfigurableApplicationContext context, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(context) + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void twoInstances_answerAlike_includingLimitsAndCost() throws Exception {
		List<String> requests = List.of(
				"{\"query\":\"{ organization(slug: \\\"microsoft\\\") { exclusivityHeld(asOf: \\\"2026-05-01\\\") { edges { inForce node { slug } } } } }\"}",
				"{\"query\":\"{ commitmentTotals { groups { unit total } } }\"}",
				"{\"query\":\"{ deals(first: 0) { totalCount } }\"}",
				"{\"query\":\"{ deals(first: 100) { nodes { parties(first: 100) { nodes { organization { deals(first: 100) { nodes { slug } } } } } } } }\"}");
		for (String request : requests) {
			HttpResponse<String> a = post(first, request);
			HttpResponse<String> b = post(second, request);
			assertThat(a.statusCode()).isEqualTo(b.statusCode()).isEqualTo(200);
			assertThat(a.body()).as(request).isEqualTo(b.body());
		}
		assertThat(post(first, requests.get(3)).body()).contains("\"limit\":\"cost\"");
	}

	@Test
	void persistedQueryCache_isPerInstance_andSafeToLose() throws Exception {
		String query = "{ deal(slug: \\\"openai-models-on-aws\\\") { title } }";
		String hash = sha256("{ deal(slug: \"openai-models-on-aws\") { title } }");
		String hashOnly = "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}";
		String withQuery = "{\"query\":\"" + query + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}";
		assertThat(post(first, withQuery).body()).contains("OpenAI models on AWS");
		assertThat(post(first, hashOnly).body()).contains("OpenAI models on AWS");
		// The other instance never saw it: the client's standard retry with the document recovers.
		assertThat(post(second, hashOnly).body()).contains("PersistedQueryNotFound");
		assertThat(post(second, withQuery).body()).contains("OpenAI models on AWS");
	}

	@Test
	void shutdown_letsTheRequestInFlightFinish_thenRefusesNewOnes() throws Exception {
		ConfigurableApplicationContext instance = start();
		int port = port(instance);
		TestDatabase.Connection db = TestDatabase.get();
		try (Connection locker = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table deal in access exclusive mode");
			CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture
				.supplyAsync(() -> call(instance, "{\"query\":\"{ deals { totalCount } }\"}"));
			Thread.sleep(1_000);
			CompletableFuture<Void> closing = CompletableFuture.runAsync(instance::close);
			Thread.sleep(1_000);
			assertThat(inFlight).as("still waiting for the lock while shutting down").isNotDone();
			locker.rollback();
			HttpResponse<String> response = inFlight.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"totalCount\":8");
			closing.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ deals { totalCount } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
	}

	private static HttpResponse<String> call(ConfigurableApplicationContext context, String json) {
		try {
			return post(context, json);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String text) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
