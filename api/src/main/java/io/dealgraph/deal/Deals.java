package io.dealgraph.deal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.InForce;
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

/** Deals and their parties. */
@Repository
public class Deals implements NodeType {

	private static final String COLUMNS = """
			d.id, d.slug, d.title, d.kind, d.status, d.parent_id, d.summary,
			d.announced_earliest, d.announced_latest, d.announced_precision, d.announced_text,
			d.effective_earliest, d.effective_latest, d.effective_precision, d.effective_text,
			d.ended_earliest, d.ended_latest, d.ended_precision, d.ended_text""";

	private static final RowMapper<Deal> MAPPER = (rs, n) -> new Deal(rs.getLong("id"), rs.getString("slug"),
			rs.getString("title"), rs.getString("kind"), rs.getString("status"), rs.getObject("parent_id", Long.class),
			rs.getString("summary"), FuzzyDate.read(rs, "announced"), FuzzyDate.read(rs, "effective"),
			FuzzyDate.read(rs, "ended"));

	private static final RowMapper<DealParty> PARTY_MAPPER = (rs, n) -> new DealParty(rs.getLong("id"),
			rs.getLong("deal_id"), rs.getLong("organization_id"), rs.getString("role"));

	static final Order BY_ANNOUNCED = order(new OrderInput("ANNOUNCED", "ASC"));

	static final Order PARTIES_BY_ROLE = Order.by("ROLE", false, Sql.text("q.role"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Deals(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Deal";
	}

	@Override
	public Map<String, Deal> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from deal d where d.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Deal::slug, Function.identity()));
	}

	public Optional<Deal> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, Deal> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from deal d where d.id = any(:ids)", Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Deal::id, Function.identity()));
	}

	public Connection<Deal> page(DealFilter filter, OrderInput orderBy, PageRequest page, LocalDate asOf) {
		DealFilter f = filter != null ? filter : new DealFilter(null, null, null, null, null, null, null);
		Sql sql = new Sql().bind("as_of", asOf)
			.where(InForce.condition("dt"))
			.citedBy("deal_id", "d.id", f.outlet())
			.where("d.kind = :kind", "kind", f.kind())
			.where("d.status = :status", "status", f.status())
			.overlaps("d.announced", f.announcedFrom(), f.announcedTo());
		if (f.organization() != null || f.role() != null) {
			sql.where("""
					exists (select 1 from deal_party p where p.deal_id = d.id
					  and (cast(:org as text) is null or p.organization_id = (select id from organization where slug = :org))
					  and (cast(:role as text) is null or p.role = :role))""")
				.bind("org", f.organization())
				.bind("role", f.role());
		}
		return this.pager.root("select %s, %s, 0 as parent_key from deal d join deal_timing dt on dt.deal_id = d.id where %s"
			.formatted(COLUMNS, InForce.column("dt"), sql.clause()),
				sql.params(), order(OrderInput.orDefault(orderBy, "ANNOUNCED", "ASC")), page, MAPPER);
	}

	public Map<Long, Connection<Deal>> pageByOrganization(Set<Long> organizationIds, PartyArgs args) {
		return this.pager.byParent("""
				select %s, %s, p.organization_id as parent_key from deal d
				join (select distinct deal_id, organization_id from deal_party
				      where organization_id = any(:parents) and (cast(:role as text) is null or role = :role)) p
				  on p.deal_id = d.id
				join deal_timing dt on dt.deal_id = d.id
				where %s""".formatted(COLUMNS, InForce.column("dt"), InForce.condition("dt")),
				new MapSqlParameterSource("parents", Pager.ids(organizationIds)).addValue("role", args.role())
					.addValue("as_of", args.asOf()),
				BY_ANNOUNCED, args.page(), MAPPER);
	}

	public Map<Long, Connection<Deal>> pageSubDeals(Set<Long> dealIds, PageRequest page) {
		return this.pager.byParent(
				"select %s, d.parent_id as parent_key from deal d where d.parent_id = any(:parents)".formatted(COLUMNS),
				new MapSqlParameterSource("parents", Pager.ids(dealIds)), BY_ANNOUNCED, page, MAPPER);
	}

	public Map<Long, Connection<DealParty>> pageParties(Set<Long> dealIds, PartyArgs args) {
		return this.pager.byParent("""
				select p.id, p.deal_id, p.organization_id, p.role, p.deal_id as parent_key from deal_party p
				where p.deal_id = any(:parents) and (cast(:role as text) is null or p.role = :role)""",
				new MapSqlParameterSource("parents", Pager.ids(dealIds)).addValue("role", args.role()),
				PARTIES_BY_ROLE, args.page(), PARTY_MAPPER);
	}

	static Order order(OrderInput input) {
		return Order.by(input.field(), input.descending(), "TITLE".equals(input.field())
				? Sql.text("lower(q.title)") : Sql.earliestDate("announced", input.descending()));
	}

	/** Whether each deal was in force on a day. */
	public Map<Long, String> inForce(Set<Long> ids, LocalDate day) {
		return InForce.on(this.jdbc, "deal_timing", "deal_id", ids, day);
	}

	/** Arguments of a party-filtered child connection; {@code asOf} only for an organization's deals. */
	public record PartyArgs(PageRequest page, String role, LocalDate asOf) {
	}

}
