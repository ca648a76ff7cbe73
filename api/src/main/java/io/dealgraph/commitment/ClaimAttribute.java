package io.dealgraph.commitment;

/** The schema's {@code ClaimAttribute}. */
public enum ClaimAttribute {

	AMOUNT, UNIT, QUALIFIER, MODALITY, DATE, COMMITTER, RECIPIENT

}
