package io.dealgraph.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dealgraph.graphql.Connection;
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

/** Organizations and their names. */
@Repository
public class Organizations implements NodeType {

	private static final String COLUMNS = "o.id, o.slug, o.name, o.kind, o.parent_id, o.description";

	private static final RowMapper<Organization> MAPPER = (rs, n) -> new Organization(rs.getLong("id"),
			rs.getString("slug"), rs.getString("name"), rs.getString("kind"), rs.getObject("parent_id", Long.class),
			rs.getString("description"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Organizations(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Organization";
	}

	@Override
	public Map<String, Organization> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from organization o where o.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Organization::slug, Function.identity()));
	}

	public Optional<Organization> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	/** By name, alias or ticker, ignoring case. */
	public Optional<Organization> findByName(String name) {
		return this.jdbc.query("""
				select %s from organization o
				where lower(o.name) = lower(:name)
				   or exists (select 1 from organization_alias a where a.organization_id = o.id and lower(a.value) = lower(:name))
				order by o.id limit 1
				""".formatted(COLUMNS), Map.of("name", name.strip()), MAPPER).stream().findFirst();
	}

	public Map<Long, Organization> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from organization o where o.id = any(:ids)",
					Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
	}

	public Connection<Organization> page(OrganizationFilter filter, OrderInput orderBy, PageRequest page) {
		OrganizationFilter f = filter != null ? filter : new OrganizationFilter(null, null);
		Sql sql = new Sql().where("o.kind = :kind", "kind", f.kind())
			.where("""
					(strpos(lower(o.name), lower(:contains)) > 0 or exists (select 1 from organization_alias a
					 where a.organization_id = o.id and strpos(lower(a.value), lower(:contains)) > 0))""",
					"contains", f.nameContains());
		Order order = order(orderBy);
		return this.pager.root("select %s, 0 as parent_key from organization o where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), order, page, MAPPER);
	}

	/** Aliases or tickers of each organization, alphabetically. */
	public Map<Long, List<String>> names(Set<Long> ids, String kind) {
		return this.jdbc.query("""
				select organization_id, value from organization_alias
				where organization_id = any(:ids) and kind = :kind order by value""",
				new MapSqlParameterSource("ids", Pager.ids(ids)).addValue("kind", kind),
				(rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	public Map<Long, List<Organization>> units(Set<Long> parentIds) {
		return this.jdbc
			.query("select " + COLUMNS + " from organization o where o.parent_id = any(:ids) order by o.name",
					Map.of("ids", Pager.ids(parentIds)), MAPPER)
			.stream()
			.collect(Collectors.groupingBy(Organization::parentId));
	}

	/** The order of the organizations connection: by name (the default) or slug. */
	static Order order(OrderInput orderBy) {
		OrderInput o = OrderInput.orDefault(orderBy, "NAME", "ASC");
		return Order.by(o.field(), o.descending(), "SLUG".equals(o.field()) ? Sql.text("q.slug") : Sql.text("lower(q.name)"));
	}

}
