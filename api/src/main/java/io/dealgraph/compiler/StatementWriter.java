package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.compiler.Plan.Case;
import io.dealgraph.compiler.Plan.Checked;
import io.dealgraph.compiler.Plan.Embedded;
import io.dealgraph.compiler.Plan.Guarded;
import io.dealgraph.compiler.Plan.Items;
import io.dealgraph.compiler.Plan.Json;
import io.dealgraph.compiler.Plan.Many;
import io.dealgraph.compiler.Plan.Marker;
import io.dealgraph.compiler.Plan.Member;
import io.dealgraph.compiler.Plan.Obj;
import io.dealgraph.compiler.Plan.One;
import io.dealgraph.compiler.Plan.Page;
import io.dealgraph.compiler.Plan.Rows;
import io.dealgraph.compiler.Plan.Scalar;
import io.dealgraph.compiler.Plan.Switch;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Select;
import io.dealgraph.compiler.sql.Sql;

import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * Writes a root field's {@link Plan} as one statement whose single value is the field's JSON,
 * written by PostgreSQL exactly as the response reads: objects with {@code row_to_json} over a
 * subselect whose columns are the selection's response keys in order, lists with
 * {@code string_agg} of those objects, related rows as correlated subqueries, and each connection
 * as a keyset page per parent ({@code where <past the cursor> order by <keys> limit first + 1}),
 * counted only when {@code totalCount} is selected. Every argument is a bound value, so the
 * statement's text depends only on the selection's shape.
 */
final class StatementWriter {

	/** PostgreSQL truncates longer identifiers; a response key must survive as a column name. */
	private static final int MAX_KEY_LENGTH = 63;

	/** The page column counting every row a first page read, when {@code totalCount} is counted in its pass. */
	private static final String TOTAL = "dg_total_count";

	private StatementWriter() {
	}

	/** {@code select (<json>)::text}: one row, one column, the field's JSON (SQL null for null). */
	static Sql statement(Json root) {
		return sql("select ", Sql.subquery(json(root)), "::text");
	}

	static Sql json(Json json) {
		if (json instanceof Scalar scalar) {
			return scalar.sql();
		}
		if (json instanceof Obj object) {
			return object(object);
		}
		if (json instanceof One one) {
			return one(one);
		}
		if (json instanceof Page page) {
			return page(page);
		}
		if (json instanceof Embedded embedded) {
			return sql("(case when ", embedded.nullWhen(), " then null else ", object(embedded.object()), " end)");
		}
		if (json instanceof Many many) {
			return list(json(many.item()), many.order(), limited(many));
		}
		if (json instanceof Switch choice) {
			List<Sql> parts = new ArrayList<>();
			parts.add(sql("(case ", choice.discriminator()));
			for (Case branch : choice.cases()) {
				parts.add(sql(" when ", Sql.literal(branch.value()), " then ", json(branch.json())));
			}
			parts.add(sql(" end)"));
			return new Sql.Seq(parts);
		}
		if (json instanceof Items items) {
			List<Sql> parts = new ArrayList<>();
			parts.add(sql("('['"));
			for (int i = 0; i < items.items().size(); i++) {
				parts.add(sql(i > 0 ? " || ',' || " : " || ", "coalesce(", json(items.items().get(i)), "::text, 'null')"));
			}
			parts.add(sql(" || ']')::json"));
			return new Sql.Seq(parts);
		}
		if (json instanceof Marker marker) {
			return marker(marker.error());
		}
		if (json instanceof Checked checked) {
			// The offending value found, or null: the field's value, or the error made of the value.
			Alias found = new Alias("o");
			return Sql.subquery(sql("select case when ", found.col("v"), " is null then ", json(checked.value()),
					" else json_build_object('" + FieldError.MARKER + "', " + checked.error() + ", 'value', ", found.col("v"),
					") end from ", Sql.subquery(sql("select ", Sql.subquery(checked.offending()), "::text as v")), " ", found));
		}
		if (json instanceof Guarded guarded) {
			return sql("coalesce(to_json(", json(guarded.value()), "), ", marker(guarded.error()), ")");
		}
		throw new NotCompilable("a page's part outside its page: " + json);
	}

	private static Sql marker(int error) {
		return sql("'{\"" + FieldError.MARKER + "\":" + error + "}'::json");
	}

	/** {@code (select <value> from <rows> [order by ...] limit 1)}: the value over one row, or null. */
	private static Sql one(One one) {
		return select(List.of(json(one.value())), one.rows()).orderBy(one.order()).limit(sql("1")).subquery();
	}

	/** {@code (select '[' || <values, in order, comma-separated> || ']' from <rows>)}: a JSON list, empty when no row is. */
	private static Sql list(Sql item, List<Sql> order, Rows rows) {
		return select(List.of(sql("('[' || coalesce(string_agg(", item, "::text, ',' order by ", Sql.join(order, ", "),
				"), '') || ']')::json")), rows).subquery();
	}

