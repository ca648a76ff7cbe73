package io.dealgraph.commitment;

/** The schema's {@code Unit}. */
public enum Unit {

	USD, GW

}
