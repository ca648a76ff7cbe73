package io.dealgraph.release;

import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;

/** How {@code Release} reads from SQL ({@code schema/release.graphqls}): the release table and the release_count view (V12). */
@Component
class ReleaseSql implements SqlDeclarations {

	/** Newest first; a release's number is its key. */
	static final Order NEWEST_FIRST = Order.by("NUMBER", true,
			new Order.SortKey(release -> release.col("number"), Order.KeyType.BIGINT));

	/** The arguments of {@code Query.release}. */
	record ByNumber(Integer number) {
	}

	@Override
	public void declare(SqlSchema schema) {
		Row r = Row.of(new Alias("r"));
		schema.type("Release")
			.derived(sql("select ", r.col("number"), " as id, ", r.alias(), ".* from ", Sql.relation("release"), " ", r.alias()))
			.columns("number", "checksum", "fileCount")
			.value("loadedAt", release -> sql("to_char(", release.col("loaded_at"),
					" at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"))
			.value("added", release -> total(release, "added"))
			.value("changed", release -> total(release, "changed"))
			.value("removed", release -> total(release, "removed"))
			.toMany("counts", "ReleaseCount", (count, release) -> eq(count.col("release"), release.col("number")),
					(count, release) -> sql(count.col("type_name"), " collate \"C\""), 20);
		schema.type("ReleaseCount").view("release_count").columns("typeName", "added", "changed", "removed");
		schema.rootConnection("releases", ConnectionSql.of("Release", NEWEST_FIRST));
		schema.rootObject("release", "Release", ByNumber.class,
				(release, args) -> eq(release.col("number"), Sql.value(args.number().longValue())));
	}

	/** A release's count over every kind of fact, from the versions it wrote. */
	private static Sql total(Row release, String column) {
		Row c = Row.of(new Alias("rc"));
		return sql("coalesce((select sum(", c.col(column), ")::int from ", Sql.relation("release_count"), " ", c.alias(), " where ",
				eq(c.col("release"), release.col("number")), "), 0)");
	}

}
