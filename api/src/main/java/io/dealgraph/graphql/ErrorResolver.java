package io.dealgraph.graphql;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
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
public class ErrorResolver extends DataFetcherExceptionResolverAdapter {

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
		return failure(ex, env.getExecutionId().toString(), env.getExecutionStepInfo().getPath(),
				env.getField().getSourceLocation());
	}

	/** A client mistake in a field's arguments, wherever it was found: BAD_REQUEST naming the argument. */
	public static GraphQLError badInput(BadInputException bad, ResultPath path, SourceLocation location) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.path(path)
			.errorType(ErrorType.BAD_REQUEST)
			.message(bad.getMessage())
			.extensions(Map.of("argument", bad.argument()));
		if (location != null) {
			builder.location(location);
		}
		return builder.build();
	}

	/**
	 * The error a failure outside the client's control becomes, wherever it happened (a data
	 * fetcher, or a compiled root field's statement): UNAVAILABLE when retrying may help, else
	 * INTERNAL_ERROR; the message and extensions carry only the correlation id.
	 */
	public static GraphQLError failure(Throwable ex, String id, ResultPath path, SourceLocation location) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().path(path).extensions(Map.of("correlationId", id));
		if (location != null) {
			builder.location(location);
		}
		if (isUnavailable(ex)) {
			log.warn("UNAVAILABLE [{}] at {}: {}", id, path, ex.toString());
			return builder.errorType(UNAVAILABLE)
				.message("The database did not answer in time; try again shortly (correlation id " + id + ")")
				.build();
		}
		log.error("INTERNAL_ERROR [{}] at {}", id, path, ex);
		return builder.errorType(ErrorType.INTERNAL_ERROR).message("Internal error (correlation id " + id + ")").build();
	}

	/**
	 * Connection failures, timeouts, cancelled statements, and a transaction a replica cancelled or
	 * that lost a serialization race (class 40): worth retrying, nothing the client did.
	 */
	static boolean isUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessException
					|| cause instanceof SQLTransientException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57014")
							|| sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("40"))) {
				return true;
			}
		}
		return false;
	}

}
