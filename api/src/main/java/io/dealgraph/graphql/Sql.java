package io.dealgraph.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Builds the WHERE clause of a page query from optional filters, always with bind parameters.
 */
public final class Sql {

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	public Sql where(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/** Adds the condition only when the value is given, binding it as {@code :name}. */
	public Sql where(String condition, String name, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.params.addValue(name, value);
		}
		return this;
	}

	public Sql bind(String name, Object value) {
		this.params.addValue(name, value);
		return this;
	}

	/** Keeps rows whose fuzzy date {@code <column>_*} overlaps [from, to]; rows without that date are left out. */
	public Sql overlaps(String column, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return this;
		}
		this.conditions.add(column + "_precision is not null");
		where("coalesce(" + column + "_latest, 'infinity'::date) >= :" + column.replace('.', '_') + "_from",
				column.replace('.', '_') + "_from", from);
		where("coalesce(" + column + "_earliest, '-infinity'::date) <= :" + column.replace('.', '_') + "_to",
				column.replace('.', '_') + "_to", to);
		return this;
	}

	/** Keeps facts with a citation credited to, or from a source published by, an outlet containing the text. */
	public Sql citedBy(String factColumn, String factId, String outlet) {
		return where("""
				exists (select 1 from citation oc join source os on os.id = oc.source_id
				  where oc.%s = %s and (strpos(lower(oc.credited_outlet), lower(:outlet)) > 0
				    or strpos(lower(os.publisher), lower(:outlet)) > 0))""".formatted(factColumn, factId), "outlet", outlet);
	}

	public String clause() {
		return this.conditions.isEmpty() ? "true" : String.join(" and ", this.conditions);
	}

	public MapSqlParameterSource params() {
		return this.params;
	}

	/** A sort key on a fuzzy date's earliest day that puts undated rows last in either direction. */
	public static Order.SortKey earliestDate(String column, boolean descending) {
		return new Order.SortKey("coalesce(q." + column + "_earliest, q." + column + "_latest, '"
				+ (descending ? "-infinity" : "infinity") + "'::date)", "date");
	}

	/** A sort key on a fuzzy date's latest day that puts undated rows last in either direction. */
	public static Order.SortKey latestDate(String column, boolean descending) {
		return new Order.SortKey("coalesce(q." + column + "_latest, q." + column + "_earliest, '"
				+ (descending ? "-infinity" : "infinity") + "'::date)", "date");
	}

	public static Order.SortKey text(String expression) {
		return new Order.SortKey(expression, "text");
	}


}
