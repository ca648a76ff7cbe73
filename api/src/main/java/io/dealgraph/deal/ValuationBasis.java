package io.dealgraph.deal;

/** The schema's {@code ValuationBasis}: whether a valuation counts the deal's own money. */
public enum ValuationBasis {

	PRE_MONEY, POST_MONEY, UNSTATED

}
