package io.dealgraph.hardening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.access.ApiKeys;
import io.dealgraph.graphql.GlobalId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On data with hubs as large as SF1000's (HubDataset), the documents a review found holding the
 * database for the whole statement timeout are refused before they run, priced by what they make
 * the database read; their bounded forms are answered within the time limit; and one client's
 * concurrent copies cannot take the pool from another client.
 */
class DatabaseBoundsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The statement timeout: what no admitted document may reach. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(10);

	static HubDataset hubs;

	@BeforeAll
	static void dataset() {
		hubs = HubDataset.get();
	}

	record Answer(int status, JsonNode body, Duration took) {

		String classification() {
			return this.body.path("errors").path(0).path("extensions").path("classification").asString();
		}

		String limit() {
			return this.body.path("errors").path(0).path("extensions").path("limit").asString();
		}

	}

	static Answer post(String query, Map<String, Object> variables, String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + hubs.port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (key != null) {
			request.header("X-API-Key", key);
		}
		long start = System.nanoTime();
		HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), JSON.readTree(response.body()), Duration.ofNanos(System.nanoTime() - start));
	}

	/** {@code dealgraph_db_statements_total}: the statements the API's DataSource ran. */
	static double statements() throws IOException, InterruptedException {
		HttpResponse<String> metrics = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubs.port
				+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
		Matcher total = Pattern.compile("(?m)^dealgraph_db_statements_total\\S* ([0-9.E+]+)$").matcher(metrics.body());
		return total.find() ? Double.parseDouble(total.group(1)) : 0;
	}

	@Test
	void theTotalsOfEveryCommitmentWithItsCitations_isRefusedBeforeItRuns_pricedByItsListsBounds() throws Exception {
		double before = statements();
		Answer answer = post("""
				{ commitmentTotals(groupBy: [COMMITTER]) { groups { total commitments { slug description
				  citations(first: 100) { nodes { excerpt source { title text } } } } } } }""", Map.of(), null);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.limit()).isEqualTo("cost");
		assertThat(answer.body().path("errors").path(0).path("extensions").path("actual").asLong()).isGreaterThan(50_000);
		assertThat(statements()).as("no statement ran").isEqualTo(before);
	}

	@Test
	void theSameTotalsAskedForAFewGroups_isAnsweredWithinTheTimeLimit_summingEveryCommitment() throws Exception {
		Answer answer = post("""
				{ commitmentTotals(groupBy: [COMMITTER]) { groups(first: 3) { committer { slug } total count
				  commitments(first: 5) { slug } } } }""", Map.of(), null);
		assertThat(answer.body().path("errors").isMissingNode()).as(answer.body().toString()).isTrue();
		// Groups come by unit (GW before USD), then largest first: OpenAI's dollars lead the USD groups.
		JsonNode openai = null;
		for (JsonNode group : answer.body().path("data").path("commitmentTotals").path("groups")) {
			if (openai == null && group.path("count").asInt() > 1) {
				openai = group;
			}
		}
		assertThat(openai).as(answer.body().toString()).isNotNull();
		assertThat(openai.path("committer").path("slug").asString()).isEqualTo("openai");
		assertThat(openai.path("count").asInt()).isGreaterThanOrEqualTo(HubDataset.COMMITMENTS);
		assertThat(openai.path("commitments")).hasSize(5);
		assertThat(answer.took()).isLessThan(TIME_LIMIT);
		System.out.printf("Totals of %d commitments, three groups: %d ms%n", openai.path("count").asInt(), answer.took().toMillis());
	}

	/** Two levels of an organization's deals asOf a day past a cursor, through the parties of each deal an id names. */
	static final String THROUGH_HUBS = """
			query($ids: [ID!]!, $after: String) { nodes(ids: $ids) { ...D } }
			fragment D on Deal { parties(first: 2) { nodes { organization {
			  deals(first: 2, asOf: "2024-06-01", after: $after) { totalCount pageInfo { hasPreviousPage } nodes { slug
			    parties(first: 2) { nodes { organization {
			      deals(first: 2, asOf: "2024-06-01", after: $after) { totalCount pageInfo { hasPreviousPage } nodes { slug } } } } } } } } } } }""";

	@Test
	void tenIdsThroughAHubsPagesAsOfADayPastACursor_isRefusedBeforeItRuns_andOneIdIsAnsweredInTime() throws Exception {
		String after = post("{ organization(slug: \"openai\") { deals(first: 3) { pageInfo { endCursor } } } }", Map.of(), null)
			.body().path("data").path("organization").path("deals").path("pageInfo").path("endCursor").asString();
		List<String> ids = new ArrayList<>();
		for (String slug : List.of("stargate", "amazon-openai-partnership", "microsoft-openai-partnership")) {
			ids.add(GlobalId.of("Deal", slug));
		}
		List<String> ten = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ten.add(ids.get(i % ids.size()));
		}
		double before = statements();
		Answer refused = post(THROUGH_HUBS, Map.of("ids", ten, "after", after), null);
		assertThat(refused.classification()).as(refused.body().toString()).isEqualTo("BAD_REQUEST");
		assertThat(refused.limit()).isIn("databaseCost", "statementSize");
		assertThat(statements()).as("no statement ran").isEqualTo(before);

		Answer one = post(THROUGH_HUBS, Map.of("ids", List.of(ids.get(0)), "after", after), null);
		assertThat(one.body().path("errors").isMissingNode()).as(one.body().toString()).isTrue();
		assertThat(one.body().path("data").path("nodes").path(0).path("parties").path("nodes")).isNotEmpty();
		assertThat(one.took()).isLessThan(TIME_LIMIT);
		System.out.printf("Through hubs: ten ids refused (%s %s), one id answered in %d ms%n", refused.limit(),
				refused.body().path("errors").path(0).path("extensions").path("actual").asString(), one.took().toMillis());
	}

	@Test
	void twelveConcurrentCopiesFromOneClient_runFourAtATime_whileAnotherClientIsServed_andTheHeapStaysSteady() throws Exception {
		ApiKeys keys = hubs.app.getBean(ApiKeys.class);
		String heavy = keys.create("heavy-" + System.nanoTime(), null, null);
		String other = keys.create("other-" + System.nanoTime(), null, null);
		String query = """
				{ organization(slug: "openai") { deals(first: 100, asOf: "2024-06-01") { totalCount nodes { slug } }
				  commitmentsMade(first: 100) { totalCount nodes { slug } } } }""";
		long heapBefore = usedHeapAfterGc();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Answer>> copies = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				copies.add(pool.submit(() -> post(query, Map.of(), heavy)));
			}
			Answer served = post("{ deal(slug: \"stargate\") { title } }", Map.of(), other);
			assertThat(served.status()).isEqualTo(200);
			assertThat(served.body().path("data").path("deal").path("title").asString()).isEqualTo("Stargate project");
			assertThat(served.took()).as("the other client waits for no pool").isLessThan(Duration.ofSeconds(3));
			int answered = 0;
			int refused = 0;
			for (Future<Answer> copy : copies) {
				Answer answer = copy.get();
				if (answer.status() == 429) {
					refused++;
					assertThat(answer.body().toString()).contains("concurrentRequests");
				}
				else {
					answered++;
					assertThat(answer.body().path("data").path("organization").path("deals").path("totalCount").asInt())
						.as(answer.body().toString().substring(0, Math.min(600, answer.body().toString().length())))
						.isGreaterThan(HubDataset.DEALS / 2);
				}
			}
			assertThat(answered).as("copies answered").isBetween(4, 12);
			assertThat(answered + refused).isEqualTo(12);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(usedHeapAfterGc()).as("used heap after GC, before %d", heapBefore).isLessThan(heapBefore + 64L * 1024 * 1024);
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void aStatementThatFails_isLoggedByItsHashAndSize_neverByItsText(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		var owner = new org.springframework.jdbc.core.JdbcTemplate(hubs.app.getBean("ownerDataSource", javax.sql.DataSource.class));
		String terminate = "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
				+ " and usename = 'dealgraph_reader'";
		// Every new session of the reader cancels its statements after 20 ms; the pool's sessions start anew.
		owner.execute("alter role dealgraph_reader in database " + HubDataset.DATABASE + " set statement_timeout = '20ms'");
		try {
			owner.queryForList(terminate);
			Answer answer = null;
			for (int attempt = 0; attempt < 5 && (answer == null || !"UNAVAILABLE".equals(answer.classification())); attempt++) {
				answer = post("{ organization(slug: \"openai\") { deals(first: 100, asOf: \"2024-06-01\") { totalCount } } }", Map.of(),
						null);
			}
			assertThat(answer.classification()).as(answer.body().toString()).isEqualTo("UNAVAILABLE");
		}
		finally {
			owner.execute("alter role dealgraph_reader in database " + HubDataset.DATABASE + " reset statement_timeout");
			owner.queryForList(terminate);
			// The pool's dead sessions answer once each; the other tests find it whole again.
			for (int i = 0; i < 30 && post("{ deal(slug: \"stargate\") { title } }", Map.of(), null).body().has("errors"); i++) {
				Thread.sleep(100);
			}
		}
		assertThat(output.getAll()).containsPattern(
				"Query\\.organization \\(statement [0-9a-f]{12}, [0-9]+ characters, [0-9]+ parameters\\) failed: ");
		assertThat(output.getAll()).doesNotContain("row_to_json");
	}

	static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
