package io.dealgraph.config;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static io.dealgraph.config.HttpCachingConfig.ValidatorFilter.etag;
import static io.dealgraph.config.HttpCachingConfig.ValidatorFilter.matches;
import static org.assertj.core.api.Assertions.assertThat;

/** A query's validator: the newest release, the request object and the representation asked for. */
class HttpValidatorsTests {

	private static MockHttpServletRequest request(String body, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

	@Test
	void theValidator_changesWithTheRelease_theRequestObject_andTheRepresentation_andNothingElse() throws Exception {
		String query = "{\"query\":\"{ deals { totalCount } }\"}";
		String atOne = etag(1, request(query, "application/json"));
		assertThat(etag(1, request(query, "application/json"))).isEqualTo(atOne).startsWith("\"r1-").hasSize(32);
		assertThat(etag(2, request(query, "application/json"))).isNotEqualTo(atOne).startsWith("\"r2-");
		assertThat(etag(1, request("{\"query\":\"{ deals { totalCount } }\",\"variables\":{\"a\":1}}", "application/json")))
			.isNotEqualTo(atOne);
		assertThat(etag(1, request(query, "application/graphql-response+json"))).isNotEqualTo(atOne);
	}

	@Test
	void ifNoneMatch_matchesTheValidatorInAList_weakOrStrong_orAStar() {
		assertThat(matches(null, "\"r1-x\"")).isFalse();
		assertThat(matches("\"r1-y\"", "\"r1-x\"")).isFalse();
		assertThat(matches("\"a\", \"r1-x\"", "\"r1-x\"")).isTrue();
		assertThat(matches("W/\"r1-x\"", "\"r1-x\"")).isTrue();
		assertThat(matches("*", "\"r1-x\"")).isTrue();
	}

}
