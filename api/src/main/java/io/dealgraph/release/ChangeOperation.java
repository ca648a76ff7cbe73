package io.dealgraph.release;

/** What a release did to a fact: the {@code revtype} of its version, 0, 1 or 2 (V14's fact_change). */
public enum ChangeOperation {

	/** The fact is new in the release. */
	ADDED,
	/** Its values or collections changed. */
	CHANGED,
	/** It is no longer in the ledger. */
	REMOVED

}
