package io.dealgraph.citation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	public static final Order IN_TEXT_ORDER = Order.by("SOURCE_POSITION", false,
			new Order.SortKey("q.source_id", "bigint"), new Order.SortKey("q.start_offset", "integer"));

	private final Pager pager;

	private final NamedParameterJdbcTemplate jdbc;

	Citations(Pager pager, NamedParameterJdbcTemplate jdbc) {
		this.pager = pager;
		this.jdbc = jdbc;
	}

	/**
	 * The distinct outlets that support each fact: the outlets its citations credit, or, where a
	 * citation credits none, the article itself (its publisher, else its author, else its title).
	 */
	public Map<Long, List<String>> outlets(String typeName, Set<Long> factIds) {
		String column = FACT_COLUMNS.get(typeName);
		return this.jdbc.query("""
				select distinct c.%s as fact_id, trim(o.outlet) collate "C" as outlet
				from citation c join source s on s.id = c.source_id
				cross join lateral unnest(case when c.credited_outlet is not null
				    then string_to_array(c.credited_outlet, ',')
				    else array[coalesce(s.publisher, s.author, '“' || s.title || '”')] end) as o(outlet)
				where c.%s = any(:ids)
				order by 1, 2""".formatted(column, column), Map.of("ids", Pager.ids(factIds)),
				(rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
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
