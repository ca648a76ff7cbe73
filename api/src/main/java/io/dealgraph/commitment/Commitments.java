package io.dealgraph.commitment;

import java.math.BigDecimal;
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

/** Commitments: who committed what to whom. */
@Repository
public class Commitments implements NodeType {

	private static final String COLUMNS = """
			c.id, c.slug, c.deal_id, c.committer_id, c.recipient_id, c.kind, c.amount, c.unit, c.qualifier,
			c.amount_text, c.resource, c.horizon, c.modality, c.description, c.claim_group,
			c.date_earliest, c.date_latest, c.date_precision, c.date_text""";

	private static final RowMapper<Commitment> MAPPER = (rs, n) -> {
		BigDecimal amount = rs.getBigDecimal("amount");
		Quantity quantity = amount == null ? null
				: new Quantity(amount, rs.getString("unit"), rs.getString("qualifier"));
		return new Commitment(rs.getLong("id"), rs.getString("slug"), rs.getObject("deal_id", Long.class),
				rs.getLong("committer_id"), rs.getObject("recipient_id", Long.class), rs.getString("kind"), quantity,
				rs.getString("amount_text"), rs.getString("resource"), rs.getString("horizon"),
				rs.getString("modality"), rs.getString("description"), rs.getString("claim_group"),
				FuzzyDate.read(rs, "date"));
	};

	private static final Order BY_DATE = order(new OrderInput("DATE", "ASC"));

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

	public Connection<Commitment> page(CommitmentFilter filter, OrderInput orderBy, PageRequest page) {
		CommitmentFilter f = filter != null ? filter : new CommitmentFilter(null, null, null, null, null, null);
		Sql sql = new Sql()
			.where("c.committer_id = (select id from organization where slug = :committer)", "committer", f.committer())
			.where("c.recipient_id = (select id from organization where slug = :recipient)", "recipient", f.recipient())
			.where("c.deal_id = (select id from deal where slug = :deal)", "deal", f.deal())
			.where("c.kind = :kind", "kind", f.kind())
			.where("c.unit = :unit", "unit", f.unit())
			.where("c.modality = :modality", "modality", f.modality());
		return this.pager.root("select %s, 0 as parent_key from commitment c where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), order(OrderInput.orDefault(orderBy, "DATE", "ASC")), page, MAPPER);
	}

	/** Commitments whose {@code column} (deal_id, committer_id or recipient_id) is one of the parents. */
	public Map<Long, Connection<Commitment>> pageBy(String column, Set<Long> parents, PageRequest page) {
		if (!Set.of("deal_id", "committer_id", "recipient_id").contains(column)) {
			throw new IllegalArgumentException("not a parent column of commitment: " + column);
		}
		return this.pager.byParent("select %s, c.%s as parent_key from commitment c where c.%s = any(:parents)"
			.formatted(COLUMNS, column, column), new MapSqlParameterSource("parents", Pager.ids(parents)), BY_DATE, page,
				MAPPER);
	}

	private static Order order(OrderInput input) {
		boolean desc = input.descending();
		if ("AMOUNT".equals(input.field())) {
			String missing = desc ? "'-Infinity'::numeric" : "'Infinity'::numeric";
			return Order.by("AMOUNT", desc, Sql.text("coalesce(q.unit, '" + (desc ? "" : "~") + "')"),
					new Order.SortKey("coalesce(q.amount, " + missing + ")", "numeric"));
		}
		return Order.by("DATE", desc, Sql.earliestDate("date", desc));
	}

}
