package io.dealgraph.commitment;

/** The schema's {@code AmendmentKind}: what a commitment does to the earlier one it amends. */
public enum AmendmentKind {

	ENLARGES, REPLACES, ENDS

}
