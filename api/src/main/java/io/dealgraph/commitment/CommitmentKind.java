package io.dealgraph.commitment;

/** The schema's {@code CommitmentKind}. */
public enum CommitmentKind {

	INVESTMENT, COMPUTE_CAPACITY, CLOUD_SPEND, INFRASTRUCTURE

}
