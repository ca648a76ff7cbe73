package io.dealgraph.config;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import io.dealgraph.compiler.KnownReleases;
import io.dealgraph.graphql.PointBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.dealgraph.config.HttpCachingConfig.ValidatorFilter.etag;
import static io.dealgraph.config.HttpCachingConfig.ValidatorFilter.markedAsHit;
import static io.dealgraph.graphql.EntityTags.matches;
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

	private static String hit(String body) {
		byte[] marked = markedAsHit(body.getBytes(StandardCharsets.UTF_8));
		return marked == null ? null : new String(marked, StandardCharsets.UTF_8);
	}

	@Test
	void aKeptAnswer_isMarkedAsAHit_firstInItsExtensions_withEveryOtherByteAsItWas() {
		assertThat(hit("{\"data\":{\"n\":\"é—€\"},\"extensions\":{\"cost\":{\"actualQueryCost\":3}}}"))
			.isEqualTo("{\"data\":{\"n\":\"é—€\"},\"extensions\":{\"responseCache\":\"HIT\",\"cost\":{\"actualQueryCost\":3}}}");
		assertThat(hit("{\"data\":{\"n\":1},\"extensions\":{}}")).isEqualTo("{\"data\":{\"n\":1},\"extensions\":{\"responseCache\":\"HIT\"}}");
		assertThat(hit("{\"data\":{\"extensions\":{}}}"))
			.isEqualTo("{\"data\":{\"extensions\":{}},\"extensions\":{\"responseCache\":\"HIT\"}}");
		assertThat(hit("{\"extensions\":{\"responseCache\":\"HIT\"},\"data\":null}"))
			.isEqualTo("{\"extensions\":{\"responseCache\":\"HIT\"},\"data\":null}");
		assertThat(hit("[1]")).isNull();
		assertThat(hit("{\"data\":")).isNull();
	}

	private static final KnownReleases RELEASE_ONE = new KnownReleases() {

		@Override
		public OptionalLong loadedBy(Instant instant) {
			return OptionalLong.of(1);
		}

		@Override
		public boolean exists(long number) {
			return number == 1;
		}

		@Override
		public OptionalLong latest() {
			return OptionalLong.of(1);
		}

	};

	private static MockHttpServletRequest get(String body) {
		MockHttpServletRequest request = request(body, "application/json");
		request.setAttribute(HttpLimitsConfig.GetAsPost.METHOD, "GET");
		return request;
	}

	@Test
	void aWholeAnswerIsKept_andSentAgainWithoutRunning_exceptToARequestThatDrawsOnARateLimitBucket() throws Exception {
		HttpCachingConfig.ValidatorFilter filter = new HttpCachingConfig.ValidatorFilter(RELEASE_ONE, new SimpleMeterRegistry(),
				60, 300, 1 << 20);
		AtomicInteger runs = new AtomicInteger();
		FilterChain chain = (req, res) -> {
			runs.incrementAndGet();
			res.setContentType("application/json");
			res.getOutputStream().write("{\"data\":{\"n\":1},\"extensions\":{\"cost\":{}}}".getBytes(StandardCharsets.UTF_8));
		};
		String query = "{\"query\":\"{ n }\"}";
		MockHttpServletResponse fresh = new MockHttpServletResponse();
		filter.doFilter(get(query), fresh, chain);
		assertThat(fresh.getContentAsString()).isEqualTo("{\"data\":{\"n\":1},\"extensions\":{\"cost\":{}}}");

		MockHttpServletResponse kept = new MockHttpServletResponse();
		filter.doFilter(get(query), kept, chain);
		assertThat(runs).hasValue(1);
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(kept.getContentType()).isEqualTo("application/json");
		assertThat(kept.getHeader("ETag")).isEqualTo(fresh.getHeader("ETag"));
		assertThat(kept.getHeader("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=300");
		assertThat(kept.getContentAsString()).isEqualTo("{\"data\":{\"n\":1},\"extensions\":{\"responseCache\":\"HIT\",\"cost\":{}}}");

		MockHttpServletRequest throttled = get(query);
		throttled.setAttribute(PointBucket.ATTRIBUTE, new Object());
		MockHttpServletResponse own = new MockHttpServletResponse();
		filter.doFilter(throttled, own, chain);
		assertThat(runs).hasValue(2);
		assertThat(own.getContentAsString()).doesNotContain("responseCache");

		MockHttpServletResponse other = new MockHttpServletResponse();
		filter.doFilter(get("{\"query\":\"{ m: n }\"}"), other, chain);
		assertThat(runs).hasValue(3);
	}

}
