package io.dealgraph.commitment;

/** The schema's {@code Qualifier}. */
public enum Qualifier {

	EXACT, UP_TO, AT_LEAST, ABOUT, MORE_THAN, ORDER_OF

}
