package io.dealgraph.deal;

/** The schema's {@code DealKind}. */
public enum DealKind {

	PARTNERSHIP, INVESTMENT, DISTRIBUTION, LICENSING, JOINT_VENTURE, RESTRUCTURING, CLOUD_SERVICES, JOINT_DEVELOPMENT

}
