package io.dealgraph.timeline;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/**
 * How {@code timeline} and {@code activity} read from SQL ({@code schema/timeline.graphqls}): the
 * entries of {@link #ENTRIES}, and counts of deals or events per month or organization.
 */
@Component
class TimelineSql implements SqlDeclarations {

	/**
	 * The items activity counts, one row per item and organization it involves (one with a null
	 * organization for an item that involves none): deals by announcement, or events by date.
	 */
	private static final String ITEMS = """
			select i.*, l.organization_id from (
			  select d.id, d.announced_earliest as date_earliest, d.announced_latest as date_latest,
			         d.announced_precision as date_precision from deal d where cast(? as text) = 'DEALS'
			  union all
			  select e.id, e.date_earliest, e.date_latest, e.date_precision from event e where cast(? as text) = 'EVENTS') i
			left join (
			  select distinct deal_id as id, organization_id from deal_party where cast(? as text) = 'DEALS'
			  union all
			  select event_id, organization_id from event_organization where cast(? as text) = 'EVENTS') l on l.id = i.id""";

	/** An item's month, where the sources place it within one calendar month. */
	private static final String MONTH = """
			case when q.date_earliest is not null and q.date_latest is not null
			      and date_trunc('month', q.date_earliest) = date_trunc('month', q.date_latest)
			     then to_char(q.date_earliest, 'YYYY-MM') end""";

	/** The bucket columns of each grouping; the groups' order reads both (month is null per organization). */
	private static String bucketColumns(Map<String, Object> args) {
		return byOrganization(args)
				? "(select o.slug from organization o where o.id = q.organization_id) as key, null::text as month, "
						+ "q.organization_id, count(distinct q.id)::int as n"
				: MONTH + " as key, " + MONTH + " as month, null::bigint as organization_id, count(distinct q.id)::int as n";
	}

	/** Every dated item with the organizations it involves. */
	static final String ENTRIES = """
			select (1::bigint << 40) + e.id as id, 'EVENT' as kind, e.id as fact_id, e.title,
			       e.date_earliest, e.date_latest, e.date_precision, e.date_text,
			       array(select organization_id from event_organization where event_id = e.id) as organization_ids
			from event e
			union all
			select (2::bigint << 40) + d.id, 'DEAL_ANNOUNCED', d.id, d.title,
			       d.announced_earliest, d.announced_latest, d.announced_precision, d.announced_text,
			       array(select organization_id from deal_party where deal_id = d.id)
			from deal d where d.announced_precision is not null
			union all
			select (3::bigint << 40) + c.id, 'COMMITMENT', c.id, c.description,
			       c.date_earliest, c.date_latest, c.date_precision, c.date_text,
			       array_remove(array[c.committer_id, c.recipient_id], null)
			from commitment c where c.date_precision is not null
			union all
			select (4::bigint << 40) + s.id, 'STATEMENT', s.id, s.quote,
			       s.date_earliest, s.date_latest, s.date_precision, s.date_text,
			       array(select coalesce(ss.organization_id, p.organization_id) from statement_speaker ss
			             left join person p on p.id = ss.person_id where ss.statement_id = s.id)
			from statement s where s.date_precision is not null
			union all
			select (5::bigint << 40) + t.id, 'TERM_STARTED', t.id, t.scope,
			       t.valid_from_earliest, t.valid_from_latest, t.valid_from_precision, t.valid_from_text,
			       array[t.grantor_id, t.holder_id]
			from exclusivity_term t where t.valid_from_precision is not null
			union all
			select (6::bigint << 40) + t.id, 'TERM_ENDED', t.id, t.scope,
			       t.valid_to_earliest, t.valid_to_latest, t.valid_to_precision, t.valid_to_text,
			       array[t.grantor_id, t.holder_id]
			from exclusivity_term t where t.valid_to_precision is not null""";

	/** Entries by date, earliest (or, descending, latest) first; undated ends sort by their known end. */
	static Order order(boolean descending) {
		return Order.by("DATE", descending, Order.earliestDate("date", descending));
	}

