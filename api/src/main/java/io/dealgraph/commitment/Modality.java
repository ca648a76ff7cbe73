package io.dealgraph.commitment;

/** The schema's {@code Modality}. */
public enum Modality {

	ANNOUNCED, PLANNED, PLEDGED, REPORTED, AGREED

}
