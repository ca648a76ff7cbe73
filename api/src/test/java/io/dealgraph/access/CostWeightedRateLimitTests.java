package io.dealgraph.access;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bucket of points per client: a query reserves its requested cost before it runs and gets
 * back what it did not use, so an expensive query drains the bucket faster than a cheap one.
 * The addresses are forwarded by localhost as a trusted proxy, so each test has a fresh bucket.
 */
@TestPropertySource(properties = { "dealgraph.rate-limit.enabled=true", "dealgraph.rate-limit.burst=30000",
		"dealgraph.rate-limit.per-second=1", "dealgraph.rate-limit.request-points=100",
		"dealgraph.trusted-proxies=127.0.0.1, ::1" })
class CostWeightedRateLimitTests extends ApiTest {

	static final String CHEAP = "{ deals { totalCount } }";

	/**
	 * Requested 1 + 100 (nodes) + 200 (slug, title) + 100 (parties) + 5,000 (their nodes) + 5,000
	 * (role) + 5,000 (organization) + 10,000 (slug, name) = 25,401; the seeds return a few hundred.
	 */
	static final String EXPENSIVE = "{ deals(first: 100) { nodes { slug title parties(first: 50) { nodes { role "
			+ "organization { slug name } } } } } }";

	@Test
	void anExpensiveQuery_drainsTheBucketFasterThanACheapOne_andTheRefundShowsInThrottleStatus() {
		String client = "198.51.100.1";
		Map<String, Object> first = post(client, CHEAP);
		long afterCheap = available(first);
		// A cheap query costs its request points: 100 of 30,000.
		assertThat(afterCheap).isBetween(29_900L, 29_905L);

		Map<String, Object> expensive = post(client, EXPENSIVE);
		Map<?, ?> cost = cost(expensive);
		long requested = ((Number) cost.get("requestedQueryCost")).longValue();
		long actual = ((Number) cost.get("actualQueryCost")).longValue();
		assertThat(requested).isEqualTo(25_401L);
		assertThat(actual).isGreaterThan(100L).isLessThan(requested);
		long afterExpensive = available(expensive);
		// Reserved in full before execution, then refunded down to the actual cost.
		assertThat(afterCheap - afterExpensive).isBetween(actual - 5, actual);

		long afterSecondCheap = available(post(client, CHEAP));
		assertThat(afterExpensive - afterSecondCheap).isBetween(95L, 100L);
	}

	@Test
	void aQueryTheBucketCannotCover_gets429WithACorrectRetryAfter_andRunsNoSql() {
		String client = "198.51.100.2";
		// 100 cheap requests of 100 points leave about 19,900 of 30,000: the expensive query (25,401) cannot run.
		for (int i = 0; i < 99; i++) {
			post(client, CHEAP);
		}
		long available = available(post(client, CHEAP));
		assertThat(available).isBetween(19_900L, 20_100L);
		this.statements.reset();
		EntityExchangeResult<Map> refused = this.http.post().uri("/graphql")
			.header("X-Forwarded-For", client)
			.bodyValue(Map.of("query", EXPENSIVE))
			.exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().exists("RateLimit")
			.expectBody(Map.class)
			.returnResult();
		assertThat(this.statements.count()).isZero();
		Map<?, ?> error = (Map<?, ?>) ((java.util.List<?>) refused.getResponseBody().get("errors")).get(0);
		Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
		assertThat(extensions.get("classification")).isEqualTo("RATE_LIMITED");
		long requested = ((Number) extensions.get("requestedQueryCost")).longValue();
		assertThat(requested).isGreaterThan(available);
		// 1 point a second: the wait is what is missing, in whole seconds (a few may come back meanwhile).
		long missing = requested - available;
		long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(missing - 5, missing + 1);
		assertThat(((Number) extensions.get("retryAfter")).longValue()).isEqualTo(retryAfter);
		assertThat(refused.getResponseBody()).doesNotContainKey("data");
	}

	@Test
	void cheapRequests_areLimitedByTheirRequestPoints_atTheDoor() {
		String client = "198.51.100.3";
		int served = 0;
		int refused = 0;
		for (int i = 0; i < 305; i++) {
			int status = this.http.post().uri("/graphql")
				.header("X-Forwarded-For", client)
				.bodyValue(Map.of("query", "{ __typename }"))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			if (status == 200) {
				served++;
			}
			else {
				assertThat(status).isEqualTo(429);
				refused++;
			}
		}
		// 30,000 points at 100 a request: 300 requests, then 429 (a second restores 1 point).
		assertThat(served).isEqualTo(300);
		assertThat(refused).isEqualTo(5);
		this.http.post().uri("/graphql")
			.header("X-Forwarded-For", client)
			.bodyValue(Map.of("query", CHEAP))
			.exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().value("Retry-After", s -> assertThat(Long.parseLong(s)).isBetween(90L, 100L))
			.expectHeader().value("RateLimit", s -> assertThat(s).startsWith("\"points\";r="))
			.expectHeader().valueEquals("RateLimit-Policy", "\"points\";q=30000;w=30000")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("RATE_LIMITED");
	}

	@Test
	void everyThrottledResponse_carriesTheIetfHeaders_matchingThrottleStatus() {
		String client = "198.51.100.4";
		EntityExchangeResult<Map> result = this.http.post().uri("/graphql")
			.header("X-Forwarded-For", client)
			.bodyValue(Map.of("query", CHEAP))
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class)
			.returnResult();
		long available = available(result.getResponseBody());
		String header = result.getResponseHeaders().getFirst("RateLimit");
		assertThat(header).matches("\"points\";r=\\d+;t=\\d+");
		long remaining = Long.parseLong(header.replaceAll(".*;r=(\\d+);.*", "$1"));
		assertThat(remaining).isBetween(available - 1, available + 1);
		// Bad requests pay their request points too, and say so in the same headers.
		this.http.post().uri("/graphql")
			.header("X-Forwarded-For", client)
			.bodyValue(Map.of("query", "{ deals { nope } }"))
			.exchange()
			.expectStatus().isOk()
			.expectHeader()
			.value("RateLimit", s -> assertThat(Long.parseLong(s.replaceAll(".*;r=(\\d+);.*", "$1")))
				.isBetween(remaining - 100, remaining - 95));
	}

	private Map<String, Object> post(String client, String query) {
		return this.http.post().uri("/graphql")
			.header("X-Forwarded-For", client)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static Map<?, ?> cost(Map<String, Object> body) {
		return (Map<?, ?>) ((Map<?, ?>) body.get("extensions")).get("cost");
	}

	private static long available(Map<?, ?> body) {
		return ((Number) ((Map<?, ?>) cost((Map<String, Object>) body).get("throttleStatus")).get("currentlyAvailable"))
			.longValue();
	}

}
