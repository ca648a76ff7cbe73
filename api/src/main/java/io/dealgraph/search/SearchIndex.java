package io.dealgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Connection;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.PageRequest;
import io.dealgraph.graphql.Pager;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search over the {@code search_document} view of facts, quotes and source
 * texts: {@code websearch_to_tsquery} syntax ("quoted phrases", or, -exclusions), ranked by
 * {@code ts_rank_cd}, with highlighted snippets, and word suggestions for typos.
 */
@Repository
public class SearchIndex {

	public static final int MAX_QUERY_LENGTH = 200;

	static final Order BY_SCORE = Order.by("SCORE", true, new Order.SortKey("q.score", "real"));

	private static final RowMapper<SearchHit> MAPPER = (rs, n) -> new SearchHit(rs.getLong("id"),
			rs.getString("kind"), rs.getLong("fact_id"), rs.getString("title"), rs.getDouble("score"), null);

	private static final String MARK_START = "\u0001";

	private static final String MARK_END = "\u0002";

	private final NamedParameterJdbcTemplate jdbc;

	private final Pager pager;

	SearchIndex(NamedParameterJdbcTemplate jdbc, Pager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	public SearchResults search(String query, List<String> types, PageRequest page) {
		String text = checkedQuery(query);
		MapSqlParameterSource params = new MapSqlParameterSource("query", text)
			.addValue("types", types == null || types.isEmpty() ? null : types.toArray(String[]::new));
		Connection<SearchHit> hits = this.pager.root("""
				select d.id, d.kind, d.fact_id, d.title, ts_rank_cd(d.tsv, q) as score, 0 as parent_key
				from search_document d, websearch_to_tsquery('english', :query) q
				where d.tsv @@ q and (cast(:types as text[]) is null or d.kind = any(cast(:types as text[])))""", params,
				BY_SCORE, page, MAPPER);
		Map<Long, String> snippets = snippets(text, hits.nodes().stream().map(SearchHit::id).toList());
		List<Connection.Edge<SearchHit>> edges = hits.edges()
			.stream()
			.map(e -> new Connection.Edge<>(new SearchHit(e.node().id(), e.node().kind(), e.node().factId(),
					e.node().title(), e.node().score(), snippets.get(e.node().id())), e.cursor(), null))
			.toList();
		List<String> suggestions = hits.edges().isEmpty() && page.after() == null ? suggestions(text) : List.of();
		return new SearchResults(edges, hits.pageInfo(), hits.totalCount(), suggestions);
	}

	/** The query stripped, refused when empty or too long. */
	static String checkedQuery(String query) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			throw new BadInputException("query", "must not be empty: try a word such as \"Trainium\" or a name");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new BadInputException("query", "must be at most " + MAX_QUERY_LENGTH + " characters long");
		}
		return text;
	}

	/** Highlighted passages, only for the hits of the page: {@code <mark>} around matches, the rest HTML-escaped. */
	private Map<Long, String> snippets(String query, List<Long> ids) {
		Map<Long, String> snippets = new HashMap<>();
		if (ids.isEmpty()) {
			return snippets;
		}
		this.jdbc.query("""
				select d.id, ts_headline('english', d.body, q,
				  'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "')
				from search_document d, websearch_to_tsquery('english', :query) q
				where d.id = any(:ids)""", new MapSqlParameterSource("query", query).addValue("ids", Pager.ids(ids)),
				rs -> {
					String escaped = HtmlUtils.htmlEscape(rs.getString(2).replaceAll("\\s+", " ").strip(), "UTF-8");
					snippets.put(rs.getLong(1), escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"));
				});
		return snippets;
	}

	/** The words of a query that suggestions may replace: lower case, at least three letters or digits. */
	static List<String> unknownCandidates(String query) {
		List<String> words = new ArrayList<>();
		for (String word : query.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3) {
				words.add(word);
			}
		}
		return words;
	}

	/** For each word of the query that occurs nowhere, the closest words that do (trigram similarity). */
	private List<String> suggestions(String query) {
		Set<String> suggestions = new LinkedHashSet<>();
		for (String word : unknownCandidates(query)) {
			List<String> known = this.jdbc.queryForList("select word from search_word where word = :word",
					Map.of("word", word), String.class);
			if (!known.isEmpty()) {
				continue;
			}
			suggestions.addAll(this.jdbc.queryForList("""
					select word from search_word where word % :word
					order by similarity(word, :word) desc, ndoc desc, word limit 3""", Map.of("word", word),
					String.class));
		}
		return new ArrayList<>(suggestions);
	}

}
