package io.dealgraph.fact;

import java.time.LocalDate;

import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.Timing;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

import static io.dealgraph.compiler.sql.Sql.sql;

/**
 * The facts that can be in force on a day, each with the view of its timing (V6: when it began,
 * when it ended or was superseded, as fuzzy dates); {@code in_force()} reads a day against them.
 */
public enum Timings implements Timing {

	DEAL("deal_timing", "deal_id"), COMMITMENT("commitment_timing", "commitment_id"),
	EXCLUSIVITY_TERM("exclusivity_term_timing", "term_id");

	private final String view;

	private final String factColumn;

	Timings(String view, String factColumn) {
		this.view = view;
		this.factColumn = factColumn;
	}

	/** The arguments of {@code inForce(on:)}. */
	public record On(LocalDate on) {
	}

	@Override
	public Sql relation() {
		return Sql.relation(this.view);
	}

	@Override
	public Sql joins(Row timing, Row fact) {
		return Sql.eq(timing.col(this.factColumn), fact.col("id"));
	}

	@Override
	public Sql state(Row timing, Sql day) {
		return sql("in_force(", day, ", ", timing.col("start_earliest"), ", ", timing.col("start_latest"), ", ",
				timing.col("start_precision"), ", ", timing.col("end_earliest"), ", ", timing.col("end_latest"), ", ",
				timing.col("end_precision"), ")");
	}

	/** {@code inForce(on:)} of a fact: its state on the day, UNKNOWN where it has no timing row. */
	public Sql inForceOn(Row fact, LocalDate day) {
		Row timing = Row.of(new Alias("x"));
		return sql("coalesce(", Sql.subquery(sql("select ", state(timing, Sql.cast(Sql.value(day), "date")), " from ",
				relation(), " ", timing.alias(), " where ", joins(timing, fact))), ", 'UNKNOWN')");
	}

}
