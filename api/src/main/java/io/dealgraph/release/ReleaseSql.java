package io.dealgraph.release;

import java.time.OffsetDateTime;
import java.util.List;

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

	/** Newest release first, then by kind and fact (a change's id orders both). */
	static final Order CHANGES_NEWEST_FIRST = Order.by("RELEASE", true,
			new Order.SortKey(change -> change.col("release"), Order.KeyType.BIGINT));

	/** The arguments of {@code Query.changes}; its {@code release} also reads the ledger as it stood then. */
	record ChangesArguments(OffsetDateTime since, Integer release) {
	}

	/** The kinds of fact whose versions the ledger keeps (the fact_change view, V14). */
	static final List<String> FACT_TYPES = List.of("Source", "Organization", "Person", "Deal", "DealParty", "Event",
			"Commitment", "ExclusivityTerm", "Statement", "Condition", "AgreementTerm", "DateClaim");

	/** The kind of fact whose versions a type reads (V17): an exclusivity term is a version of its agreement term. */
	static String kindOf(String type) {
		return "ExclusivityTerm".equals(type) ? "AgreementTerm" : type;
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
		schema.vocabulary(ChangeOperation.class);
		schema.type("Change")
			.view("fact_change")
			.columns("operation", "typeName", "slug")
			.toOne("release", "Release", (release, change) -> eq(release.col("number"), change.col("release")))
			.toMany("fields", "FieldChange", (field, change) -> Sql.and(List.of(eq(change.col("operation"), Sql.literal(ChangeOperation.CHANGED.name())),
					eq(field.col("type_name"), change.col("type_name")), eq(field.col("fact_id"), change.col("fact_id")),
					eq(field.col("release"), change.col("release")))),
					(field, change) -> sql(field.col("place"), ", ", field.col("field"), " collate \"C\", ", field.col("before"),
							" collate \"C\", ", field.col("after"), " collate \"C\""));
		schema.type("FieldChange").view("fact_change_field").columns("field", "before", "after");
		schema.rootConnection("changes", ConnectionSql.of("Change", ChangesArguments.class, args -> CHANGES_NEWEST_FIRST)
			.where(ChangesArguments::since, (change, since) -> sql(change.col("release"), " in (select number from ",
					Sql.relation("release"), " where loaded_at > ", Sql.cast(Sql.value(since), "timestamptz"), ")"))
			.where(ChangesArguments::release, (change, release) -> eq(change.col("release"), Sql.value(release.longValue()))));
		for (String type : FACT_TYPES) {
			schema.type(type)
				.toOne("recordedIn", "Release", (release, fact) -> eq(release.col("number"), version(fact, type, "min")))
				.toOne("updatedIn", "Release", (release, fact) -> eq(release.col("number"), version(fact, type, "max")))
				.toMany("history", "Change", (change, fact) -> Sql.and(List.of(eq(change.col("type_name"), Sql.literal(kindOf(type))),
						eq(change.col("fact_id"), fact.col("id")))), (change, fact) -> change.col("id"));
		}
		schema.rootObject("release", "Release", ByNumber.class,
				(release, args) -> eq(release.col("number"), Sql.value(args.number().longValue())));
	}

	/** The first ({@code min}) or last ({@code max}) release that wrote a version of the fact. */
	private static Sql version(Row fact, String type, String which) {
		Row c = Row.of(new Alias("fc"));
		return Sql.subquery(sql("select ", which, "(", c.col("release"), ") from ", Sql.relation("fact_change"), " ", c.alias(),
				" where ", eq(c.col("type_name"), Sql.literal(kindOf(type))), " and ", eq(c.col("fact_id"), fact.col("id"))));
	}

	/** A release's count over every kind of fact, from the versions it wrote. */
	private static Sql total(Row release, String column) {
		Row c = Row.of(new Alias("rc"));
		return sql("coalesce((select sum(", c.col(column), ")::int from ", Sql.relation("release_count"), " ", c.alias(), " where ",
				eq(c.col("release"), release.col("number")), "), 0)");
	}

}
