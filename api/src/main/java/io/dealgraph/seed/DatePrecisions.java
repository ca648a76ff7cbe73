package io.dealgraph.seed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import io.dealgraph.fact.DatePrecision;

/** Which precisions a span of days fits, and the precision that does when the claimed one does not. */
final class DatePrecisions {

	private DatePrecisions() {
	}

	/** DAY is one day; WEEK at most seven; MONTH, QUARTER, HALF_YEAR and YEAR exactly that calendar span. */
	static boolean fits(String precision, LocalDate earliest, LocalDate latest) {
		return switch (precision) {
			case "DAY" -> earliest.equals(latest);
			case "WEEK" -> ChronoUnit.DAYS.between(earliest, latest) <= 6;
			case "MONTH" -> earliest.getDayOfMonth() == 1 && latest.equals(earliest.with(TemporalAdjusters.lastDayOfMonth()));
			case "QUARTER" -> earliest.equals(earliest.with(IsoFields.DAY_OF_QUARTER, 1))
					&& latest.equals(earliest.plusMonths(3).minusDays(1)) && (earliest.getMonthValue() - 1) % 3 == 0;
			case "HALF_YEAR" -> earliest.getDayOfMonth() == 1
					&& (earliest.getMonthValue() == 1 || earliest.getMonthValue() == 7)
					&& latest.equals(earliest.plusMonths(6).minusDays(1));
			case "YEAR" -> earliest.getDayOfYear() == 1 && latest.equals(earliest.with(TemporalAdjusters.lastDayOfYear()));
			default -> true;
		};
	}

	/** The most precise precision the span fits: DAY before WEEK before MONTH ..., RANGE when no other does. */
	static String precise(LocalDate earliest, LocalDate latest) {
		for (DatePrecision precision : DatePrecision.values()) {
			if (fits(precision.name(), earliest, latest)) {
				return precision.name();
			}
		}
		return "RANGE";
	}

	/** {@code precision WEEK fits it; a MONTH would be 2026-02-01..2026-02-28}. */
	static String fit(LocalDate earliest, LocalDate latest, String claimed) {
		String fix = "precision " + precise(earliest, latest) + " fits it";
		LocalDate from = switch (claimed) {
			case "MONTH" -> earliest.withDayOfMonth(1);
			case "QUARTER" -> earliest.with(IsoFields.DAY_OF_QUARTER, 1);
			case "HALF_YEAR" -> earliest.withDayOfMonth(1).withMonth(earliest.getMonthValue() <= 6 ? 1 : 7);
			case "YEAR" -> earliest.withDayOfYear(1);
			default -> null;
		};
		if (from == null) {
			return fix + (claimed.equals("WEEK") ? "; a WEEK spans at most seven days" : "; a DAY has earliest = latest");
		}
		LocalDate to = switch (claimed) {
			case "MONTH" -> from.plusMonths(1).minusDays(1);
			case "QUARTER" -> from.plusMonths(3).minusDays(1);
			case "HALF_YEAR" -> from.plusMonths(6).minusDays(1);
			default -> from.plusYears(1).minusDays(1);
		};
		return fix + "; the " + claimed + " containing " + earliest + " is " + from + ".." + to;
	}

}
