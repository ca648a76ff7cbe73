package io.dealgraph.graphql;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Internal failures reach the client as a classification and a correlation id, and the log as the whole cause. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorResolverTests {

	final ErrorResolver resolver = new ErrorResolver();

	final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.executionId(ExecutionId.from("corr-123"))
		.mergedField(MergedField.newMergedField(new Field("deals")).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("deals"))
			.build())
		.build();

	@Test
	void anUnexpectedFailure_isInternalError_withOnlyTheCorrelationId_andTheLogHasTheCause(CapturedOutput output) {
		GraphQLError error = this.resolver.resolveToSingleError(
				new IllegalStateException("ERROR: column d.secret does not exist in org.postgresql.Driver"), this.env);
		assertThat(error.getMessage()).isEqualTo("Internal error (correlation id corr-123)");
		assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
		assertThat(error.getExtensions()).containsEntry("correlationId", "corr-123");
		assertThat(error.toSpecification().toString()).doesNotContain("secret", "org.postgresql", "IllegalState");
		assertThat(output.getAll()).contains("INTERNAL_ERROR [corr-123]", "column d.secret does not exist");
	}

	@Test
	void aDatabaseThatCannotBeReached_isUnavailable_withoutDriverText() {
		GraphQLError error = this.resolver.resolveToSingleError(
				new CannotGetJdbcConnectionException("Connection to localhost:5432 refused"), this.env);
		assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
		assertThat(error.getMessage()).contains("corr-123").doesNotContain("5432", "refused");
	}

	@Test
	void aTransactionCancelledOnAReplicaOrLostToASerializationRace_isUnavailable_andAnyOtherSqlErrorIsInternal() {
		for (String state : new String[] { "40001", "40P01", "57014", "08006" }) {
			GraphQLError error = this.resolver.resolveToSingleError(
					new RuntimeException(new java.sql.SQLException("canceling statement due to conflict with recovery", state)), this.env);
			assertThat(error.getErrorType().toString()).as(state).isEqualTo("UNAVAILABLE");
			assertThat(error.getMessage()).doesNotContain("recovery");
		}
		GraphQLError error = this.resolver.resolveToSingleError(
				new RuntimeException(new java.sql.SQLException("column x does not exist", "42703")), this.env);
		assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
	}

	@Test
	void aClientMistake_isBadRequest_namingTheArgument() {
		GraphQLError error = this.resolver.resolveToSingleError(new BadInputException("first", "must be between 1 and 100"),
				this.env);
		assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		assertThat(error.getExtensions()).containsEntry("argument", "first");
	}

}