	/**
	 * The list's first rows in its order, under the same alias, so that its items and order read
	 * them as they read the rows themselves: {@code (select c.* from ... order by ... limit n) c}.
	 */
	private static Rows limited(Many many) {
		Rows rows = many.rows();
		Sql first = select(List.of(rows.alias().row()), rows).orderBy(many.order()).limit(value(many.limit())).subquery();
		return new Rows(first, rows.alias(), List.of());
	}

	/** A select of these columns from the rows, with their join, conditions and grouping. */
	private static Select select(List<Sql> columns, Rows rows) {
		Select select = Select.select(columns).from(rows.relation(), rows.alias());
		if (rows.join() != null) {
			select.join(rows.join().relation(), rows.join().alias(), rows.join().on());
		}
		select.where(rows.conditions().isEmpty() ? List.of(Sql.TRUE) : rows.conditions());
		if (rows.groupBy() != null) {
			select.groupBy(rows.groupBy());
		}
		if (rows.having() != null) {
			select.having(rows.having());
		}
		return select;
	}

	/** A JSON object of the keys in order, each value a column; selected from rows when the object has them. */
	private static Sql object(Obj object) {
		List<Sql> columns = new ArrayList<>();
		for (Member member : object.members()) {
			columns.add(json(member.value()));
		}
		return record(object.members(), columns, object.from());
	}

