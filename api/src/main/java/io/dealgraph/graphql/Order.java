package io.dealgraph.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How a connection is sorted: named SQL sort keys over the page query's output columns
 * (alias {@code q}), all in one direction, with the row id as the final tie-breaker.
 */
public record Order(String name, List<SortKey> keys, boolean descending) {

	public Order {
		keys = List.copyOf(keys);
	}

	public static Order by(String name, boolean descending, SortKey... keys) {
		return new Order(name + (descending ? ":DESC" : ":ASC"), List.of(keys), descending);
	}

	/** A sort key on a fuzzy date's earliest day that puts undated rows last in either direction. */
	public static SortKey earliestDate(String column, boolean descending) {
		return new SortKey("coalesce(q." + column + "_earliest, q." + column + "_latest, '"
				+ (descending ? "-infinity" : "infinity") + "'::date)", "date");
	}

	/** A sort key on a fuzzy date's latest day that puts undated rows last in either direction. */
	public static SortKey latestDate(String column, boolean descending) {
		return new SortKey("coalesce(q." + column + "_latest, q." + column + "_earliest, '"
				+ (descending ? "-infinity" : "infinity") + "'::date)", "date");
	}

	public static SortKey text(String expression) {
		return new SortKey(expression, "text");
	}

	/**
	 * One sort expression and the SQL type its cursor value is cast back to. Never null. Text sorts
	 * by bytes ({@code COLLATE "C"}) so the order is the same on every database, whatever its locale.
	 */
	public record SortKey(String expression, String sqlType) {

		public String sortExpression() {
			return "text".equals(this.sqlType) ? "(" + this.expression + ") collate \"C\"" : this.expression;
		}

		/** Whether a cursor value can be cast back to this key's type, so a tampered cursor is a client error. */
		public boolean accepts(String value) {
			try {
				switch (this.sqlType) {
					case "date" -> {
						if (!value.equals("infinity") && !value.equals("-infinity")) {
							LocalDate.parse(value);
						}
					}
					case "numeric" -> {
						if (!value.equals("Infinity") && !value.equals("-Infinity")) {
							new BigDecimal(value);
						}
					}
					case "real" -> Float.parseFloat(value);
					case "bigint", "integer" -> Long.parseLong(value);
					default -> {
					}
				}
				return true;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
