package io.dealgraph.compiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.dealgraph.compiler.sql.Sql;

import static io.dealgraph.compiler.sql.Sql.sql;

/**
 * How a connection is sorted: named sort keys over the connection's row, all in one direction,
 * with the row id as the final tie-breaker. The name travels in cursors, so a cursor taken under
 * one order is refused under another.
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
		return new SortKey(q -> sql("coalesce(", q.col(column + "_earliest"), ", ", q.col(column + "_latest"),
				descending ? ", '-infinity'::date)" : ", 'infinity'::date)"), KeyType.DATE);
	}

	/** A sort key on a fuzzy date's latest day that puts undated rows last in either direction. */
	public static SortKey latestDate(String column, boolean descending) {
		return new SortKey(q -> sql("coalesce(", q.col(column + "_latest"), ", ", q.col(column + "_earliest"),
				descending ? ", '-infinity'::date)" : ", 'infinity'::date)"), KeyType.DATE);
	}

	/** A text sort key, compared by bytes. */
	public static SortKey text(Function<Row, Sql> expression) {
		return new SortKey(expression, KeyType.TEXT);
	}

	/**
	 * One sort expression over the connection's row and the SQL type its cursor value is cast back
	 * to. The expression is never null. Text sorts by bytes ({@code COLLATE "C"}) so the order is
	 * the same on every database, whatever its locale.
	 */
	public record SortKey(Function<Row, Sql> expression, KeyType type) {

		/** The expression as the order and the keyset compare it. */
		public Sql sortExpression(Row q) {
			Sql expression = this.expression.apply(q);
			return this.type == KeyType.TEXT ? sql("(", expression, ") collate \"C\"") : expression;
		}

	}

	/**
	 * The SQL types of sort keys, each with the text PostgreSQL writes for its values: a cursor
	 * value is accepted only in that form and range, so no forged cursor reaches a cast that fails.
	 */
	public enum KeyType {

		TEXT("text", Pattern.compile("[^\\x00]*")),
		/** Years 1 to 9999, as PostgreSQL writes them with DateStyle ISO, or an infinity. */
		DATE("date", Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}|infinity|-infinity")),
		/** numeric(20, 4) and its infinities. */
		NUMERIC("numeric", Pattern.compile("-?[0-9]{1,16}(\\.[0-9]{1,4})?|Infinity|-Infinity")),
		/** A finite real, as PostgreSQL or Java writes it. */
		REAL("real", Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")),
		BIGINT("bigint", Pattern.compile("-?[0-9]{1,19}")),
		INTEGER("integer", Pattern.compile("-?[0-9]{1,10}"));

		private final String sqlType;

		private final Pattern form;

		KeyType(String sqlType, Pattern form) {
			this.sqlType = sqlType;
			this.form = form;
		}

		public String sqlType() {
			return this.sqlType;
		}

		/** Whether a cursor's value is one this type's cast takes, in the form and range PostgreSQL writes. */
		public boolean accepts(String value) {
			if (value == null || !this.form.matcher(value).matches()) {
				return false;
			}
			try {
				return switch (this) {
					case DATE -> value.endsWith("infinity") || !LocalDate.parse(value).isBefore(LocalDate.of(1, 1, 1));
					case NUMERIC -> value.endsWith("Infinity") || new BigDecimal(value).abs().compareTo(BigDecimal.TEN.pow(16)) < 0;
					case REAL -> {
						// Neither overflowing to infinity nor underflowing to zero, which PostgreSQL refuses.
						float real = Float.parseFloat(value);
						yield Float.isFinite(real) && (real != 0 || Double.parseDouble(value) == 0);
					}
					case BIGINT -> {
						Long.parseLong(value);
						yield true;
					}
					case INTEGER -> {
						Integer.parseInt(value);
						yield true;
					}
					case TEXT -> true;
				};
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				return false;
			}
		}

	}

}
