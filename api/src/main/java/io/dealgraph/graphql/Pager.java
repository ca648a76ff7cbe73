package io.dealgraph.graphql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a page query into Relay connections for many parents in one SQL statement.
 * <p>
 * The page query selects the rows of all requested parents with a {@code parent_key} column.
 * Window functions then count each parent's rows and number the rows past the cursor, so the
 * statement count of a nested field never depends on how many parents it is asked for. One row
 * before the cursor is kept per parent only to carry its total count.
 */
@Component
public class Pager {

	/** The parent key of root connections. */
	public static final long ROOT = 0L;

	private final NamedParameterJdbcTemplate jdbc;

	public Pager(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public <T> Connection<T> root(String pageQuery, MapSqlParameterSource params, Order order, PageRequest page,
			RowMapper<T> mapper) {
		return byParent(pageQuery, params, order, page, mapper).getOrDefault(ROOT, Connection.empty());
	}

	public <T> Map<Long, Connection<T>> byParent(String pageQuery, MapSqlParameterSource params, Order order,
			PageRequest page, RowMapper<T> mapper) {
		String direction = order.descending() ? " desc" : "";
		StringBuilder sortColumns = new StringBuilder();
		StringBuilder orderBy = new StringBuilder();
		List<String> keyColumns = new ArrayList<>();
		for (int i = 0; i < order.keys().size(); i++) {
			sortColumns.append(", ").append(order.keys().get(i).sortExpression()).append(" as sort_").append(i);
			orderBy.append("x.sort_").append(i).append(direction).append(", ");
			keyColumns.add("b.sort_" + i);
		}
		orderBy.append("x.id").append(direction);
		String past = "true";
		Cursor cursor = page.after();
		if (cursor != null) {
			if (!cursor.order().equals(order.name()) || cursor.values().size() != order.keys().size()) {
				throw new BadInputException("after", "was returned under a different orderBy than " + order.name());
			}
			List<String> casts = new ArrayList<>();
			for (int i = 0; i < order.keys().size(); i++) {
				Order.SortKey key = order.keys().get(i);
				if (!key.accepts(cursor.values().get(i))) {
					throw new BadInputException("after", "is not a cursor returned by this API");
				}
				casts.add(key.castCursorValue("cursor_" + i));
				params.addValue("cursor_" + i, cursor.values().get(i));
			}
			params.addValue("cursor_id", cursor.id());
			past = "(" + String.join(", ", keyColumns) + ", b.id) " + (order.descending() ? "<" : ">") + " ("
					+ String.join(", ", casts) + ", :cursor_id)";
		}
		params.addValue("page_limit", page.first() + 1);
		String sql = """
				select * from (
				  select x.*, row_number() over (partition by x.parent_key, x.past order by %s) as page_row
				  from (
				    select b.*, count(*) over (partition by b.parent_key) as total_count, %s as past
				    from (select q.*%s from (%s) q) b
				  ) x
				) y
				where (y.past and y.page_row <= :page_limit) or (not y.past and y.page_row = 1)
				order by y.parent_key, y.past, y.page_row
				""".formatted(orderBy, past, sortColumns, pageQuery);
		Map<Long, Builder<T>> builders = new LinkedHashMap<>();
		int keys = order.keys().size();
		boolean[] hasInForce = new boolean[1];
		this.jdbc.query(sql, params, (ResultSet rs) -> {
			if (rs.isFirst()) {
				hasInForce[0] = hasColumn(rs, "in_force");
			}
			long parent = rs.getLong("parent_key");
			Builder<T> builder = builders.computeIfAbsent(parent, p -> new Builder<>());
			builder.total = rs.getLong("total_count");
			if (!rs.getBoolean("past")) {
				builder.hasPrevious = true;
				return;
			}
			List<String> values = new ArrayList<>(keys);
			for (int i = 0; i < keys; i++) {
				values.add(rs.getString("sort_" + i));
			}
			String encoded = new Cursor(order.name(), values, rs.getLong("id")).encode();
			builder.edges.add(new Connection.Edge<>(mapper.mapRow(rs, rs.getRow()), encoded,
					hasInForce[0] ? rs.getString("in_force") : null));
		});
		Map<Long, Connection<T>> result = new HashMap<>();
		builders.forEach((parent, builder) -> result.put(parent, builder.build(page.first())));
		return result;
	}

	private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			if (name.equals(rs.getMetaData().getColumnLabel(i))) {
				return true;
			}
		}
		return false;
	}

	/** Binds a set of ids as one array parameter, so the SQL text is the same for any count. */
	public static Long[] ids(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

	private static final class Builder<T> {

		final List<Connection.Edge<T>> edges = new ArrayList<>();

		long total;

		boolean hasPrevious;

		Connection<T> build(int first) {
			boolean hasNext = this.edges.size() > first;
			List<Connection.Edge<T>> page = hasNext ? this.edges.subList(0, first) : this.edges;
			String start = page.isEmpty() ? null : page.get(0).cursor();
			String end = page.isEmpty() ? null : page.get(page.size() - 1).cursor();
			return new Connection<>(List.copyOf(page),
					new Connection.PageInfo(hasNext, this.hasPrevious, start, end), this.total);
		}

	}

}
