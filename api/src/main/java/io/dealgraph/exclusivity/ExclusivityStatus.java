package io.dealgraph.exclusivity;

/** The schema's {@code ExclusivityStatus}. */
public enum ExclusivityStatus {

	ANNOUNCED, IN_FORCE, ENDED, SUPERSEDED

}
