package io.dealgraph.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.dealgraph.graphql.HttpErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP limits in front of {@code /graphql}: a request body cap (413) and the shape of a GraphQL
 * request, answered with a GraphQL-shaped JSON error. (Keys and rate limits: {@code access}.)
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

	/**
	 * Checks the shape of a request before Spring sees it: a body over the limit is 413 (by
	 * Content-Length, or by reading at most one byte past it), a wildcard Content-Type is 415, and a
	 * JSON body that is not a GraphQL request object ({@link GraphQlRequestShape}) is 400.
	 */
	static final class BodySizeFilter extends OncePerRequestFilter {

		private final int maxBytes;

		BodySizeFilter(int maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("GET".equals(request.getMethod()) && GetRequests.isGraphQl(request)) {
				GetRequests.Converted get = GetRequests.convert(request);
				if (get.refusal() != null) {
					if (get.refusal().status() == 405) {
						response.setHeader("Allow", "GET, POST");
					}
					HttpErrors.write(request, response, get.refusal().status(), get.refusal().classification(), get.refusal().message());
					return;
				}
				if (get.body().length > this.maxBytes) {
					tooLarge(request, response);
					return;
				}
				// Built as a request object (GetRequests), so it needs no shape check: it goes on as a JSON POST.
				forward(new GetAsPost(request, get.body()), true, response, chain);
				return;
			}
			if (!"POST".equals(request.getMethod())) {
				if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
					// DELETE, PUT, PATCH, OPTIONS, ...: no static resource to look for, the method is not allowed here.
					response.setHeader("Allow", "GET, POST");
					HttpErrors.write(request, response, 405, "METHOD_NOT_ALLOWED", "POST a JSON object {query, variables, "
							+ "operationName} with Content-Type application/json, or GET a query with URL parameters query, "
							+ "variables, operationName; " + request.getMethod() + " is not allowed");
					return;
				}
				withJsonErrorBody(request, response, chain);
				return;
			}
			String contentType = request.getContentType();
			if (contentType != null && contentType.contains("*")) {
				HttpErrors.write(request, response, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json, not a wildcard");
				return;
			}
			if (request.getContentLengthLong() > this.maxBytes) {
				tooLarge(request, response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				tooLarge(request, response);
				return;
			}
			boolean json = isJson(contentType);
			String shapeError = json ? GraphQlRequestShape.check(body) : null;
			if (shapeError != null) {
				HttpErrors.write(request, response, 400, "BAD_REQUEST", shapeError);
				return;
			}
			forward(new CachedBody(request, body), json, response, chain);
		}

		/** A request with its body in memory, on to Spring: buffered for a JSON error where Spring would refuse it. */
		private static void forward(HttpServletRequest request, boolean json, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!json || !(acceptsJson(request) || acceptsEventStream(request))) {
				withJsonErrorBody(request, response, chain);
				return;
			}
			chain.doFilter(request, response);
		}

		/**
		 * For requests Spring refuses before GraphQL (wrong method, media type or Accept), an
		 * empty 4xx becomes a JSON error. Normal JSON POSTs and event streams are not buffered.
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
				HttpErrors.write(request, wrapper, status, classification, "POST a JSON object {query, variables, operationName} with "
						+ "Content-Type application/json; responses are application/json or application/graphql-response+json");
			}
			wrapper.copyBodyToResponse();
		}

		private static boolean isJson(String contentType) {
			if ("application/json".equalsIgnoreCase(contentType)) {
				// What nearly every client sends: no media type to parse (the parse showed in the profile).
				return true;
			}
			try {
				MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
				return type != null && "application".equals(type.getType())
						&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
		}

		/** A subscription over Server-Sent Events: streamed as it goes, never buffered here. */
		private static boolean acceptsEventStream(HttpServletRequest request) {
			String accept = request.getHeader("Accept");
			return accept != null && accept.contains("text/event-stream");
		}

		private static boolean acceptsJson(HttpServletRequest request) {
			String accept = request.getHeader("Accept");
			return accept == null || accept.contains("json") || accept.contains("*/*") || accept.contains("application/*");
		}

		private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
			HttpErrors.write(request, response, 413, "PAYLOAD_TOO_LARGE", "The request body exceeds " + this.maxBytes + " bytes");
		}

	}

	/**
	 * A query sent by GET, as the JSON POST it stands for ({@link GetRequests}): the same handler,
	 * limits and errors. Its original method stays in the request attribute {@link #METHOD}.
	 */
	static final class GetAsPost extends CachedBody {

		/** The request attribute holding the method the client used. */
		static final String METHOD = "dealgraph.httpMethod";

		GetAsPost(HttpServletRequest request, byte[] body) {
			super(request, body);
			request.setAttribute(METHOD, "GET");
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return GetRequests.CONTENT_TYPE;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? GetRequests.CONTENT_TYPE
					: "Content-Length".equalsIgnoreCase(name) ? String.valueOf(getContentLength()) : super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			String value = "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name) ? getHeader(name) : null;
			return value != null ? java.util.Collections.enumeration(java.util.List.of(value)) : super.getHeaders(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaderNames() {
			java.util.Set<String> names = new java.util.LinkedHashSet<>(java.util.Collections.list(super.getHeaderNames()));
			names.add("Content-Type");
			names.add("Content-Length");
			return java.util.Collections.enumeration(names);
		}

	}

	/** A request whose body was already read into memory. */
	static class CachedBody extends HttpServletRequestWrapper {

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

}
