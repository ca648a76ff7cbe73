package io.dealgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.Grouping;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;
import io.dealgraph.graphql.BadInputException;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * How {@code timeline} and {@code activity} read from SQL ({@code schema/timeline.graphqls}): the
 * entries of {@link #entries()}, and counts of deals or events per month or organization.
 */
@Component
class TimelineSql implements SqlDeclarations {

	/** The schema's {@code TimelineEntryKind}, each with the kind of fact behind such an entry. */
	enum TimelineEntryKind {

		EVENT(Fact.EVENT), DEAL_ANNOUNCED(Fact.DEAL), COMMITMENT(Fact.COMMITMENT), STATEMENT(Fact.STATEMENT),
		TERM_STARTED(Fact.EXCLUSIVITY_TERM), TERM_ENDED(Fact.EXCLUSIVITY_TERM), DEAL_STARTED(Fact.DEAL),
		DEAL_ENDED(Fact.DEAL), COMMITMENT_PERIOD_ENDED(Fact.COMMITMENT), CONDITION_DEADLINE(Fact.CONDITION),
		AGREEMENT_TERM_STARTED(Fact.AGREEMENT_TERM), AGREEMENT_TERM_ENDED(Fact.AGREEMENT_TERM);

		private final Fact fact;

		TimelineEntryKind(Fact fact) {
			this.fact = fact;
		}

	}

	/** The schema's {@code ActivityGrouping}. */
	enum ActivityGrouping {

		MONTH, ORGANIZATION

	}

	/** The schema's {@code ActivityKind}: what activity counts. */
	enum ActivityKind {

		DEALS, EVENTS

	}

	/** The arguments of {@code Query.timeline}. */
	record TimelineArguments(LocalDate from, LocalDate to, List<String> organizations, OrderDirection direction) {
	}

	/** The arguments of {@code Query.activity}. */
	record ActivityArguments(ActivityKind of, ActivityGrouping by, LocalDate from, LocalDate to) {

		boolean byOrganization() {
			return this.by == ActivityGrouping.ORGANIZATION;
		}

	}

	/** Entries by date, earliest (or, descending, latest) first; undated ends sort by their known end. */
	static Order order(boolean descending) {
		return Order.by("DATE", descending, Order.earliestDate("date", descending));
	}

	/** Every dated item with the organizations it involves. */
	private static Sql entries() {
		Row e = Row.of(new Alias("e"));
		Row c = Row.of(new Alias("c"));
		Row s = Row.of(new Alias("s"));
		Row t = Row.of(new Alias("t"));
		Row eo = Row.of(new Alias("eo"));
		Row ss = Row.of(new Alias("ss"));
		Row p = Row.of(new Alias("p"));
		return sql("select (1::bigint << 40) + ", e.col("id"), " as id, 'EVENT' as kind, ", e.col("id"), " as fact_id, ",
				e.col("title"), ", ", e.col("date_earliest"), ", ", e.col("date_latest"), ", ", e.col("date_precision"), ", ",
				e.col("date_text"), ", array(select ", eo.col("organization_id"), " from ", Sql.relation("event_organization"), " ", eo.alias(),
				" where ", eq(eo.col("event_id"), e.col("id")), ") as organization_ids from ", Sql.relation("event"), " ", e.alias(),
				dealDates("DEAL_ANNOUNCED", 2, "announced"), " union all select (3::bigint << 40) + ", c.col("id"), ", 'COMMITMENT', ", c.col("id"), ", ",
				c.col("description"), ", ", c.col("date_earliest"), ", ", c.col("date_latest"), ", ", c.col("date_precision"),
				", ", c.col("date_text"), ", array_remove(array[", c.col("committer_id"), ", ", c.col("recipient_id"),
				"], null) from ", Sql.relation("commitment"), " ", c.alias(), " where ", c.col("date_precision"),
				" is not null union all select (4::bigint << 40) + ", s.col("id"), ", 'STATEMENT', ", s.col("id"), ", ",
				s.col("quote"), ", ", s.col("date_earliest"), ", ", s.col("date_latest"), ", ", s.col("date_precision"), ", ",
				s.col("date_text"), ", array(select coalesce(", ss.col("organization_id"), ", ", p.col("organization_id"),
				") from ", Sql.relation("statement_speaker"), " ", ss.alias(), " left join ", Sql.relation("person"), " ", p.alias(), " on ", eq(p.col("id"), ss.col("person_id")),
				" where ", eq(ss.col("statement_id"), s.col("id")), ") from ", Sql.relation("statement"), " ", s.alias(), " where ",
				s.col("date_precision"), " is not null union all select (5::bigint << 40) + ", t.col("id"), ", 'TERM_STARTED', ",
				t.col("id"), ", ", t.col("scope"), ", ", t.col("valid_from_earliest"), ", ", t.col("valid_from_latest"), ", ",
				t.col("valid_from_precision"), ", ", t.col("valid_from_text"), ", array[", t.col("grantor_id"), ", ",
				t.col("holder_id"), "] from ", Sql.relation("exclusive_term"), " ", t.alias(), " where ", t.col("valid_from_precision"),
				" is not null union all select (6::bigint << 40) + ", t.col("id"), ", 'TERM_ENDED', ", t.col("id"), ", ",
				t.col("scope"), ", ", t.col("valid_to_earliest"), ", ", t.col("valid_to_latest"), ", ", t.col("valid_to_precision"),
				", ", t.col("valid_to_text"), ", array[", t.col("grantor_id"), ", ", t.col("holder_id"),
				"] from ", Sql.relation("exclusive_term"), " ", t.alias(), " where ", t.col("valid_to_precision"), " is not null",
				dealDates("DEAL_STARTED", 7, "effective"), dealDates("DEAL_ENDED", 8, "ended"), periodEnds(), deadlines(),
				otherTerms("AGREEMENT_TERM_STARTED", 11, "valid_from_"), otherTerms("AGREEMENT_TERM_ENDED", 12, "valid_to_"));
	}

	/**
	 * The start or end of a term that grants no exclusivity (a licence not exclusive, a revenue
	 * share...), with the organizations it names, or its deal's parties where it names none.
	 */
	private static Sql otherTerms(String kind, int number, String prefix) {
		Row t = Row.of(new Alias("t"));
		Row dp = Row.of(new Alias("dp"));
		Row date = t.prefixed(prefix);
		return sql(" union all select (" + number + "::bigint << 40) + ", t.col("id"), ", ", Sql.literal(kind), ", ", t.col("id"), ", ",
				t.col("scope"), ", ", date.col("earliest"), ", ", date.col("latest"), ", ", date.col("precision"), ", ",
				date.col("text"), ", coalesce(nullif(array_remove(array[", t.col("grantor_id"), ", ", t.col("holder_id"), ", ",
				t.col("payer_id"), ", ", t.col("payee_id"), "], null), '{}'), array(select ", dp.col("organization_id"), " from ",
				Sql.relation("deal_party"), " ", dp.alias(), " where ", eq(dp.col("deal_id"), t.col("deal_id")), ")) from ",
				Sql.relation("exclusivity_term"), " ", t.alias(), " where ", date.col("precision"), " is not null and not (",
				t.col("kind"), " = 'EXCLUSIVITY' or (", t.col("kind"), " = 'LICENCE' and coalesce(", t.col("exclusive"), ", false)))");
	}

	/** A deal's announced, effective or ended date as an entry, with the deal's parties. */
	private static Sql dealDates(String kind, int number, String prefix) {
		Row d = Row.of(new Alias("d"));
		Row dp = Row.of(new Alias("dp"));
		Row date = d.prefixed(prefix + "_");
		return sql(" union all select (" + number + "::bigint << 40) + ", d.col("id"), ", ", Sql.literal(kind), ", ", d.col("id"), ", ",
				d.col("title"), ", ", date.col("earliest"), ", ", date.col("latest"), ", ", date.col("precision"), ", ",
				date.col("text"), ", array(select ", dp.col("organization_id"), " from ", Sql.relation("deal_party"), " ", dp.alias(),
				" where ", eq(dp.col("deal_id"), d.col("id")), ") from ", Sql.relation("deal"), " ", d.alias(), " where ",
				date.col("precision"), " is not null");
	}

	/** The end of a commitment's stated period, with its committer and recipient. */
	private static Sql periodEnds() {
		Row c = Row.of(new Alias("c"));
		Row end = c.prefixed("period_end_");
		return sql(" union all select (9::bigint << 40) + ", c.col("id"), ", 'COMMITMENT_PERIOD_ENDED', ", c.col("id"), ", ",
				c.col("description"), ", ", end.col("earliest"), ", ", end.col("latest"), ", ", end.col("precision"), ", ",
				end.col("text"), ", array_remove(array[", c.col("committer_id"), ", ", c.col("recipient_id"), "], null) from ",
				Sql.relation("commitment"), " ", c.alias(), " where ", end.col("precision"), " is not null");
	}

	/** A condition's deadline, with its commitment's committer and recipient; titled by its words. */
	private static Sql deadlines() {
		Row k = Row.of(new Alias("k"));
		Row c = Row.of(new Alias("c"));
		Row deadline = k.prefixed("deadline_");
		return sql(" union all select (10::bigint << 40) + ", k.col("id"), ", 'CONDITION_DEADLINE', ", k.col("id"), ", ",
				k.col("words"), ", ", deadline.col("earliest"), ", ", deadline.col("latest"), ", ", deadline.col("precision"), ", ",
				deadline.col("text"), ", array_remove(array[", c.col("committer_id"), ", ", c.col("recipient_id"), "], null) from ",
				Sql.relation("commitment_condition"), " ", k.alias(), " join ", Sql.relation("commitment"), " ", c.alias(), " on ",
				eq(c.col("id"), k.col("commitment_id")), " where ", deadline.col("precision"), " is not null");
	}

	/**
	 * The items activity counts, one row per item and organization it involves (one with a null
	 * organization for an item that involves none): deals by announcement, or events by date.
	 */
	private static Sql items(ActivityKind of) {
		Row i = Row.of(new Alias("i"));
		Row l = Row.of(new Alias("l"));
		Alias d = new Alias("d");
		Alias e = new Alias("e");
		Sql items = of == ActivityKind.DEALS
				? sql("select ", d.col("id"), ", ", d.col("announced_earliest"), " as date_earliest, ", d.col("announced_latest"),
						" as date_latest, ", d.col("announced_precision"), " as date_precision from ", Sql.relation("deal"), " ", d)
				: sql("select ", e.col("id"), ", ", e.col("date_earliest"), ", ", e.col("date_latest"), ", ",
						e.col("date_precision"), " from ", Sql.relation("event"), " ", e);
		Sql links = of == ActivityKind.DEALS ? sql("select distinct deal_id as id, organization_id from ", Sql.relation("deal_party"))
				: sql("select event_id as id, organization_id from ", Sql.relation("event_organization"));
		return sql("select ", i.alias().row(), ", ", l.col("organization_id"), " from ", Sql.subquery(items), " ", i.alias(),
				" left join ", Sql.subquery(links), " ", l.alias(), " on ", eq(l.col("id"), i.col("id")));
	}

	/** An item's month, where the sources place it within one calendar month. */
	private static Sql month(Row item) {
		return sql("case when ", item.col("date_earliest"), " is not null and ", item.col("date_latest"),
				" is not null and date_trunc('month', ", item.col("date_earliest"), ") = date_trunc('month', ",
				item.col("date_latest"), ") then to_char(", item.col("date_earliest"), ", 'YYYY-MM') end");
	}

	/** The buckets of each grouping; their order reads both columns (month is null per organization). */
	private static Grouping buckets(Row item, ActivityArguments args) {
		if (args.byOrganization()) {
			Alias organization = new Alias("o");
			return new Grouping(List.of(
					Sql.asName(Sql.subquery(sql("select ", organization.col("slug"), " from ", Sql.relation("organization"), " ", organization,
							" where ", eq(organization.col("id"), item.col("organization_id")))), "key"),
					sql("null::text as month"), Sql.asName(item.col("organization_id"), "organization_id"),
					Sql.asName(sql("count(distinct ", item.col("id"), ")::int"), "n")),
					Sql.TRUE, List.of(item.col("organization_id")), sql(item.col("organization_id"), " is not null"));
		}
		return new Grouping(List.of(Sql.asName(month(item), "key"), Sql.asName(month(item), "month"),
				sql("null::bigint as organization_id"), Sql.asName(sql("count(distinct ", item.col("id"), ")::int"), "n")),
				Sql.TRUE, List.of(sql("1")), sql(month(item), " is not null"));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(TimelineEntryKind.class, ActivityKind.class, ActivityGrouping.class);
		Map<String, String> facts = Arrays.stream(TimelineEntryKind.values())
			.collect(Collectors.toMap(TimelineEntryKind::name, kind -> kind.fact.typeName()));
		schema.type("TimelineEntry")
			.columns("kind", "title")
			.embedded("date", "FuzzyDate", "date_", FuzzyDateSql::noDate)
			.oneOf("fact", entry -> entry.col("kind"), entry -> entry.col("fact_id"), facts)
			.connection("citations", ConnectionSql.of("Citation", CitationSql.IN_TEXT_ORDER).parent((citation, entry) -> {
				List<Sql> cases = new ArrayList<>();
				for (TimelineEntryKind kind : TimelineEntryKind.values()) {
					cases.add(sql(" when ", Sql.literal(kind.name()), " then ",
							eq(citation.col(kind.fact.citationColumn()), entry.col("fact_id"))));
				}
				return sql("case ", entry.col("kind"), new Sql.Seq(cases), " end");
			}));
		schema.rootConnection("timeline", ConnectionSql.of("TimelineEntry", TimelineArguments.class,
				args -> order(args.direction() == OrderDirection.DESC))
			.over(args -> entries())
			.checked(TimelineSql::checkSpan)
			.where(TimelineArguments::from, (entry, day) -> FuzzyDateSql.endsOnOrAfter(entry, "date", day))
			.where(TimelineArguments::to, (entry, day) -> FuzzyDateSql.beginsOnOrBefore(entry, "date", day))
			.where(TimelineArguments::organizations, (entry, slugs) -> {
				Alias organization = new Alias("o");
				return sql(entry.col("organization_ids"), " && array(select ", organization.col("id"), " from ", Sql.relation("organization"), " ",
						organization, " where ", organization.col("slug"), " = any(cast(", value(slugs), " as text[])))");
			})
			.refusing(TimelineArguments::organizations, slugs -> {
				Alias slug = new Alias("s");
				Alias organization = new Alias("o");
				return sql("select ", slug.col("slug"), " from unnest(cast(", value(slugs), " as text[])) with ordinality ", slug,
						"(slug, at) where not exists (select 1 from ", Sql.relation("organization"), " ", organization, " where ",
						eq(organization.col("slug"), slug.col("slug")), ") order by ", slug.col("at"), " limit 1");
			}, slug -> new BadInputException("organizations", "names an unknown organization slug '" + slug + "'")));
		schema.rootAggregate("activity", "ActivityCounts", ConnectionSql.rowsOf(ActivityArguments.class,
				args -> items(args.of()))
			.where(ActivityArguments::from, (item, day) -> FuzzyDateSql.endsOnOrAfter(item, "date", day))
			.where(ActivityArguments::to, (item, day) -> FuzzyDateSql.beginsOnOrBefore(item, "date", day)));
		schema.type("ActivityCounts")
			.aggregate("notPlaced", ActivityArguments.class, (item, args) -> args.byOrganization() ? sql("0")
					: sql("(count(distinct ", item.col("id"), ") filter (where (", month(item), ") is null))::int"))
			.grouped("buckets", "ActivityBucket", ActivityArguments.class, TimelineSql::buckets,
					bucket -> List.of(bucket.col("month"), sql(bucket.col("n"), " desc"), bucket.col("key")));
		schema.type("ActivityBucket")
			.columns("key", "month")
			.value("count", bucket -> bucket.col("n"))
			.toOne("organization", "Organization", "organization_id");
	}

	/** A span from after its end is a mistake. */
	private static void checkSpan(TimelineArguments args) {
		if (args.from() != null && args.to() != null && args.from().isAfter(args.to())) {
			throw new BadInputException("from", "must not be after 'to'");
		}
	}

}
