package io.dealgraph.source;

import java.sql.Time;
import java.time.OffsetDateTime;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Source articles. */
@Repository
public class Sources implements NodeType {

	private static final String COLUMNS = """
			s.id, s.slug, s.file_name, s.title, s.publisher, s.author, s.author_note,
			s.published_earliest, s.published_latest, s.published_precision, s.published_text,
			s.published_at, s.published_local_time, s.url, s.content_sha256""";

	private static final RowMapper<Source> MAPPER = (rs, n) -> {
		Time localTime = rs.getTime("published_local_time");
		return new Source(rs.getLong("id"), rs.getString("slug"), rs.getString("file_name"), rs.getString("title"),
				rs.getString("publisher"), rs.getString("author"), rs.getString("author_note"),
				FuzzyDate.read(rs, "published"), rs.getObject("published_at", OffsetDateTime.class),
				localTime == null ? null : localTime.toLocalTime(), rs.getString("url"), rs.getString("content_sha256"));
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	Sources(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String typeName() {
		return "Source";
	}

	@Override
	public Map<String, Source> findBySlugs(Collection<String> slugs) {
		return this.jdbc
			.query("select " + COLUMNS + " from source s where s.slug = any(:slugs)",
					Map.of("slugs", slugs.toArray(String[]::new)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Source::slug, Function.identity()));
	}

	public Optional<Source> findBySlug(String slug) {
		return Optional.ofNullable(findBySlugs(List.of(slug)).get(slug));
	}

	public Map<Long, Source> findByIds(Set<Long> ids) {
		return this.jdbc
			.query("select " + COLUMNS + " from source s where s.id = any(:ids)", Map.of("ids", Pager.ids(ids)), MAPPER)
			.stream()
			.collect(Collectors.toMap(Source::id, Function.identity()));
	}

	public Map<Long, String> texts(Set<Long> ids) {
		return this.jdbc
			.query("select id, content from source where id = any(:ids)", Map.of("ids", Pager.ids(ids)),
					(rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Connection<Source> page(SourceFilter filter, OrderInput orderBy, PageRequest page) {
		SourceFilter f = filter != null ? filter : new SourceFilter(null, null, null);
		Sql sql = new Sql().where("strpos(lower(s.publisher), lower(:publisher)) > 0", "publisher", f.publisher())
			.overlaps("s.published", f.publishedFrom(), f.publishedTo());
		Order order = order(orderBy);
		return this.pager.root("select %s, 0 as parent_key from source s where %s".formatted(COLUMNS, sql.clause()),
				sql.params(), order, page, MAPPER);
	}
	/** The order of the sources connection: by publication (the default) or title. */
	static Order order(OrderInput orderBy) {
		OrderInput o = OrderInput.orDefault(orderBy, "PUBLISHED", "ASC");
		return Order.by(o.field(), o.descending(),
				"TITLE".equals(o.field()) ? Sql.text("lower(q.title)") : Sql.earliestDate("published", o.descending()));
	}

}
