package io.dealgraph.commitment;

/** The schema's {@code Firmness}: whether a commitment stands or waits on conditions, apart from how the source reported it. */
public enum Firmness {

	FIRM, CONTINGENT, UNKNOWN

}
