package io.dealgraph.exclusivity;

/** The schema's {@code AgreementTermKind}: the family of terms an agreement states. */
public enum AgreementTermKind {

	EXCLUSIVITY, LICENCE, REVENUE_SHARE, RIGHT_OF_FIRST_REFUSAL, PREFERENCE

}
