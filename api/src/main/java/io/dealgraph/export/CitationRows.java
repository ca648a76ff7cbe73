package io.dealgraph.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;

import static io.dealgraph.export.Column.at;
import static io.dealgraph.export.Column.integer;

/**
 * Every citation of a release in long format, one row each: the fact it supports (its type, global
 * id and slug; a deal party, which has no id of its own, by {@code deal/organization/role}), the
 * source's slug and file name, the offsets and the excerpt, and the outlet the article credits. Read
 * as the API's reader role from the ledger as it stood at the release ({@code history.<table>(n)},
 * V13), a thousand citations a statement in the order of their ids, so no statement stays open
 * while the client reads.
 */
final class CitationRows {

	static final List<Column> COLUMNS = List.of(Column.category("fact_type", "/fact_type"), at("fact_id", "/fact_id"),
			at("fact_slug", "/fact_slug"), at("source_slug", "/source_slug"), at("source_file", "/source_file"),
			integer("start_offset", "/start_offset"), integer("end_offset", "/end_offset"), at("excerpt", "/excerpt"),
			at("credited_outlet", "/credited_outlet"));

	static final int PAGE = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One page of citations after an id, at a release (every ? but the last two is the release). */
	static final String SQL = """
			select c.id, f.fact_type, dg_global_id(f.fact_type, f.fact_slug) as fact_id, f.fact_slug,
			       s.slug as source_slug, s.file_name as source_file, c.start_offset, c.end_offset, c.excerpt, c.credited_outlet
			from history.citation(?) c
			join history.source(?) s on s.id = c.source_id
			cross join lateral (
			  select case when c.organization_id is not null then 'Organization' when c.person_id is not null then 'Person'
			              when c.deal_id is not null then 'Deal' when c.deal_party_id is not null then 'DealParty'
			              when c.commitment_id is not null then 'Commitment' when c.exclusivity_term_id is not null then 'AgreementTerm'
			              when c.statement_id is not null then 'Statement' when c.event_id is not null then 'Event'
			              when c.condition_id is not null then 'Condition' when c.date_claim_id is not null then 'DateClaim' end as fact_type,
			         coalesce((select x.slug from history.organization(?) x where x.id = c.organization_id),
			                  (select x.slug from history.person(?) x where x.id = c.person_id),
			                  (select x.slug from history.deal(?) x where x.id = c.deal_id),
			                  (select concat_ws('/', d.slug, o.slug, p.role) from history.deal_party(?) p
			                     join history.deal(?) d on d.id = p.deal_id join history.organization(?) o on o.id = p.organization_id
			                    where p.id = c.deal_party_id),
			                  (select x.slug from history.commitment(?) x where x.id = c.commitment_id),
			                  (select x.slug from history.exclusivity_term(?) x where x.id = c.exclusivity_term_id),
			                  (select x.slug from history.statement(?) x where x.id = c.statement_id),
			                  (select x.slug from history.event(?) x where x.id = c.event_id),
			                  (select x.slug from history.commitment_condition(?) x where x.id = c.condition_id),
			                  (select x.slug from history.date_claim(?) x where x.id = c.date_claim_id)) as fact_slug
			) f
			where c.id > ?
			order by c.id
			limit ?""";

	private static final int RELEASE_PARAMETERS = 14;

	private final JdbcTemplate reader;

	CitationRows(JdbcTemplate reader) {
		this.reader = reader;
	}

	/** Sends every citation of the release, as a row, to the sink; one statement per thousand. */
	void each(long release, PagesById.Sink sink) throws IOException {
		PagesById.read(this.reader, SQL, PAGE, after -> {
			Object[] parameters = new Object[RELEASE_PARAMETERS + 2];
			Arrays.fill(parameters, 0, RELEASE_PARAMETERS, release);
			parameters[RELEASE_PARAMETERS] = after;
			parameters[RELEASE_PARAMETERS + 1] = PAGE;
			return parameters;
		}, (rs, i) -> {
			ObjectNode row = JSON.createObjectNode();
			row.put("fact_type", rs.getString("fact_type"));
			// A deal party has no global id: its slug names it.
			row.put("fact_id", "DealParty".equals(rs.getString("fact_type")) ? null : rs.getString("fact_id"));
			row.put("fact_slug", rs.getString("fact_slug"));
			row.put("source_slug", rs.getString("source_slug"));
			row.put("source_file", rs.getString("source_file"));
			row.put("start_offset", rs.getInt("start_offset"));
			row.put("end_offset", rs.getInt("end_offset"));
			row.put("excerpt", rs.getString("excerpt"));
			row.put("credited_outlet", rs.getString("credited_outlet"));
			row.put("release", release);
			return row;
		}, sink);
	}

}
