package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.InForce;
import io.dealgraph.graphql.NodeType;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.PageAsOf;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;
import io.dealgraph.graphql.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Commitments: who committed what to whom. */
@Repository
public class Commitments implements NodeType {

	private static final String COLUMNS = """
			c.id, c.slug, c.deal_id, c.committer_id, c.recipient_id, c.kind, c.amount, c.unit, c.qualifier,
			c.amount_text, c.resource, c.horizon, c.modality, c.description, c.claim_group, c.claim_preferred, c.part_of_id,
			c.date_earliest, c.date_latest, c.date_precision, c.date_text""";

	private static final RowMapper<Commitment> MAPPER = (rs, n) -> {
		BigDecimal amount = rs.getBigDecimal("amount");
		Quantity quantity = amount == null ? null
				: new Quantity(amount, rs.getString("unit"), rs.getString("qualifier"));
		return new Commitment(rs.getLong("id"), rs.getString("slug"), rs.getObject("deal_id", Long.class),
				rs.getLong("committer_id"), rs.getObject("recipient_id", Long.class), rs.getString("kind"), quantity,
				rs.getString("amount_text"), rs.getString("resource"), rs.getString("horizon"),
				rs.getString("modality"), rs.getString("description"), rs.getString("claim_group"),
				rs.getBoolean("claim_preferred"), rs.getObject("part_of_id", Long.class), FuzzyDate.read(rs, "date"));
	};

	private static final RowMapper<ClaimGroup.Claim> CLAIM_MAPPER = (rs, n) -> new ClaimGroup.Claim(
			MAPPER.mapRow(rs, n), rs.getString("committer_slug"), rs.getString("recipient_slug"));

	static final Order BY_DATE = order(new OrderInput("DATE", "ASC"));

	static final Order BY_CLAIM_GROUP = Order.by("CLAIM_GROUP", false, Sql.text("q.claim_group"));

	/** The claim groups whose claims disagree on an attribute, each with its first commitment's id. */
	static final String CONFLICTS = """
			select min(c.id) as id, c.claim_group from commitment c
			where c.claim_group is not null
			group by c.claim_group
			having count(distinct (c.amount, c.unit, c.qualifier, c.modality, c.committer_id, c.recipient_id)) > 1
			    or exists (select 1 from commitment a join commitment b on b.claim_group = a.claim_group
			               where a.claim_group = c.claim_group and a.date_latest < b.date_earliest)""";