	/** The schema's {@code TimelineEntryKind}, each with the kind of fact behind such an entry. */
	enum EntryKind {

		EVENT(Fact.EVENT), DEAL_ANNOUNCED(Fact.DEAL), COMMITMENT(Fact.COMMITMENT), STATEMENT(Fact.STATEMENT),
		TERM_STARTED(Fact.EXCLUSIVITY_TERM), TERM_ENDED(Fact.EXCLUSIVITY_TERM);

		private final Fact fact;

		EntryKind(Fact fact) {
			this.fact = fact;
		}

	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("TimelineEntry")
			.columns("kind", "title")
			.embedded("date", "FuzzyDate", "date", BaseSql.NO_DATE)
			.oneOf("fact", "{t}.kind", "{t}.fact_id", Arrays.stream(EntryKind.values())
				.collect(Collectors.toMap(EntryKind::name, kind -> kind.fact.typeName())))
			.connection("citations", ConnectionSql.of("Citation", Arrays.stream(EntryKind.values())
				.map(kind -> "when '" + kind.name() + "' then q." + kind.fact.citationColumn() + " = {t}.fact_id")
				.collect(Collectors.joining(" ", "case {t}.kind ", " end")), CitationSql.IN_TEXT_ORDER));
		schema.rootConnection("timeline", ConnectionSql.of("TimelineEntry", null, order(false))
			.over(ENTRIES)
			.orderedBy("direction", args -> order(OrderDirection.DESC.name().equals(args.get("direction"))))
			.checked(TimelineSql::checkSpan)
			.where("from", BaseSql.endsOnOrAfter("date"))
			.where("to", BaseSql.beginsOnOrBefore("date"))
			.where("organizations",
					"q.organization_ids && array(select o.id from organization o where o.slug = any(cast(? as text[])))")
			.refusing("organizations", """
					select s.slug from unnest(cast(? as text[])) with ordinality s(slug, at)
					where not exists (select 1 from organization o where o.slug = s.slug) order by s.at limit 1""",
					slug -> new BadInputException("organizations", "names an unknown organization slug '" + slug + "'")));
		schema.rootAggregate("activity", "ActivityCounts", ConnectionSql.rowsOf(ITEMS, "of", of -> ActivityKind.valueOf((String) of).name())
			.where("from", BaseSql.endsOnOrAfter("date"))
			.where("to", BaseSql.beginsOnOrBefore("date")), "by");
		schema.type("ActivityCounts")
			.value("notPlaced", args -> byOrganization(args) ? "0"
					: "(count(distinct {t}.id) filter (where (" + MONTH.replace("q.", "{t}.") + ") is null))::int")
			.grouped("buckets", "ActivityBucket", TimelineSql::bucketColumns, "true",
					args -> byOrganization(args) ? "q.organization_id having q.organization_id is not null"
							: "1 having " + MONTH + " is not null",
					"{t}.month, {t}.n desc, {t}.key");
		schema.type("ActivityBucket")
			.value("key", "{t}.key")
			.value("month", "{t}.month")
			.value("count", "{t}.n")
			.toOne("organization", "Organization", "{c}.id = {t}.organization_id");
	}

	/** The schema's {@code ActivityGrouping}. */
	enum ActivityGrouping {

		MONTH, ORGANIZATION

	}

	/** The schema's {@code ActivityKind}: what activity counts, the {@code ?} of {@link #ITEMS}. */
	enum ActivityKind {

		DEALS, EVENTS

	}

	private static boolean byOrganization(Map<String, Object> args) {
		return ActivityGrouping.valueOf((String) args.get("by")) == ActivityGrouping.ORGANIZATION;
	}

	/** A span from after its end is a mistake. */
	private static void checkSpan(Map<String, Object> args) {
		Object from = args.get("from");
		Object to = args.get("to");
		if (from instanceof java.time.LocalDate f && to instanceof java.time.LocalDate t && f.isAfter(t)) {
			throw new BadInputException("from", "must not be after 'to'");
		}
	}

}
