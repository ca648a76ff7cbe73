package io.dealgraph.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * What a subscription's stream failing becomes: the same classified, masked errors as a query's
 * (a client over a limit RATE_LIMITED, anything else INTERNAL_ERROR or UNAVAILABLE with the
 * server log holding the cause).
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

	SubscriptionErrors() {
		setThreadLocalContextAware(false);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof RateLimitedException limited) {
			return GraphqlErrorBuilder.newError()
				.errorType(LimitsInstrumentation.RATE_LIMITED)
				.message(limited.getMessage())
				.extensions(Map.of("limit", limited.limit(), "maximum", limited.maximum()))
				.build();
		}
		String id = java.util.UUID.randomUUID().toString();
		log.debug("Subscription failed [{}]", id, ex);
		return ErrorResolver.failure(ex, id, null, null);
	}

}
