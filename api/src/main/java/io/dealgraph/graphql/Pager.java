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

	/**
	 * A root connection: a keyset page ({@code where (sort keys, id) > cursor order by ... limit}),
	 * which an index on the sort keys answers without reading the rows before the cursor; the total
	 * is counted in the same statement only when the page asks for it. One row comes back even for
	 * an empty page, carrying the total and whether rows precede the cursor.
	 */
	public <T> Connection<T> root(String pageQuery, MapSqlParameterSource params, Order order, PageRequest page,
			RowMapper<T> mapper) {
		Keyset keyset = keyset(order, page, params);
		String sorted = "select q.*%s from (%s) q".formatted(keyset.sortColumns, pageQuery);
		String total = page.withTotal() ? "(select count(*) from (%s) c)".formatted(pageQuery) : "-1";
		String previous = page.after() != null
				? "exists (select 1 from (%s) b where not (%s))".formatted(sorted, keyset.past) : "false";
		params.addValue("page_limit", page.first() + 1);
		String sql = """
				select t.total_count, t.has_previous, p.*
				from (select %s as total_count, %s as has_previous) t
				left join lateral (
				  select b.* from (%s) b where %s order by %s limit :page_limit
				) p on true
				order by %s
				""".formatted(total, previous, sorted, keyset.past, keyset.orderBy("b"), keyset.orderBy("p"));
		Builder<T> builder = new Builder<>();
		boolean[] hasInForce = new boolean[1];
		this.jdbc.query(sql, params, (ResultSet rs) -> {
			if (rs.isFirst()) {
				hasInForce[0] = hasColumn(rs, "in_force");
				builder.total = rs.getLong("total_count");
				builder.hasPrevious = rs.getBoolean("has_previous");
			}
			if (rs.getObject("id") == null) {
				return;
			}
			builder.edges.add(new Connection.Edge<>(mapper.mapRow(rs, rs.getRow()), keyset.cursor(rs),
					hasInForce[0] ? rs.getString("in_force") : null));
		});
		return builder.build(page.first());
	}

	public <T> Map<Long, Connection<T>> byParent(String pageQuery, MapSqlParameterSource params, Order order,
			PageRequest page, RowMapper<T> mapper) {
		Keyset keyset = keyset(order, page, params);
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
				""".formatted(keyset.orderBy("x"), keyset.past, keyset.sortColumns, pageQuery);
		Map<Long, Builder<T>> builders = new LinkedHashMap<>();
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
			builder.edges.add(new Connection.Edge<>(mapper.mapRow(rs, rs.getRow()), keyset.cursor(rs),
					hasInForce[0] ? rs.getString("in_force") : null));
		});
		Map<Long, Connection<T>> result = new HashMap<>();
		builders.forEach((parent, builder) -> result.put(parent, builder.build(page.first())));
		return result;
	}

	/** The sort columns of an order, and the condition that keeps the rows past the page's cursor (alias b). */
	private static Keyset keyset(Order order, PageRequest page, MapSqlParameterSource params) {
		StringBuilder sortColumns = new StringBuilder();
		List<String> keyColumns = new ArrayList<>();
		for (int i = 0; i < order.keys().size(); i++) {
			sortColumns.append(", ").append(order.keys().get(i).sortExpression()).append(" as sort_").append(i);
			keyColumns.add("b.sort_" + i);
		}
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
		return new Keyset(order, sortColumns.toString(), past);
	}

	private record Keyset(Order order, String sortColumns, String past) {

		String orderBy(String alias) {
			String direction = this.order.descending() ? " desc" : "";
			StringBuilder orderBy = new StringBuilder();
			for (int i = 0; i < this.order.keys().size(); i++) {
				orderBy.append(alias).append(".sort_").append(i).append(direction).append(", ");
			}
			return orderBy.append(alias).append(".id").append(direction).toString();
		}

		String cursor(ResultSet rs) throws SQLException {
			List<String> values = new ArrayList<>(this.order.keys().size());
			for (int i = 0; i < this.order.keys().size(); i++) {
				values.add(rs.getString("sort_" + i));
			}
			return new Cursor(this.order.name(), values, rs.getLong("id")).encode();
		}

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