	/**
	 * {@code (select row_to_json(r.*) from (select <column> as "<key>", ... [from ...]) r)}; the
	 * record's whole row is {@code r.*}, which no column named by a client's key can shadow.
	 */
	private static Sql record(List<Member> members, List<Sql> columns, Rows from) {
		if (members.isEmpty()) {
			// Fragments that all apply to other types: an empty object, as graphql-java answers it.
			return sql("'{}'::json");
		}
		Alias record = new Alias("r");
		boolean longKey = members.stream().anyMatch(member -> member.key().length() > MAX_KEY_LENGTH);
		List<Sql> named = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			named.add(longKey ? Sql.asName(columns.get(i), "c" + i) : Sql.as(columns.get(i), members.get(i).key()));
		}
		Sql inner = from == null ? Select.select(named).subquery() : select(named, from).subquery();
		return Sql.subquery(sql("select ", jsonOf(record, members, longKey), " from ", inner, " ", record));
	}

	/**
	 * The JSON object of the record: {@code row_to_json}, its columns named by the response keys;
	 * or, when a key is longer than PostgreSQL keeps a column name, the same text concatenated key
	 * by key ({@code to_json} writes each value as {@code row_to_json} does).
	 */
	private static Sql jsonOf(Alias record, List<Member> members, boolean longKey) {
		if (!longKey) {
			return sql("row_to_json(", record.row(), ")");
		}
		List<Sql> parts = new ArrayList<>();
		parts.add(sql("('{' || "));
		for (int i = 0; i < members.size(); i++) {
			parts.add(sql(i > 0 ? " || ',' || " : "", Sql.literal("\"" + members.get(i).key() + "\":"),
					" || coalesce(to_json(", record.col("c" + i), ")::text, 'null')"));
		}
		parts.add(sql(" || '}')::json"));
		return new Sql.Seq(parts);
	}

	/**
	 * A connection's JSON: the page's rows (first + 1, past the cursor, in the order's keys) are
	 * numbered; the connection's fields read aggregates of them, and {@code totalCount} and
	 * {@code hasPreviousPage} their own subqueries.
	 */
	private static Sql page(Page page) {
		if (page.members().isEmpty()) {
			// Fragments that all apply to other types: an empty object, as graphql-java answers it.
			return sql("'{}'::json");
		}
		Alias rows = page.row();
		Alias numbered = new Alias("n");
		Alias aggregate = new Alias("a");
		String direction = page.descending() ? " desc" : "";
		Sql first = value(page.first());

		List<Sql> sortColumns = new ArrayList<>();
		for (int i = 0; i < page.sortKeys().size(); i++) {
			sortColumns.add(rows.col("sort_" + i));
		}
		List<Sql> cursorValues = sortColumns.stream().map(column -> sql("dg_cursor_value(", column, "::text)")).toList();
		// The order's name is bound, not written: a literal such as 'ANNOUNCED:ASC' reads as a variable to pgbench.
		Sql cursor = sql("dg_cursor(cast(", value(page.orderName()), " as text), array[", Sql.join(cursorValues, ", "),
				"]::text[], ", rows.col("id"), ")");

		List<Sql> perRow = new ArrayList<>();
		perRow.add(sql("row_number() over (order by ", Sql.join(ordered(sortColumns, rows.col("id"), direction), ", "),
				") as ord"));
		perRow.add(sql(cursor, " as cursor"));
		List<Sql> aggregates = new ArrayList<>();
		aggregates.add(sql("count(*) as fetched"));
		boolean countInPass = page.countInPass()
				&& page.members().stream().anyMatch(member -> member.value() instanceof Page.TotalCount);
		if (countInPass) {
			// Every row of the page carries the count of all rows the window saw before the limit.
			perRow.add(sql(rows.col(TOTAL), " as " + TOTAL));
			aggregates.add(sql("max(", numbered.col(TOTAL), ") as " + TOTAL));
		}
		aggregates.add(sql("(array_agg(", numbered.col("cursor"), " order by ", numbered.col("ord"), ") filter (where ",
				numbered.col("ord"), " <= ", first, ")) as cursors"));
		List<Sql> outer = new ArrayList<>();
		int lists = 0;
		for (Member member : page.members()) {
			Json value = member.value();
			if (value instanceof Page.Nodes || value instanceof Page.Edges) {
				String column = "l" + lists++;
				Obj object = value instanceof Page.Nodes nodes ? nodes.node() : ((Page.Edges) value).edge();
				perRow.add(Sql.asName(edgeOrNode(object, page, cursor), column));
				aggregates.add(sql("string_agg(", numbered.col(column), "::text, ',' order by ", numbered.col("ord"),
						") filter (where ", numbered.col("ord"), " <= ", first, ") as " + column));
				outer.add(sql("('[' || coalesce(", aggregate.col(column), ", '') || ']')::json"));
			}
			else {
				outer.add(pageValue(value, page, aggregate));
			}
		}

		List<Sql> pageColumns = new ArrayList<>();
		pageColumns.add(page.rows().alias().row());
		for (int i = 0; i < page.sortKeys().size(); i++) {
			pageColumns.add(Sql.asName(page.sortKeys().get(i), "sort_" + i));
		}
		if (page.inForce() != null) {
			pageColumns.add(Sql.asName(page.inForce(), "in_force"));
		}
		if (countInPass) {
			pageColumns.add(sql("count(*) over () as " + TOTAL));
		}
		Select pageRows = select(pageColumns, page.rows());
		if (page.past() != null) {
			pageRows.where(page.past());
		}
		pageRows.orderBy(ordered(page.sortKeys(), page.rows().alias().col("id"), direction)).limit(value(page.first() + 1));

		Sql numberedRows = Select.select(perRow).from(pageRows.subquery(), rows).subquery();
		Sql aggregated = Select.select(aggregates).from(numberedRows, numbered).subquery();
		List<Sql> named = new ArrayList<>();
		boolean longKey = page.members().stream().anyMatch(member -> member.key().length() > MAX_KEY_LENGTH);
		for (int i = 0; i < outer.size(); i++) {
			named.add(longKey ? Sql.asName(outer.get(i), "c" + i) : Sql.as(outer.get(i), page.members().get(i).key()));
		}
		Alias record = new Alias("z");
		Sql fields = Select.select(named).from(aggregated, aggregate).subquery();
		return Sql.subquery(sql("select ", jsonOf(record, page.members(), longKey), " from ", fields, " ", record));
	}

	/** {@code a dir, b dir, ..., id dir}. */
	private static List<Sql> ordered(List<Sql> keys, Sql id, String direction) {
		List<Sql> ordered = new ArrayList<>();
		for (Sql key : keys) {
			ordered.add(sql(key, direction));
		}
		ordered.add(sql(id, direction));
		return ordered;
	}

	/** A node's or an edge's object over a row of the page. */
	private static Sql edgeOrNode(Obj object, Page page, Sql cursor) {
		List<Sql> columns = new ArrayList<>();
		for (Member member : object.members()) {
			Json value = member.value();
			if (value instanceof Page.EdgeCursor) {
				columns.add(cursor);
			}
			else if (value instanceof Page.EdgeInForce) {
				columns.add(page.inForce() != null ? page.row().col("in_force") : sql("null::text"));
			}
			else {
				columns.add(json(value));
			}
		}
		return record(object.members(), columns, null);
	}

	/** A connection's field read from the page's aggregates. */
	private static Sql pageValue(Json value, Page page, Alias aggregate) {
		if (value instanceof Page.TotalCount) {
			return page.countInPass() ? sql("coalesce(", aggregate.col(TOTAL), ", 0)")
					: select(List.of(sql("count(*)")), page.rows()).subquery();
		}
		if (value instanceof Page.Own own) {
			return own.ofFetched().apply(aggregate.col("fetched"));
		}
		if (value instanceof Page.Info info) {
			List<Sql> columns = new ArrayList<>();
			for (Member member : info.info().members()) {
				Json field = member.value();
				if (field instanceof Page.HasNextPage) {
					columns.add(sql(aggregate.col("fetched"), " > ", value(page.first())));
				}
				else if (field instanceof Page.HasPreviousPage) {
					columns.add(page.past() == null ? sql("false")
							: sql("exists ", select(List.of(sql("1")), page.rows()).where(sql("not ", page.past())).subquery()));
				}
				else if (field instanceof Page.StartCursor) {
					columns.add(sql(aggregate.col("cursors"), "[1]"));
				}
				else if (field instanceof Page.EndCursor) {
					columns.add(sql(aggregate.col("cursors"), "[array_length(", aggregate.col("cursors"), ", 1)]"));
				}
				else {
					columns.add(json(field));
				}
			}
			return record(info.info().members(), columns, null);
		}
		return json(value);
	}

}
