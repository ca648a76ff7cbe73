package io.dealgraph.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/** Errors answered before GraphQL runs (401, 413, 429, ...), shaped like every GraphQL error. */
public final class HttpErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpErrors() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, int status,
			String classification, String message) throws IOException {
		write(request, response, status, classification, message, Map.of());
	}

	/**
	 * {@code {"errors":[{"message", "extensions":{"classification", ...extensions}}]}}, with the
	 * client's RateLimit headers when the request (which may be null) was throttled.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status,
			String classification, String message, Map<String, ?> extensions) throws IOException {
		if (request != null && request.getAttribute(PointBucket.ATTRIBUTE) instanceof PointBucket bucket) {
			bucket.writeHeaders(response::setHeader);
		}
		Map<String, Object> ext = new LinkedHashMap<>();
		ext.put("classification", classification);
		ext.putAll(extensions);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", ext);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
	}

}
