package io.dealgraph.event;

/** The schema's {@code EventKind}. */
public enum EventKind {

	ANNOUNCEMENT, AGREEMENT, RESTRUCTURING, MEMO_REPORT, LAUNCH, STATEMENT

}
