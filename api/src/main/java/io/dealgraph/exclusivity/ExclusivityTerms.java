package io.dealgraph.exclusivity;

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
import io.dealgraph.graphql.PageAsOf;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;
import io.dealgraph.graphql.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Exclusivity terms. */
@Repository
public class ExclusivityTerms implements NodeType {

	private static final String COLUMNS = """
			t.id, t.slug, t.deal_id, t.grantor_id, t.holder_id, t.scope, t.status,
			t.valid_from_earliest, t.valid_from_latest, t.valid_from_precision, t.valid_from_text,
			t.valid_to_earliest, t.valid_to_latest, t.valid_to_precision, t.valid_to_text,
			t.superseded_by_term_id, t.superseded_by_event_id""";

	private static final RowMapper<ExclusivityTerm> MAPPER = (rs, n) -> new ExclusivityTerm(rs.getLong("id"),
			rs.getString("slug"), rs.getObject("deal_id", Long.class), rs.getLong("grantor_id"),
			rs.getLong("holder_id"), rs.getString("scope"), rs.getString("status"), FuzzyDate.read(rs, "valid_from"),
			FuzzyDate.read(rs, "valid_to"), rs.getObject("superseded_by_term_id", Long.class),
			rs.getObject("superseded_by_event_id", Long.class));

	static final Order BY_VALID_FROM = order(new OrderInput("VALID_FROM", "ASC"));

	private static final String TIMING = "join exclusivity_term_timing tt on tt.term_id = t.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	ExclusivityTerms(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "ExclusivityTerm";
	}

	@Override
	public Map<String, ExclusivityTerm> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from exclusivity_term t where t.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(ExclusivityTerm::slug, Function.identity()));
	}

	public Optional<ExclusivityTerm> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, ExclusivityTerm> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from exclusivity_term t where t.id = any(:ids)",
					Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(ExclusivityTerm::id, Function.identity()));
	}

	/** The terms each of these terms replaced. */
	public Map<Long, List<ExclusivityTerm>> supersededBy(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from exclusivity_term t where t.superseded_by_term_id = any(:ids) order by t.id",
					Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.groupingBy(ExclusivityTerm::supersededByTermId));
	}

	public Connection<ExclusivityTerm> page(ExclusivityTermFilter filter, OrderInput orderBy, PageRequest page,
			LocalDate asOf) {
		ExclusivityTermFilter f = filter != null ? filter : new ExclusivityTermFilter(null, null, null, null, null);
		Sql sql = new Sql().bind("as_of", asOf)
			.where(InForce.condition("tt"))
			.citedBy("exclusivity_term_id", "t.id", f.outlet())
			.where("t.holder_id = (select id from organization where slug = :holder)", "holder", f.holder())
			.where("t.grantor_id = (select id from organization where slug = :grantor)", "grantor", f.grantor())
			.where("t.deal_id = (select id from deal where slug = :deal)", "deal", f.deal())
			.where("t.status = :status", "status", f.status());
		return this.pager.root("select %s, %s, 0 as parent_key from exclusivity_term t %s where %s"
			.formatted(COLUMNS, InForce.column("tt"), TIMING, sql.clause()),
				sql.params(), order(OrderInput.orDefault(orderBy, "VALID_FROM", "ASC")), page, MAPPER);
	}

	/** Terms whose {@code column} (deal_id, holder_id or grantor_id) is one of the parents. */
	public Map<Long, Connection<ExclusivityTerm>> pageBy(String column, Set<Long> parents, PageAsOf args) {
		if (!Set.of("deal_id", "holder_id", "grantor_id").contains(column)) {
			throw new IllegalArgumentException("not a parent column of exclusivity_term: " + column);
		}
		return this.pager.byParent(
				"select %s, %s, t.%s as parent_key from exclusivity_term t %s where t.%s = any(:parents) and %s"
					.formatted(COLUMNS, InForce.column("tt"), column, TIMING, column, InForce.condition("tt")),
				new MapSqlParameterSource("parents", Pager.ids(parents)).addValue("as_of", args.asOf()), BY_VALID_FROM,
				args.page(), MAPPER);
	}

	/** Whether each term was in force on a day. */
	public Map<Long, String> inForce(Set<Long> ids, LocalDate day) {
		return InForce.on(this.jdbc, "exclusivity_term_timing", "term_id", ids, day);
	}

	static Order order(OrderInput input) {
		return Order.by(input.field(), input.descending(), "SCOPE".equals(input.field())
				? Sql.text("lower(q.scope)") : Sql.earliestDate("valid_from", input.descending()));
	}

}