	static final String TIMING = "join commitment_timing ct on ct.commitment_id = c.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Commitments(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Commitment";
	}

	@Override
	public Map<String, Commitment> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from commitment c where c.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Commitment::slug, Function.identity()));
	}

	public Optional<Commitment> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Connection<Commitment> page(CommitmentFilter filter, OrderInput orderBy, PageRequest page, LocalDate asOf) {
		Sql sql = where(filter, asOf);
		return this.pager.root("select %s, %s, 0 as parent_key from commitment c %s where %s"
			.formatted(COLUMNS, InForce.column("ct"), TIMING, sql.clause()), sql.params(),
				order(OrderInput.orDefault(orderBy, "DATE", "ASC")), page, MAPPER);
	}

	/** The conditions of a filter and a day, shared by pages and totals. */
	Sql where(CommitmentFilter filter, LocalDate asOf) {
		CommitmentFilter f = filter != null ? filter : CommitmentFilter.NONE;
		checkAmounts(f.amountMin(), f.amountMax(), f.unit());
		return new Sql().bind("as_of", asOf)
			.where(InForce.condition("ct"))
			.where("""
					(c.committer_id = (select id from organization where slug = :org)
					 or c.recipient_id = (select id from organization where slug = :org))""", "org", f.organization())
			.where("c.amount >= :amount_min", "amount_min", f.amountMin())
			.where("c.amount <= :amount_max", "amount_max", f.amountMax())
			.overlaps("c.date", f.from(), f.to())
			.citedBy("commitment_id", "c.id", f.outlet())
			.where("c.committer_id = (select id from organization where slug = :committer)", "committer", f.committer())
			.where("c.recipient_id = (select id from organization where slug = :recipient)", "recipient", f.recipient())
			.where("c.deal_id = (select id from deal where slug = :deal)", "deal", f.deal())
			.where("c.kind = :kind", "kind", f.kind())
			.where("c.unit = :unit", "unit", f.unit())
			.where("c.modality = :modality", "modality", f.modality());
	}

	/** Sums of amounts per unit and per the chosen groups, never mixing units. */
	public CommitmentTotals totals(List<String> groupBy, CommitmentFilter filter, LocalDate asOf) {
		List<String> groups = groupBy == null ? List.of() : groupBy;
		String committer = groups.contains("COMMITTER") ? "c.committer_id" : "null::bigint";
		String recipient = groups.contains("RECIPIENT") ? "c.recipient_id" : "null::bigint";
		String kind = groups.contains("KIND") ? "c.kind" : "null::text";
		Sql sql = where(filter, asOf);
		List<CommitmentTotal> totals = this.jdbc.query("""
				select %s as committer_id, %s as recipient_id, %s as kind, c.unit, sum(c.amount) as total,
				       count(*) as n, array_agg(distinct c.qualifier order by c.qualifier) as qualifiers,
				       array_agg(c.id order by c.id) as ids
				from commitment c %s
				where %s and c.amount is not null and (c.claim_group is null or c.claim_preferred) and c.part_of_id is null
				group by 1, 2, 3, c.unit
				order by c.unit, total desc, 1, 2, 3""".formatted(committer, recipient, kind, TIMING, sql.clause()),
				sql.params(), (rs, n) -> new CommitmentTotal(rs.getObject("committer_id", Long.class),
						rs.getObject("recipient_id", Long.class), rs.getString("kind"), rs.getString("unit"),
						rs.getBigDecimal("total"), rs.getInt("n"), List.of((String[]) rs.getArray("qualifiers").getArray()),
						List.of((Long[]) rs.getArray("ids").getArray())));
		Sql counted = where(filter, asOf);
		Map<String, Object> skipped = this.jdbc.queryForMap("""
				select count(*) filter (where c.amount is null) as without_amount,
				       count(*) filter (where c.amount is not null and c.claim_group is not null and not c.claim_preferred) as competing,
				       count(*) filter (where c.amount is not null and c.part_of_id is not null
				                        and (c.claim_group is null or c.claim_preferred)) as parts
				from commitment c %s where %s""".formatted(TIMING, counted.clause()), counted.params());
		return new CommitmentTotals(totals, ((Number) skipped.get("without_amount")).intValue(),
				((Number) skipped.get("competing")).intValue(), ((Number) skipped.get("parts")).intValue());
	}

	/** Commitments whose {@code column} (deal_id, committer_id or recipient_id) is one of the parents. */
	public Map<Long, Connection<Commitment>> pageBy(String column, Set<Long> parents, PageAsOf args) {
		if (!Set.of("deal_id", "committer_id", "recipient_id").contains(column)) {
			throw new IllegalArgumentException("not a parent column of commitment: " + column);
		}
		return this.pager.byParent("select %s, %s, c.%s as parent_key from commitment c %s where c.%s = any(:parents) and %s"
			.formatted(COLUMNS, InForce.column("ct"), column, TIMING, column, InForce.condition("ct")),
				new MapSqlParameterSource("parents", Pager.ids(parents)).addValue("as_of", args.asOf()), BY_DATE,
				args.page(), MAPPER);
	}

	public Map<Long, Commitment> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from commitment c where c.id = any(:ids)", Map.of("ids", Pager.ids(ids)),
					MAPPER)
			.stream()
			.collect(Collectors.toMap(Commitment::id, Function.identity()));
	}

	/** Whether each commitment held on a day. */
	public Map<Long, String> inForce(Set<Long> ids, LocalDate day) {
		return InForce.on(this.jdbc, "commitment_timing", "commitment_id", ids, day);
	}

	/** The claim group of each commitment that has competing claims; absent for the others. */
	public Map<Long, ClaimGroup> claimGroupsOf(Set<Long> ids) {
		Map<Long, List<ClaimGroup.Claim>> claims = new HashMap<>();
		this.jdbc.query("""
				select %s, o.id as of_id, cp.slug as committer_slug, rp.slug as recipient_slug
				from commitment o
				join commitment c on c.claim_group = o.claim_group
				join organization cp on cp.id = c.committer_id
				left join organization rp on rp.id = c.recipient_id
				where o.id = any(:ids) order by o.id, c.claim_preferred desc, c.id""".formatted(COLUMNS),
				Map.of("ids", Pager.ids(ids)), (ResultSet rs) -> {
					claims.computeIfAbsent(rs.getLong("of_id"), k -> new ArrayList<>()).add(CLAIM_MAPPER.mapRow(rs, 0));
				});
		Map<Long, ClaimGroup> groups = new HashMap<>();
		claims.forEach((id, list) -> groups.put(id, new ClaimGroup(list.get(0).commitment().claimGroup(), list)));
		return groups;
	}

	/** Claim groups whose claims disagree on an attribute, a page at a time. */
	public Connection<ClaimGroup> conflicts(PageRequest page) {
		Connection<String> groups = this.pager.root("select g.*, 0 as parent_key from (" + CONFLICTS + ") g",
				new MapSqlParameterSource(), BY_CLAIM_GROUP, page, (rs, n) -> rs.getString("claim_group"));
		Map<String, List<ClaimGroup.Claim>> claims = new HashMap<>();
		if (!groups.edges().isEmpty()) {
			this.jdbc.query("""
					select %s, cp.slug as committer_slug, rp.slug as recipient_slug from commitment c
					join organization cp on cp.id = c.committer_id
					left join organization rp on rp.id = c.recipient_id
					where c.claim_group = any(:groups) order by c.claim_preferred desc, c.id""".formatted(COLUMNS),
					Map.of("groups", groups.nodes().toArray(String[]::new)), (ResultSet rs) -> {
						ClaimGroup.Claim claim = CLAIM_MAPPER.mapRow(rs, 0);
						claims.computeIfAbsent(claim.commitment().claimGroup(), k -> new ArrayList<>()).add(claim);
					});
		}
		return new Connection<>(groups.edges()
			.stream()
			.map(e -> new Connection.Edge<>(new ClaimGroup(e.node(), claims.get(e.node())), e.cursor(), null))
			.toList(), groups.pageInfo(), groups.totalCount());
	}

	static Order order(OrderInput input) {
		boolean desc = input.descending();
		if ("AMOUNT".equals(input.field())) {
			String missing = desc ? "'-Infinity'::numeric" : "'Infinity'::numeric";
			// Without an amount last in either direction: '~' sorts after and '' before every unit, bytewise.
			return Order.by("AMOUNT", desc, Sql.text("coalesce(q.unit, '" + (desc ? "" : "~") + "')"),
					new Order.SortKey("coalesce(q.amount, " + missing + ")", "numeric"));
		}
		return Order.by("DATE", desc, Sql.earliestDate("date", desc));
	}

	/** Amounts compare only within a unit. */
	static void checkAmounts(Object amountMin, Object amountMax, Object unit) {
		if ((amountMin != null || amountMax != null) && unit == null) {
			throw new BadInputException("filter.unit", "is required with amountMin or amountMax: amounts of different units do not compare");
		}
	}

	static void checkAmounts(Map<?, ?> filter) {
		checkAmounts(filter.get("amountMin"), filter.get("amountMax"), filter.get("unit"));
	}

}
