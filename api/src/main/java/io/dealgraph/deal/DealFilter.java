package io.dealgraph.deal;

import java.time.LocalDate;

/** The {@code DealFilter} input. */
public record DealFilter(String organization, String role, String kind, String status, LocalDate announcedFrom,
		LocalDate announcedTo, String outlet) {
}
