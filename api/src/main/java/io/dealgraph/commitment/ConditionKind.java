package io.dealgraph.commitment;

/** The schema's {@code ConditionKind}: whether meeting a condition releases a commitment or ends it. */
public enum ConditionKind {

	TRIGGER, LAPSE

}
