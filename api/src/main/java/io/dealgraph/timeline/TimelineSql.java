package io.dealgraph.timeline;

import java.util.Map;

import io.dealgraph.citation.Citations;
import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.BadInputException;

import org.springframework.stereotype.Component;

/**
 * How {@code timeline} and {@code activity} read from SQL ({@code schema/timeline.graphqls}): the
 * entries of {@link Timeline#ENTRIES}, and counts of deals or events per month or organization as
 * {@link Timeline#counts} groups them.
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
		return "ORGANIZATION".equals(args.get("by"))
				? "(select o.slug from organization o where o.id = q.organization_id) as key, null::text as month, "
						+ "q.organization_id, count(distinct q.id)::int as n"
				: MONTH + " as key, " + MONTH + " as month, null::bigint as organization_id, count(distinct q.id)::int as n";
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("TimelineEntry")
			.columns("kind", "title")
			.embedded("date", "FuzzyDate", "date", BaseSql.NO_DATE)
			.oneOf("fact", "{t}.kind", "{t}.fact_id", TimelineEntry.FACT_TYPES)
			.connection("citations", ConnectionSql.of("Citation", """
					case {t}.kind when 'EVENT' then q.event_id = {t}.fact_id
					  when 'DEAL_ANNOUNCED' then q.deal_id = {t}.fact_id
					  when 'COMMITMENT' then q.commitment_id = {t}.fact_id
					  when 'STATEMENT' then q.statement_id = {t}.fact_id
					  else q.exclusivity_term_id = {t}.fact_id end""", Citations.IN_TEXT_ORDER));
		schema.rootConnection("timeline", ConnectionSql.of("TimelineEntry", null, Timeline.order(false))
			.over(Timeline.ENTRIES)
			.orderedBy("direction", args -> Timeline.order("DESC".equals(args.get("direction"))))
			.checked(TimelineSql::checkSpan)
			.where("from", BaseSql.endsOnOrAfter("date"))
			.where("to", BaseSql.beginsOnOrBefore("date"))
			.where("organizations",
					"q.organization_ids && array(select o.id from organization o where o.slug = any(cast(? as text[])))")
			.refusing("organizations", """
					select s.slug from unnest(cast(? as text[])) with ordinality s(slug, at)
					where not exists (select 1 from organization o where o.slug = s.slug) order by s.at limit 1""",
					slug -> new BadInputException("organizations", "names an unknown organization slug '" + slug + "'")));
		schema.rootAggregate("activity", "ActivityCounts", ConnectionSql.rowsOf(ITEMS, "of")
			.where("from", BaseSql.endsOnOrAfter("date"))
			.where("to", BaseSql.beginsOnOrBefore("date")), "by");
		schema.type("ActivityCounts")
			.value("notPlaced", args -> "ORGANIZATION".equals(args.get("by")) ? "0"
					: "(count(distinct {t}.id) filter (where (" + MONTH.replace("q.", "{t}.") + ") is null))::int")
			.grouped("buckets", "ActivityBucket", TimelineSql::bucketColumns, "true",
					args -> "ORGANIZATION".equals(args.get("by")) ? "q.organization_id having q.organization_id is not null"
							: "1 having " + MONTH + " is not null",
					"{t}.month, {t}.n desc, {t}.key");
		schema.type("ActivityBucket")
			.value("key", "{t}.key")
			.value("month", "{t}.month")
			.value("count", "{t}.n")
			.toOne("organization", "Organization", "{c}.id = {t}.organization_id");
	}

	/** As {@code TimelineController.timeline} checks it. */
	private static void checkSpan(Map<String, Object> args) {
		Object from = args.get("from");
		Object to = args.get("to");
		if (from instanceof java.time.LocalDate f && to instanceof java.time.LocalDate t && f.isAfter(t)) {
			throw new BadInputException("from", "must not be after 'to'");
		}
	}

}
