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
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;
import io.dealgraph.graphql.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** People named in the sources. */
@Repository
public class People implements NodeType {

	private static final String COLUMNS = "p.id, p.slug, p.name, p.role, p.organization_id";

	private static final RowMapper<Person> MAPPER = (rs, n) -> new Person(rs.getLong("id"), rs.getString("slug"),
			rs.getString("name"), rs.getString("role"), rs.getObject("organization_id", Long.class));

	static final Order BY_NAME = Order.by("NAME", false, Sql.text("lower(q.name)"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	People(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Person";
	}

	@Override
	public Map<String, Person> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from person p where p.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Person::slug, Function.identity()));
	}

	public Optional<Person> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, Person> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from person p where p.id = any(:ids)", Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	public Connection<Person> page(String organizationSlug, PageRequest page) {
		Sql sql = new Sql().where("p.organization_id = (select id from organization where slug = :org)", "org",
				organizationSlug);
		return this.pager.root("select %s, 0 as parent_key from person p where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), BY_NAME, page, MAPPER);
	}

	public Map<Long, Connection<Person>> pageByOrganization(Set<Long> organizationIds, PageRequest page) {
		return this.pager.byParent(
				"select %s, p.organization_id as parent_key from person p where p.organization_id = any(:parents)"
					.formatted(COLUMNS),
				new MapSqlParameterSource("parents", Pager.ids(organizationIds)), BY_NAME, page, MAPPER);
	}

}
