package io.dealgraph.graphql;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into classified errors that leak nothing: BAD_REQUEST naming the argument for
 * client mistakes, UNAVAILABLE when the database cannot answer in time, INTERNAL_ERROR for the
 * rest. The message carries only the correlation id, which the server log repeats with the cause.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

	ErrorResolver() {
		setThreadLocalContextAware(false);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadInputException bad) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(bad.getMessage())
				.extensions(Map.of("argument", bad.argument()))
				.build();
		}
		String id = env.getExecutionId().toString();
		if (isUnavailable(ex)) {
			log.warn("UNAVAILABLE [{}] at {}: {}", id, env.getExecutionStepInfo().getPath(), ex.toString());
			return GraphqlErrorBuilder.newError(env)
				.errorType(UNAVAILABLE)
				.message("The database did not answer in time; try again shortly (correlation id " + id + ")")
				.extensions(Map.of("correlationId", id))
				.build();
		}
		log.error("INTERNAL_ERROR [{}] at {}", id, env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error (correlation id " + id + ")")
			.extensions(Map.of("correlationId", id))
			.build();
	}

	/** Connection failures, timeouts and cancelled statements: worth retrying, nothing the client did. */
	static boolean isUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessException
					|| cause instanceof SQLTransientException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57014")
							|| sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
