package io.dealgraph.dateclaim;

/** The schema's {@code DateField}: which date of a deal or an event a date claim is about. */
public enum DateField {

	ANNOUNCED, EFFECTIVE, ENDED, OCCURRED

}
