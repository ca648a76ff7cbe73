package io.dealgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ExecutionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Gives every request a correlation id (the client's {@code X-Request-Id} when it is sane, else a
 * new one): it is the GraphQL execution id, so it appears in error messages and the server log,
 * and it is echoed in the {@code X-Request-Id} response header. A throttled request's point
 * bucket goes into the GraphQL context, and its state into the RateLimit headers of the
 * response (with Retry-After when its cost was refused). Errors graphql-java raises
 * before execution (syntax, validation, variable coercion) are classified BAD_REQUEST like the
 * API's own argument errors.
 */
@Component
public class RequestInterceptor implements WebGraphQlInterceptor {

	/** The request attribute and MDC key the correlation id is kept under. */
	public static final String CORRELATION_ID = "correlationId";

	static final String HEADER = "X-Request-Id";

	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Logger log = LoggerFactory.getLogger(RequestInterceptor.class);

	private final RequestMetrics metrics;

	RequestInterceptor(RequestMetrics metrics) {
		this.metrics = metrics;
	}

	/** The client's id when it is sane, else a new one. */
	public static String correlationId(String given) {
		return given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		Object assigned = request.getAttributes().get(CORRELATION_ID);
		String id = assigned instanceof String value ? value : correlationId(request.getHeaders().getFirst(HEADER));
		Object bucket = request.getAttributes().get(PointBucket.ATTRIBUTE);
		Object named = request.getAttributes().get(Clients.ATTRIBUTE);
		// A WebSocket's requests carry no attribute of the access filter's: named from the handshake.
		String client = named instanceof String name ? name : Clients.of(request.getHeaders().getFirst("X-API-Key"),
				request.getRemoteAddress() == null ? null : request.getRemoteAddress().getHostString());
		request.configureExecutionInput((input, builder) -> {
			builder.executionId(ExecutionId.from(id));
			builder.graphQLContext(Map.of(Clients.ATTRIBUTE, client));
			if (bucket != null) {
				builder.graphQLContext(Map.of(PointBucket.ATTRIBUTE, bucket));
			}
			return builder.build();
		});
		return chain.next(request).map(response -> {
			this.metrics.record(response, started);
			if (bucket instanceof PointBucket points) {
				points.writeHeaders(response.getResponseHeaders()::set);
				Long retryAfter = response.getExecutionInput().getGraphQLContext().get(PointBucket.RETRY_AFTER);
				if (retryAfter != null) {
					response.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
				}
			}
			if (log.isDebugEnabled()) {
				log.debug("GraphQL {} answered in {} ms with {} error(s)",
						response.getExecutionInput().getGraphQLContext().getOrDefault(RequestMetrics.OPERATION_NAME, "request"),
						(System.nanoTime() - started) / 1_000_000, response.getErrors().size());
			}
			if (response.getExecutionResult().getData() instanceof org.reactivestreams.Publisher<?> && !streams(request)) {
				// A subscription asked as a plain request, whose answer would be the stream object itself.
				return response.transform(builder -> builder.data(null).errors(List.of(GraphqlErrorBuilder.newError()
					.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
					.message("A subscription is served over Server-Sent Events (POST with Accept: text/event-stream) "
							+ "or WebSocket (graphql-transport-ws), not as a single response")
					.build())));
			}
			if (response.getErrors().stream().noneMatch(RequestInterceptor::isRequestError)) {
				return response;
			}
			return response.transform(builder -> builder.errors(reclassify(response.getErrors())));
		});
	}

	/** Whether the transport carries a stream of results: a WebSocket, or an HTTP request for an event stream. */
	private static boolean streams(WebGraphQlRequest request) {
		if (request instanceof org.springframework.graphql.server.WebSocketGraphQlRequest) {
			return true;
		}
		try {
			return request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::isCompatibleWith);
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isRequestError(ResponseError error) {
		ErrorClassification type = error.getErrorType();
		return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax;
	}

	private static List<GraphQLError> reclassify(List<ResponseError> errors) {
		return errors.stream().map(error -> {
			GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.errorType(isRequestError(error) ? org.springframework.graphql.execution.ErrorType.BAD_REQUEST
						: error.getErrorType());
			if (!error.getParsedPath().isEmpty()) {
				builder.path(error.getParsedPath());
			}
			Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
			extensions.remove("classification");
			if (isRequestError(error)) {
				extensions.put("detail", error.getErrorType().toString());
			}
			return (GraphQLError) builder.extensions(extensions).build();
		}).toList();
	}

}
