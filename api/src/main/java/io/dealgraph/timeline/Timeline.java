package io.dealgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;
import io.dealgraph.graphql.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The timeline of events and dated facts, and counts of deals and events for charts. */
@Repository
public class Timeline {

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

	private static final RowMapper<TimelineEntry> MAPPER = (rs, n) -> new TimelineEntry(rs.getLong("id"),
			rs.getString("kind"), rs.getLong("fact_id"), rs.getString("title"), FuzzyDate.read(rs, "date"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Timeline(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	public Connection<TimelineEntry> entries(LocalDate from, LocalDate to, List<String> organizations,
			boolean descending, PageRequest page) {
		Sql sql = new Sql().overlaps("x.date", from, to);
		if (organizations != null && !organizations.isEmpty()) {
			sql.where("x.organization_ids && :organization_ids").bind("organization_ids", organizationIds(organizations));
		}
		return this.pager.root("select x.*, 0 as parent_key from (%s) x where %s".formatted(ENTRIES, sql.clause()),
				sql.params(), order(descending), page, MAPPER);
	}

	/** Entries by date, earliest (or, descending, latest) first; undated ends sort by their known end. */
	static Order order(boolean descending) {
		return Order.by("DATE", descending, Sql.earliestDate("date", descending));
	}

	/** Deals (by announcement) or events per month or per organization. */
	public ActivityCounts counts(String of, String by, LocalDate from, LocalDate to) {
		boolean deals = "DEALS".equals(of);
		String items = deals ? """
				select d.id, d.announced_earliest as date_earliest, d.announced_latest as date_latest,
				       d.announced_precision as date_precision from deal d""" : """
				select e.id, e.date_earliest, e.date_latest, e.date_precision from event e""";
		String links = deals ? "select distinct deal_id as id, organization_id from deal_party"
				: "select event_id as id, organization_id from event_organization";
		Sql sql = new Sql().overlaps("i.date", from, to);
		if ("ORGANIZATION".equals(by)) {
			List<ActivityBucket> buckets = this.jdbc.query("""
					select o.slug, o.id, count(distinct i.id) as n from (%s) i
					join (%s) l on l.id = i.id join organization o on o.id = l.organization_id
					where %s group by o.slug, o.id order by n desc, o.slug""".formatted(items, links, sql.clause()),
					sql.params(), (rs, n) -> new ActivityBucket(rs.getString(1), null, rs.getLong(2), rs.getInt(3)));
			return new ActivityCounts(buckets, 0);
		}
		// A month bucket only for dates the sources place within one calendar month.
		List<ActivityBucket> buckets = new ArrayList<>();
		int[] notPlaced = new int[1];
		this.jdbc.query("""
				select case when i.date_earliest is not null and i.date_latest is not null
				             and date_trunc('month', i.date_earliest) = date_trunc('month', i.date_latest)
				            then to_char(i.date_earliest, 'YYYY-MM') end as month, count(*) as n
				from (%s) i where %s group by 1 order by 1 nulls last""".formatted(items, sql.clause()), sql.params(),
				rs -> {
					String month = rs.getString(1);
					if (month == null) {
						notPlaced[0] = rs.getInt(2);
					}
					else {
						buckets.add(new ActivityBucket(month, month, null, rs.getInt(2)));
					}
				});
		return new ActivityCounts(buckets, notPlaced[0]);
	}

	private Long[] organizationIds(List<String> slugs) {
		Map<String, Long> found = new HashMap<>();
		this.jdbc.query("select slug, id from organization where slug = any(:slugs)",
				new MapSqlParameterSource("slugs", slugs.toArray(String[]::new)),
				rs -> {
					found.put(rs.getString(1), rs.getLong(2));
				});
		for (String slug : slugs) {
			if (!found.containsKey(slug)) {
				throw new BadInputException("organizations", "names an unknown organization slug '" + slug + "'");
			}
		}
		return found.values().toArray(Long[]::new);
	}

}
