package io.dealgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A statement read a page at a time, each page the rows after the last one's {@code id} (keyset,
 * in the order of the ids): no statement outlives its page, however long the client takes.
 */
final class PagesById {

	private PagesById() {
	}

	/** Where the rows go, as they are read: writing to the client may fail. */
	interface Sink {

		void accept(ObjectNode row) throws IOException;

	}

	/**
	 * Sends every row to the sink. The statement orders by {@code id} and has a {@code limit};
	 * {@code parameters} gives its parameters after an id (-1 before the first page), the limit
	 * {@code page} last among them.
	 */
	static void read(JdbcTemplate reader, String sql, int page, LongFunction<Object[]> parameters, RowMapper<ObjectNode> row,
			Sink sink) throws IOException {
		long after = -1;
		while (true) {
			long[] last = { after };
			int[] count = { 0 };
			try {
				reader.query(sql, rs -> {
					ObjectNode mapped = row.mapRow(rs, count[0]);
					last[0] = rs.getLong("id");
					count[0]++;
					try {
						sink.accept(mapped);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, parameters.apply(after));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			if (count[0] < page) {
				return;
			}
			after = last[0];
		}
	}

}
