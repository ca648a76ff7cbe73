package io.dealgraph.seed;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the identity sequences of the ledger's tables and of {@code release} stand, to set them back
 * after a dry run: a rollback leaves a sequence advanced, and the next load would number its
 * release and rows past the ones the dry run showed. Read and restored under the loader's lock on
 * seed_state, which every load takes first, so no load draws from them meanwhile.
 */
record LedgerSequences(JdbcTemplate jdbc, List<Position> positions) {

	/** A sequence and its last value; null when none was ever drawn. */
	record Position(String sequence, Long lastValue, long startValue) {
	}

	static LedgerSequences read(JdbcTemplate jdbc) {
		List<Position> positions = jdbc.query("""
				select format('%I.%I', q.schemaname, q.sequencename), q.last_value, q.start_value
				from pg_sequences q
				join pg_class s on s.relname = q.sequencename and s.relnamespace = q.schemaname::regnamespace
				join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid and d.deptype in ('a', 'i')
				join pg_class t on t.oid = d.refobjid
				where t.relname = 'release'
				   or to_regclass(format('%I.%I', q.schemaname, t.relname || '_aud')) is not null""",
				(rs, row) -> new Position(rs.getString(1), rs.getObject(2, Long.class), rs.getLong(3)));
		return new LedgerSequences(jdbc, positions);
	}

	void restore() {
		for (Position p : this.positions) {
			this.jdbc.queryForObject("select setval(?::regclass, ?, ?)", Long.class, p.sequence(),
					p.lastValue() == null ? p.startValue() : p.lastValue(), p.lastValue() != null);
		}
	}

	/** Restores them while {@code failure} ends the dry run; a transaction the failure aborted cannot. */
	void restoreAfter(RuntimeException failure) {
		try {
			restore();
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

}
