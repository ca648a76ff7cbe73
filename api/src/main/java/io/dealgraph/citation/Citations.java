package io.dealgraph.citation;

import java.util.Map;
import java.util.Set;

import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Citations of every kind of fact, paged per fact. */
@Repository
public class Citations {

	/** The citation column that points at each GraphQL type's rows. */
	public static final Map<String, String> FACT_COLUMNS = Map.of("Organization", "organization_id", "Person",
			"person_id", "Deal", "deal_id", "DealParty", "deal_party_id", "Commitment", "commitment_id",
			"ExclusivityTerm", "exclusivity_term_id", "Statement", "statement_id", "Event", "event_id", "Source",
			"source_id");

	private static final RowMapper<Citation> MAPPER = (rs, n) -> new Citation(rs.getLong("id"),
			rs.getLong("source_id"), rs.getString("excerpt"), rs.getInt("start_offset"), rs.getInt("end_offset"),
			rs.getString("credited_outlet"));

	private static final Order IN_TEXT_ORDER = Order.by("SOURCE_POSITION", false,
			new Order.SortKey("q.source_id", "bigint"), new Order.SortKey("q.start_offset", "integer"));

	private final Pager pager;

	Citations(Pager pager) {
		this.pager = pager;
	}

	public Map<Long, Connection<Citation>> pageByFact(String typeName, Set<Long> factIds, PageRequest page) {
		String column = FACT_COLUMNS.get(typeName);
		return this.pager.byParent("""
				select c.id, c.source_id, c.excerpt, c.start_offset, c.end_offset, c.credited_outlet,
				       c.%s as parent_key
				from citation c where c.%s = any(:parents)""".formatted(column, column),
				new MapSqlParameterSource("parents", Pager.ids(factIds)), IN_TEXT_ORDER, page, MAPPER);
	}

}
