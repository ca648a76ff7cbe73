package io.dealgraph.graphql;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A date as precise as its source: the span it certainly lies in (either end may be open for a
 * RANGE), the precision the text supports, and the words it was derived from.
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, String precision, String text) {

	/** Reads the four {@code <prefix>_*} columns; null when the fact has no such date. */
	public static FuzzyDate read(ResultSet rs, String prefix) throws SQLException {
		String precision = rs.getString(prefix + "_precision");
		if (precision == null) {
			return null;
		}
		return new FuzzyDate(toLocal(rs.getDate(prefix + "_earliest")), toLocal(rs.getDate(prefix + "_latest")),
				precision, rs.getString(prefix + "_text"));
	}

	/** ISO 8601 at the stated precision: {@code 2026-04-13}, {@code 2026-04}, {@code 2026}, or an interval. */
	public String display() {
		return switch (this.precision) {
			case "DAY" -> this.earliest.toString();
			case "MONTH" -> this.earliest.toString().substring(0, 7);
			case "YEAR" -> String.valueOf(this.earliest.getYear());
			default -> (this.earliest == null ? ".." : this.earliest.toString()) + "/"
					+ (this.latest == null ? ".." : this.latest.toString());
		};
	}

	private static LocalDate toLocal(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
