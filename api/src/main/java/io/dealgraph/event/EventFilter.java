package io.dealgraph.event;

import java.time.LocalDate;

/** The {@code EventFilter} input. */
public record EventFilter(String organization, String kind, String deal, LocalDate from, LocalDate to,
		String outlet) {
}
