package io.dealgraph.statement;

/** The schema's {@code StatementChannel}. */
public enum StatementChannel {

	MEMO, JOINT_STATEMENT, REMARKS, PUBLIC_STATEMENT

}
