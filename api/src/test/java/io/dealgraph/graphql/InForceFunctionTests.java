package io.dealgraph.graphql;

import java.util.List;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code in_force()} in SQL: its three-valued answer for each kind of start and end, and that
 * PostgreSQL inlines it (db/V6): a function call per row made time travel over a hub's thousand
 * terms cost tens of milliseconds.
 */
class InForceFunctionTests extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	/** as of, start earliest, start latest, start precision, end earliest, end latest, end precision, expected. */
	static final List<String[]> CASES = List.of(
			new String[] { "2026-04-01", "2026-01-01", "2026-01-01", "DAY", null, null, null, "TRUE" },
			new String[] { "2026-04-01", "2026-05-01", "2026-05-01", "DAY", null, null, null, "FALSE" },
			new String[] { "2026-04-01", "2026-03-01", "2026-06-30", "RANGE", null, null, null, "UNKNOWN" },
			new String[] { "2026-04-01", null, null, null, null, null, null, "UNKNOWN" },
			new String[] { "2026-04-01", "2025-01-01", "2025-01-01", "DAY", "2026-02-01", "2026-02-28", "MONTH", "FALSE" },
			new String[] { "2026-04-01", "2025-01-01", "2025-01-01", "DAY", "2026-06-01", "2026-06-30", "MONTH", "TRUE" },
			new String[] { "2026-04-01", "2025-01-01", "2025-01-01", "DAY", "2026-01-01", "2026-12-31", "YEAR", "UNKNOWN" },
			new String[] { "2026-04-01", "2026-03-01", "2026-06-30", "RANGE", "2026-02-01", "2026-02-28", "MONTH", "FALSE" },
			new String[] { "2026-04-01", null, "2026-01-01", "RANGE", null, null, null, "TRUE" },
			new String[] { "2026-04-01", "2026-05-01", null, "RANGE", null, null, null, "FALSE" });

	@Test
	void inForce_answersTrueFalseOrUnknown_forEachKindOfStartAndEnd() {
		for (String[] c : CASES) {
			String answer = this.jdbc.queryForObject(
					"select in_force(cast(? as date), cast(? as date), cast(? as date), ?, cast(? as date), cast(? as date), ?)",
					String.class, (Object[]) java.util.Arrays.copyOf(c, 7));
			assertThat(answer).as(String.join(", ", java.util.Arrays.asList(c))).isEqualTo(c[7]);
		}
	}

	@Test
	void inForce_isInlinedByThePlanner_soNoRowPaysAFunctionCall() {
		String plan = String.join("\n", this.jdbc.queryForList("""
				explain (verbose, costs off)
				select in_force(date '2026-04-01', tt.start_earliest, tt.start_latest, tt.start_precision,
				                tt.end_earliest, tt.end_latest, tt.end_precision)
				from exclusivity_term_timing tt""", String.class));
		assertThat(plan).contains("CASE").doesNotContain("in_force(");
	}

}
