package io.dealgraph.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dealgraph.compiler.KnownReleases;
import io.dealgraph.graphql.EntityTags;
import io.dealgraph.graphql.PointBucket;
import io.dealgraph.graphql.Sha256;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Validators and cache headers for queries by GET. The ledger changes only when a release is
 * loaded, so a query's answer is known by the newest release, the request object it came as
 * (document, operation, variables, extensions) and the representation asked for ({@code Accept}):
 * its {@code ETag} is their hash, computed before anything runs, and an {@code If-None-Match} that
 * names it is answered 304 with no statement. An answer without errors is marked cacheable
 * ({@code public}, or {@code private} when the request carries an API key); one with errors is not.
 *
 * <p>The same key finds whole answers: a query by GET whose answer (200, no errors) is kept here is
 * sent again as it was, marked {@code extensions.responseCache: "HIT"}, without parsing, validation
 * or execution. Such an answer depends on nothing but that key: the documents mode and the cost
 * ceiling are the instance's, and keys and rate limits ran before this filter. Only a request that
 * draws on a rate-limit bucket (whose {@code throttleStatus} and headers are its own) always runs;
 * it still meets the statements' cache ({@code compiler.AnswerCache}). Emptied, like that one, when
 * the instance learns of a release; bounded by {@code dealgraph.response-cache.max-bytes}.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfig {

	@Bean
	FilterRegistrationBean<ValidatorFilter> httpValidators(KnownReleases releases, MeterRegistry meters,
			@Value("${dealgraph.http-cache.max-age}") long maxAge,
			@Value("${dealgraph.http-cache.stale-while-revalidate}") long staleWhileRevalidate,
			@Value("${dealgraph.response-cache.max-bytes}") long maxAnswerBytes) {
		FilterRegistrationBean<ValidatorFilter> registration = new FilterRegistrationBean<>(
				new ValidatorFilter(releases, meters, maxAge, staleWhileRevalidate, maxAnswerBytes));
		registration.addUrlPatterns("/graphql");
		// After the keys and rate limits (+10) and the GET-to-POST conversion and limits (+20).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	static final class ValidatorFilter extends OncePerRequestFilter {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final KnownReleases releases;

		private final Counter notModified;

		private final String publicControl;

		private final String privateControl;

		/** Whole answers by their ETag; null when the response cache is off. */
		private final Cache<String, Answer> answers;

		private final Counter hits;

		private final Counter misses;

		/** An answer as it is sent again: its body (marked as a hit) and its content type. */
		record Answer(byte[] body, String contentType) {
		}

		ValidatorFilter(KnownReleases releases, MeterRegistry meters, long maxAge, long staleWhileRevalidate, long maxAnswerBytes) {
			this.releases = releases;
			this.notModified = Counter.builder("dealgraph.http.not_modified")
				.description("Queries by GET answered 304 Not Modified, before anything ran")
				.register(meters);
			this.answers = maxAnswerBytes <= 0 ? null
					: Caffeine.newBuilder()
						.maximumWeight(maxAnswerBytes)
						.weigher((String etag, Answer answer) -> etag.length() * 2 + answer.body().length + 96)
						.recordStats()
						.build();
			if (this.answers != null) {
				releases.whenChanged(this.answers::invalidateAll);
				CaffeineCacheMetrics.monitor(meters, this.answers, "dealgraph.http.answers");
			}
			this.hits = Counter.builder("dealgraph.http.answer_cache").tag("result", "hit")
				.description("Queries by GET sent a whole kept answer (hit) or run (miss)").register(meters);
			this.misses = Counter.builder("dealgraph.http.answer_cache").tag("result", "miss")
				.description("Queries by GET sent a whole kept answer (hit) or run (miss)").register(meters);
			this.publicControl = "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
			this.privateControl = "private, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			OptionalLong release = this.releases.latest();
			if (!"GET".equals(request.getAttribute(HttpLimitsConfig.GetAsPost.METHOD)) || release.isEmpty()
					|| (request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/event-stream"))) {
				chain.doFilter(request, response);
				return;
			}
			String etag = etag(release.getAsLong(), request);
			String control = request.getHeader("X-API-Key") != null ? this.privateControl : this.publicControl;
			response.setHeader("Vary", "Accept, X-API-Key");
			if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
				this.notModified.increment();
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				response.setHeader("ETag", etag);
				response.setHeader("Cache-Control", control);
				return;
			}
			boolean keep = this.answers != null && request.getAttribute(PointBucket.ATTRIBUTE) == null;
			Answer kept = keep ? this.answers.getIfPresent(etag) : null;
			if (keep) {
				(kept != null ? this.hits : this.misses).increment();
			}
			if (kept != null) {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setHeader("ETag", etag);
				response.setHeader("Cache-Control", control);
				response.setContentType(kept.contentType());
				response.setContentLength(kept.body().length);
				response.getOutputStream().write(kept.body());
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			byte[] body = wrapper.getContentAsByteArray();
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && !hasErrors(body)) {
				wrapper.setHeader("ETag", etag);
				wrapper.setHeader("Cache-Control", control);
				byte[] hit = keep && wrapper.getContentType() != null ? markedAsHit(body) : null;
				if (hit != null) {
					this.answers.put(etag, new Answer(hit, wrapper.getContentType()));
				}
			}
			else {
				wrapper.setHeader("Cache-Control", "no-store");
			}
			wrapper.copyBodyToResponse();
		}

		private static final String HIT_MEMBER = "\"responseCache\":\"HIT\"";

		/**
		 * The answer as a hit sends it: {@code "responseCache":"HIT"} first in its top-level
		 * extensions (as the statements' cache puts it), every other byte as it was; null when the
		 * body is not a JSON object.
		 */
		static byte[] markedAsHit(byte[] body) {
			try (JsonParser parser = JSON.createParser(body)) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					return null;
				}
				for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("extensions".equals(name) && value == JsonToken.START_OBJECT) {
						int at = (int) parser.currentTokenLocation().getByteOffset() + 1;
						JsonToken first = parser.nextToken();
						if (first == JsonToken.PROPERTY_NAME && "responseCache".equals(parser.currentName())) {
							return body;
						}
						return insert(body, at, "", first == JsonToken.END_OBJECT ? "" : ",");
					}
					parser.skipChildren();
				}
				int end = body.length - 1;
				while (end > 0 && body[end] != '}') {
					end--;
				}
				return insert(body, end, ",\"extensions\":{", "}");
			}
			catch (JacksonException ex) {
				return null;
			}
		}

		/** The body with prefix, the hit member and suffix inserted at a byte offset. */
		private static byte[] insert(byte[] body, int at, String prefix, String suffix) {
			byte[] inserted = (prefix + HIT_MEMBER + suffix).getBytes(StandardCharsets.UTF_8);
			byte[] out = new byte[body.length + inserted.length];
			System.arraycopy(body, 0, out, 0, at);
			System.arraycopy(inserted, 0, out, at, inserted.length);
			System.arraycopy(body, at, out, at + inserted.length, body.length - at);
			return out;
		}

		/** The strong validator of this answer: the release, the request object and the representation asked for. */
		static String etag(long release, HttpServletRequest request) throws IOException {
			String hash = Sha256.hex("r" + release + "\u001f" + request.getHeader("Accept") + "\u001f"
					+ new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			return "\"r" + release + "-" + hash.substring(0, 27) + "\"";
		}

		/** Whether the JSON answer has a top-level errors member. */
		private static boolean hasErrors(byte[] body) {
			try (JsonParser parser = JSON.createParser(body)) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					return true;
				}
				for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
					if ("errors".equals(parser.currentName())) {
						return true;
					}
					parser.nextToken();
					parser.skipChildren();
				}
				return false;
			}
			catch (JacksonException ex) {
				return true;
			}
		}

	}

}
