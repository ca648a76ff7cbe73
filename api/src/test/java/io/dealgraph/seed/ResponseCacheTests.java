package io.dealgraph.seed;

import io.dealgraph.support.OwnDatabaseApp;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache, on a database of its own: a repeated query is answered from it with the same
 * data and no statement, marked {@code responseCache: HIT}, with its own cost; a new release empties
 * it (the next answer is read afresh and shows the release) and changes every GET validator. By
 * GET, the whole answer is kept and sent again without running anything.
 */
class ResponseCacheTests {

	static ConfigurableApplicationContext app;

	static WebTestClient http;

	static MeterRegistry meters;

	@BeforeAll
	static void start() {
		app = OwnDatabaseApp.start("ledger_response_cache", "dealgraph-response-cache", "--dealgraph.response-cache.max-bytes=4194304");
		http = OwnDatabaseApp.http(app);
		meters = app.getBean(MeterRegistry.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	private static String post(String query) {
		return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static double statements() {
		return OwnDatabaseApp.statements(app);
	}

	private static double hits() {
		var counter = meters.find("dealgraph.response.cache").tag("result", "hit").counter();
		return counter == null ? 0 : counter.count();
	}

	private static String get(String query) {
		return http.get().uri("/graphql?query={q}", query).accept(MediaType.APPLICATION_JSON)
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static double answerHits() {
		var counter = meters.find("dealgraph.http.answer_cache").tag("result", "hit").counter();
		return counter == null ? 0 : counter.count();
	}

	private static String data(String answer) {
		return answer.substring(0, answer.indexOf(",\"extensions\""));
	}

	@Test
	void aRepeatedQuery_isAnsweredFromTheCache_withTheSameDataAndNoStatement_andANewReleaseEmptiesIt() {
		String query = "{ deals { totalCount nodes { slug } } commitment(slug: \"nope\") { slug } }";
		String fresh = post(query);
		assertThat(fresh).doesNotContain("responseCache");
		double before = statements();
		double hitsBefore = hits();
		String cached = post(query);
		assertThat(statements()).isEqualTo(before);
		assertThat(hits() - hitsBefore).isEqualTo(2);
		assertThat(data(cached)).isEqualTo(data(fresh));
		assertThat(cached).contains("\"extensions\":{\"responseCache\":\"HIT\",\"cost\":{");
		assertThat(fresh).contains("\"totalCount\":8");

		// By GET the whole answer is kept: sent again with no statement and not a single root field run.
		String byGet = "{ deals { totalCount nodes { title } } }";
		String firstGet = get(byGet);
		assertThat(firstGet).doesNotContain("responseCache").contains("\"totalCount\":8");
		double statementsBefore = statements();
		double statementHits = hits();
		double answerHits = answerHits();
		String keptGet = get(byGet);
		assertThat(keptGet).isEqualTo(firstGet.replace("\"extensions\":{", "\"extensions\":{\"responseCache\":\"HIT\","));
		assertThat(statements()).isEqualTo(statementsBefore);
		assertThat(hits()).isEqualTo(statementHits);
		assertThat(answerHits() - answerHits).isEqualTo(1);

		String etag = http.get().uri("/graphql?query={q}", "{ deals { totalCount } }").accept(MediaType.APPLICATION_JSON)
			.exchange().expectStatus().isOk().expectBody().returnResult().getResponseHeaders().getETag();

		// A release: the fixture report adds a deal.
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(ContingentMoneyTests.withReport()))).isTrue();
		String after = post(query);
		assertThat(after).doesNotContain("responseCache").contains("\"totalCount\":9");
		assertThat(statements()).isGreaterThan(before);
		assertThat(get(byGet)).doesNotContain("responseCache").contains("\"totalCount\":9");
		http.get().uri("/graphql?query={q}", "{ deals { totalCount } }").accept(MediaType.APPLICATION_JSON).header("If-None-Match", etag)
			.exchange().expectStatus().isOk().expectHeader().value("ETag", value -> assertThat(value).isNotEqualTo(etag));
	}

	@Test
	void anExportsPages_areNeitherAnsweredFromTheCacheNorKeptInIt() {
		double lookups = hits() + misses();
		http.get().uri("/export/commitments.csv").exchange().expectStatus().isOk();
		http.get().uri("/export/deals.jsonl").exchange().expectStatus().isOk();
		assertThat(hits() + misses()).isEqualTo(lookups);
		post("{ commitments(first: 100) { totalCount } }");
		assertThat(hits() + misses()).isEqualTo(lookups + 1);
	}

	private static double misses() {
		var counter = meters.find("dealgraph.response.cache").tag("result", "miss").counter();
		return counter == null ? 0 : counter.count();
	}

}
