package io.dealgraph.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP limits in front of {@code /graphql}: a per-client token bucket (429 with Retry-After) and a
 * request body cap (413). Both answer with a GraphQL-shaped JSON error.
 */
@Configuration(proxyBeanMethods = false)
class HttpLimitsConfig {

	@Bean
	FilterRegistrationBean<BodySizeFilter> bodySizeFilter(@Value("${dealgraph.limits.max-body-bytes}") int maxBytes) {
		FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter(maxBytes));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	@ConditionalOnBooleanProperty("dealgraph.rate-limit.enabled")
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(@Value("${dealgraph.rate-limit.capacity}") long capacity,
			@Value("${dealgraph.rate-limit.per-second}") long perSecond) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(capacity, perSecond));
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static void reject(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"" + classification
					+ "\"}}]}");
	}

	/**
	 * Checks the shape of a request before Spring sees it: a body over the limit is 413 (by
	 * Content-Length, or by reading at most one byte past it), a wildcard Content-Type is 415, and a
	 * JSON body that is not an object (such as {@code null} or an array of requests) is 400.
	 */
	static final class BodySizeFilter extends OncePerRequestFilter {

		private final int maxBytes;

		BodySizeFilter(int maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"POST".equals(request.getMethod())) {
				withJsonErrorBody(request, response, chain);
				return;
			}
			String contentType = request.getContentType();
			if (contentType != null && contentType.contains("*")) {
				reject(response, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json, not a wildcard");
				return;
			}
			if (request.getContentLengthLong() > this.maxBytes) {
				tooLarge(response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				tooLarge(response);
				return;
			}
			boolean json = isJson(contentType);
			if (json && !isJsonObject(body)) {
				reject(response, 400, "BAD_REQUEST",
						"The body must be one JSON object such as {\\\"query\\\": \\\"{ deals { totalCount } }\\\"}");
				return;
			}
			if (!json || !acceptsJson(request)) {
				withJsonErrorBody(new CachedBody(request, body), response, chain);
				return;
			}
			chain.doFilter(new CachedBody(request, body), response);
		}

		/**
		 * For requests Spring refuses before GraphQL (wrong method, media type or Accept), an
		 * empty 4xx becomes a JSON error. Normal JSON POSTs are not buffered.
		 */
		private static void withJsonErrorBody(HttpServletRequest request, HttpServletResponse response,
				FilterChain chain) throws ServletException, IOException {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			int status = wrapper.getStatus();
			if (status >= 400 && wrapper.getContentSize() == 0) {
				wrapper.resetBuffer();
				String classification = switch (status) {
					case 405 -> "METHOD_NOT_ALLOWED";
					case 406 -> "NOT_ACCEPTABLE";
					case 415 -> "UNSUPPORTED_MEDIA_TYPE";
					default -> "BAD_REQUEST";
				};
				reject(wrapper, status, classification, "POST a JSON object {query, variables, operationName} with "
						+ "Content-Type application/json; responses are application/json or application/graphql-response+json");
			}
			wrapper.copyBodyToResponse();
		}

		private static boolean isJson(String contentType) {
			try {
				MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
				return type != null && "application".equals(type.getType())
						&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
		}

		private static boolean acceptsJson(HttpServletRequest request) {
			String accept = request.getHeader("Accept");
			return accept == null || accept.contains("json") || accept.contains("*/*") || accept.contains("application/*");
		}

		private static boolean isJsonObject(byte[] body) {
			for (byte b : body) {
				if (!Character.isWhitespace(b)) {
					return b == '{';
				}
			}
			return false;
		}

		private void tooLarge(HttpServletResponse response) throws IOException {
			reject(response, 413, "PAYLOAD_TOO_LARGE", "The request body exceeds " + this.maxBytes + " bytes");
		}

	}

	/** A request whose body was already read into memory. */
	static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

	/** A token bucket per API key ({@code X-API-Key}) or, without one, per client address. */
	static final class RateLimitFilter extends OncePerRequestFilter {

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();

		private final long capacity;

		private final long perSecond;

		RateLimitFilter(long capacity, long perSecond) {
			this.capacity = capacity;
			this.perSecond = perSecond;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String apiKey = request.getHeader("X-API-Key");
			String client = apiKey != null && !apiKey.isBlank() ? "key:" + apiKey : "ip:" + request.getRemoteAddr();
			Bucket bucket = this.buckets.get(client, key -> Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.capacity)
					.refillGreedy(this.perSecond, Duration.ofSeconds(1))
					.build())
				.build());
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
			if (probe.isConsumed()) {
				chain.doFilter(request, response);
				return;
			}
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
			response.setHeader("Retry-After", String.valueOf(seconds));
			reject(response, 429, "RATE_LIMITED", "Too many requests; retry after " + seconds + " s");
		}

	}

}
