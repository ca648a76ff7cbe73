package io.dealgraph.statement;

import java.time.LocalDate;

/** The {@code StatementFilter} input. */
public record StatementFilter(String speaker, String organization, String channel, String deal, LocalDate from,
		LocalDate to, String outlet) {
}
