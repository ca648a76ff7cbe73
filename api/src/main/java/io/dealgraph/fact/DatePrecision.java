package io.dealgraph.fact;

/** The schema's {@code DatePrecision}: how precise a fuzzy date is. */
public enum DatePrecision {

	DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, RANGE

}
