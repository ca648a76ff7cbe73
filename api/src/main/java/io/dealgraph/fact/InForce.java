package io.dealgraph.fact;

/** The schema's {@code InForce}: whether a fact was in force on a day, as {@code in_force()} (V6) answers. */
public enum InForce {

	TRUE, FALSE, UNKNOWN

}
