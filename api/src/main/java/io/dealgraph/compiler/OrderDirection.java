package io.dealgraph.compiler;

/** The schema's {@code OrderDirection}: the direction of every order. */
public enum OrderDirection {

	ASC, DESC

}
