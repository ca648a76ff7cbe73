package io.dealgraph.statement;

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

/** Statements and their speakers. */
@Repository
public class Statements implements NodeType {

	private static final String COLUMNS = """
			s.id, s.slug, s.quote, s.channel, s.deal_id,
			s.date_earliest, s.date_latest, s.date_precision, s.date_text""";

	private static final RowMapper<Statement> MAPPER = (rs, n) -> new Statement(rs.getLong("id"),
			rs.getString("slug"), rs.getString("quote"), rs.getString("channel"), rs.getObject("deal_id", Long.class),
			FuzzyDate.read(rs, "date"));

	/** Each statement with every organization it speaks for: directly, or through a speaking person. */
	static final String SPEAKING_ORGANIZATIONS = """
			select statement_id, organization_id from statement_speaker where organization_id is not null
			union
			select ss.statement_id, p.organization_id from statement_speaker ss join person p on p.id = ss.person_id
			where p.organization_id is not null""";

	static final Order LATEST_FIRST = order(new OrderInput("DATE", "DESC"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Statements(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Statement";
	}

	@Override
	public Map<String, Statement> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from statement s where s.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Statement::slug, Function.identity()));
	}

	public Optional<Statement> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, Statement> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from statement s where s.id = any(:ids)", Map.of("ids", Pager.ids(ids)),
					MAPPER)
			.stream()
			.collect(Collectors.toMap(Statement::id, Function.identity()));
	}

	public Map<Long, List<Speaker>> speakers(Set<Long> statementIds) {
		return this.jdbc.query("""
				select statement_id, person_id, organization_id from statement_speaker
				where statement_id = any(:ids) order by id""", Map.of("ids", Pager.ids(statementIds)),
				(rs, n) -> new Speaker(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class)))
			.stream()
			.collect(Collectors.groupingBy(Speaker::statementId));
	}

	public Connection<Statement> page(StatementFilter filter, OrderInput orderBy, PageRequest page) {
		StatementFilter f = filter != null ? filter : new StatementFilter(null, null, null, null, null, null, null);
		Sql sql = new Sql().where("s.channel = :channel", "channel", f.channel())
			.citedBy("statement_id", "s.id", f.outlet())
			.where("s.deal_id = (select id from deal where slug = :deal)", "deal", f.deal())
			.where("""
					exists (select 1 from statement_speaker ss where ss.statement_id = s.id
					  and ss.person_id = (select id from person where slug = :speaker))""", "speaker", f.speaker())
			.where("""
					exists (select 1 from (%s) so where so.statement_id = s.id
					  and so.organization_id = (select id from organization where slug = :org))"""
				.formatted(SPEAKING_ORGANIZATIONS), "org", f.organization())
			.overlaps("s.date", f.from(), f.to());
		return this.pager.root("select %s, 0 as parent_key from statement s where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), order(OrderInput.orDefault(orderBy, "DATE", "DESC")), page, MAPPER);
	}

	public Map<Long, Connection<Statement>> pageByDeal(Set<Long> dealIds, PageRequest page) {
		return this.pager.byParent(
				"select %s, s.deal_id as parent_key from statement s where s.deal_id = any(:parents)".formatted(COLUMNS),
				new MapSqlParameterSource("parents", Pager.ids(dealIds)), LATEST_FIRST, page, MAPPER);
	}

	public Map<Long, Connection<Statement>> pageByOrganization(Set<Long> organizationIds, PageRequest page) {
		return this.pager.byParent("""
				select %s, so.organization_id as parent_key from statement s
				join (%s) so on so.statement_id = s.id where so.organization_id = any(:parents)"""
			.formatted(COLUMNS, SPEAKING_ORGANIZATIONS), new MapSqlParameterSource("parents", Pager.ids(organizationIds)),
				LATEST_FIRST, page, MAPPER);
	}

	public Map<Long, Connection<Statement>> pageByPerson(Set<Long> personIds, PageRequest page) {
		return this.pager.byParent("""
				select %s, sp.person_id as parent_key from statement s
				join (select distinct statement_id, person_id from statement_speaker where person_id = any(:parents)) sp
				  on sp.statement_id = s.id""".formatted(COLUMNS),
				new MapSqlParameterSource("parents", Pager.ids(personIds)), LATEST_FIRST, page, MAPPER);
	}

	static Order order(OrderInput input) {
		return Order.by("DATE", input.descending(), Sql.latestDate("date", input.descending()));
	}

}
