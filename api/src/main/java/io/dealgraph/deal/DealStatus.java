package io.dealgraph.deal;

/** The schema's {@code DealStatus}. */
public enum DealStatus {

	ANNOUNCED, ACTIVE, PLANNED, AMENDED, ENDED

}
