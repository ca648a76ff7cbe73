package io.dealgraph.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import io.dealgraph.compiler.KnownReleases;
import io.dealgraph.graphql.Sha256;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfig {

	@Bean
	FilterRegistrationBean<ValidatorFilter> httpValidators(KnownReleases releases, MeterRegistry meters,
			@Value("${dealgraph.http-cache.max-age}") long maxAge,
			@Value("${dealgraph.http-cache.stale-while-revalidate}") long staleWhileRevalidate) {
		FilterRegistrationBean<ValidatorFilter> registration = new FilterRegistrationBean<>(
				new ValidatorFilter(releases, meters, maxAge, staleWhileRevalidate));
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

		ValidatorFilter(KnownReleases releases, MeterRegistry meters, long maxAge, long staleWhileRevalidate) {
			this.releases = releases;
			this.notModified = Counter.builder("dealgraph.http.not_modified")
				.description("Queries by GET answered 304 Not Modified, before anything ran")
				.register(meters);
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
			boolean keyed = request.getHeader("X-API-Key") != null;
			response.setHeader("Vary", "Accept, X-API-Key");
			if (matches(request.getHeader("If-None-Match"), etag)) {
				this.notModified.increment();
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				response.setHeader("ETag", etag);
				response.setHeader("Cache-Control", keyed ? this.privateControl : this.publicControl);
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && !hasErrors(wrapper.getContentAsByteArray())) {
				wrapper.setHeader("ETag", etag);
				wrapper.setHeader("Cache-Control", keyed ? this.privateControl : this.publicControl);
			}
			else {
				wrapper.setHeader("Cache-Control", "no-store");
			}
			wrapper.copyBodyToResponse();
		}

		/** The strong validator of this answer: the release, the request object and the representation asked for. */
		static String etag(long release, HttpServletRequest request) throws IOException {
			String hash = Sha256.hex("r" + release + "\u001f" + request.getHeader("Accept") + "\u001f"
					+ new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			return "\"r" + release + "-" + hash.substring(0, 27) + "\"";
		}

		/** Whether If-None-Match names the validator (or is *), as RFC 9110 compares them (weakly). */
		static boolean matches(String ifNoneMatch, String etag) {
			if (ifNoneMatch == null) {
				return false;
			}
			for (String tag : ifNoneMatch.split(",")) {
				String t = tag.trim();
				if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
					return true;
				}
			}
			return false;
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
