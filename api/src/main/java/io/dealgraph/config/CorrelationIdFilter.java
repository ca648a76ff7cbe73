package io.dealgraph.config;

import java.io.IOException;

import io.dealgraph.graphql.RequestInterceptor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each HTTP request its correlation id first, so every log line of the request carries it
 * (MDC key {@code correlationId}, a field of the JSON logs) and GraphQL uses the same id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = RequestInterceptor.correlationId(request.getHeader("X-Request-Id"));
		request.setAttribute(RequestInterceptor.CORRELATION_ID, id);
		response.setHeader("X-Request-Id", id);
		MDC.put(RequestInterceptor.CORRELATION_ID, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestInterceptor.CORRELATION_ID);
		}
	}

}
