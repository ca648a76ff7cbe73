package io.dealgraph.graphql;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Time travel: whether a fact was in force on a day, computed in SQL by {@code in_force(...)}
 * over a timing view ({@code deal_timing}, {@code exclusivity_term_timing},
 * {@code commitment_timing}) whose start and end columns already apply the fallbacks.
 */
public final class InForce {

	private InForce() {
	}

	/** The in-force state on {@code :as_of} of timing alias {@code t}, or null when no day is asked. */
	public static String column(String timing) {
		return "case when cast(:as_of as date) is null then null else " + call(timing) + " end as in_force";
	}

	/** Keeps rows not known to be out of force on {@code :as_of}; all rows when no day is asked. */
	public static String condition(String timing) {
		return "(cast(:as_of as date) is null or " + call(timing) + " <> 'FALSE')";
	}

	private static String call(String timing) {
		return ("in_force(cast(:as_of as date), %1$s.start_earliest, %1$s.start_latest, %1$s.start_precision, "
				+ "%1$s.end_earliest, %1$s.end_latest, %1$s.end_precision)").formatted(timing);
	}

	/** The state on one day of each row of a timing view, by id. */
	public static Map<Long, String> on(NamedParameterJdbcTemplate jdbc, String view, String idColumn, Set<Long> ids,
			LocalDate day) {
		return jdbc
			.query("select t.%s, %s from %s t where t.%s = any(:ids)".formatted(idColumn, column("t"), view, idColumn),
					new MapSqlParameterSource("ids", Pager.ids(ids)).addValue("as_of", day),
					(rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
