package io.dealgraph.statement;

/** One speaker of a statement. */
public record Speaker(long statementId, Long personId, Long organizationId) {
}
