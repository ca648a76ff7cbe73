package io.dealgraph.compiler;

import io.dealgraph.compiler.sql.Sql;

/**
 * What a connection's {@code asOf} reads, as a feature declares it: each fact's timing row, and
 * the fact's state on a day from that row ({@code 'TRUE'}, {@code 'FALSE'} or {@code 'UNKNOWN'},
 * the schema's {@code InForce}). The compiler keeps the rows not known to be out of force on the
 * day, and writes the state on each edge.
 */
public interface Timing {

	/** The table or view holding one timing row per fact. */
	Sql relation();

	/** The condition tying a timing row to its fact. */
	Sql joins(Row timing, Row fact);

	/** The fact's state on the day, from its timing row. */
	Sql state(Row timing, Sql day);

}
