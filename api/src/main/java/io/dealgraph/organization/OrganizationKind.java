package io.dealgraph.organization;

/** The schema's {@code OrganizationKind}. */
public enum OrganizationKind {

	COMPANY, JOINT_VENTURE, INVESTMENT_FIRM, BUSINESS_UNIT

}
