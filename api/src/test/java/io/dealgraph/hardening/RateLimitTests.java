package io.dealgraph.hardening;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With rate limiting on, each client gets its own token bucket; an empty bucket answers 429. */
@TestPropertySource(properties = { "dealgraph.rate-limit.enabled=true", "dealgraph.rate-limit.capacity=5",
		"dealgraph.rate-limit.per-second=1" })
class RateLimitTests extends ApiTest {

	@Test
	void aClientPastItsBurst_gets429WithRetryAfter_whileAnotherKeyIsServed() {
		for (int i = 0; i < 5; i++) {
			this.http.post().uri("/graphql").header("X-API-Key", "burst-test")
				.bodyValue(Map.of("query", "{ deals { totalCount } }"))
				.exchange()
				.expectStatus().isOk();
		}
		this.http.post().uri("/graphql").header("X-API-Key", "burst-test")
			.bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2))
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("RATE_LIMITED");
		this.http.post().uri("/graphql").header("X-API-Key", "another-client")
			.bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8);
	}

}
