package io.dealgraph.access;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** {@code DEALGRAPH_REQUIRE_API_KEY=true}: anonymous requests are refused; issued keys are served. */
@TestPropertySource(properties = "dealgraph.require-api-key=true")
class RequiredKeyTests extends ApiTest {

	@Autowired
	ApiKeys keys;

	@Test
	void withKeysRequired_anAnonymousRequestGets401_andAnIssuedKeyIsServed() {
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals("WWW-Authenticate", "ApiKey header=\"X-API-Key\"")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].message").isEqualTo("This API requires an issued key in the X-API-Key header");
		String key = this.keys.create("required-" + System.nanoTime(), null, null);
		this.http.post().uri("/graphql").header("X-API-Key", key).bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist("RateLimit")
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8)
			.jsonPath("$.extensions.cost.throttleStatus").doesNotExist();
	}

}
