package io.dealgraph.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.NodeType;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;
import io.dealgraph.graphql.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The timeline. */
@Repository
public class Events implements NodeType {

	private static final String COLUMNS = """
			e.id, e.slug, e.title, e.kind, e.deal_id, e.description,
			e.date_earliest, e.date_latest, e.date_precision, e.date_text""";

	private static final RowMapper<Event> MAPPER = (rs, n) -> new Event(rs.getLong("id"), rs.getString("slug"),
			rs.getString("title"), rs.getString("kind"), rs.getObject("deal_id", Long.class),
			rs.getString("description"), FuzzyDate.read(rs, "date"));

	static final Order BY_DATE = order(new OrderInput("DATE", "ASC"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Events(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Event";
	}

	@Override
	public Map<String, Event> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from event e where e.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Event::slug, Function.identity()));
	}

	public Optional<Event> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, Event> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from event e where e.id = any(:ids)", Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Event::id, Function.identity()));
	}

	/** The organization ids of each event. */
	public Map<Long, List<Long>> organizationIds(Set<Long> eventIds) {
		return this.jdbc.query("""
				select eo.event_id, eo.organization_id from event_organization eo
				join organization o on o.id = eo.organization_id
				where eo.event_id = any(:ids) order by o.name""", Map.of("ids", Pager.ids(eventIds)),
				(rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	public Connection<Event> page(EventFilter filter, OrderInput orderBy, PageRequest page) {
		EventFilter f = filter != null ? filter : new EventFilter(null, null, null, null, null, null);
		Sql sql = new Sql().where("e.kind = :kind", "kind", f.kind())
			.citedBy("event_id", "e.id", f.outlet())
			.where("e.deal_id = (select id from deal where slug = :deal)", "deal", f.deal())
			.where("""
					exists (select 1 from event_organization eo where eo.event_id = e.id
					  and eo.organization_id = (select id from organization where slug = :org))""", "org",
					f.organization())
			.overlaps("e.date", f.from(), f.to());
		return this.pager.root("select %s, 0 as parent_key from event e where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), order(OrderInput.orDefault(orderBy, "DATE", "ASC")), page, MAPPER);
	}

	public Map<Long, Connection<Event>> pageByDeal(Set<Long> dealIds, PageRequest page) {
		return this.pager.byParent(
				"select %s, e.deal_id as parent_key from event e where e.deal_id = any(:parents)".formatted(COLUMNS),
				new MapSqlParameterSource("parents", Pager.ids(dealIds)), BY_DATE, page, MAPPER);
	}

	public Map<Long, Connection<Event>> pageByOrganization(Set<Long> organizationIds, PageRequest page) {
		return this.pager.byParent("""
				select %s, eo.organization_id as parent_key from event e
				join event_organization eo on eo.event_id = e.id where eo.organization_id = any(:parents)"""
			.formatted(COLUMNS), new MapSqlParameterSource("parents", Pager.ids(organizationIds)), BY_DATE, page,
				MAPPER);
	}

	static Order order(OrderInput input) {
		return Order.by("DATE", input.descending(), Sql.earliestDate("date", input.descending()));
	}

}
