package io.dealgraph.search;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;

import org.springframework.stereotype.Component;

/**
 * How {@code search} reads from SQL ({@code schema/search.graphqls}): the matching documents of
 * {@code search_document} with their rank, as {@link SearchIndex} pages them, and each hit's
 * snippet highlighted and HTML-escaped in SQL as {@link SearchIndex} does it in Java. Results
 * that ask for {@code suggestions} stay with the resolvers.
 */
@Component
class SearchSql implements SqlDeclarations {

	/** Every match, its rank and the parsed query ({@code tsq}) the snippets highlight. */
	private static final String MATCHES = """
			select d.*, w as tsq, ts_rank_cd(d.tsv, w) as score
			from search_document d, websearch_to_tsquery('english', ?) w where d.tsv @@ w""";

	/**
	 * {@code ts_headline} with the matches between U+0001 and U+0002, white space collapsed and
	 * trimmed, then HTML-escaped as Spring's HtmlUtils escapes for UTF-8, the marks made {@code <mark>}.
	 */
	private static final String SNIPPET = """
			replace(replace(replace(replace(replace(replace(replace(
			  btrim(regexp_replace(ts_headline('english', {t}.body, {t}.tsq,
			    'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'),
			    E'[ \\\\t\\\\n\\\\x0b\\\\f\\\\r]+', ' ', 'g'), ' '),
			  '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'),
			  chr(1), '<mark>'), chr(2), '</mark>')""";

	/**
	 * When a first page is empty: for each word of the query ({@code ?}, as
	 * {@link SearchIndex#unknownCandidates} splits it) that occurs nowhere, the three closest words
	 * that do, in the query's order, each word once.
	 */
	private static final String SUGGESTIONS = """
			case when {fetched} > 0 then array[]::text[] else array(
			  select s.word from (
			    select distinct on (m.word) m.word, w.at, m.rank
			    from unnest(cast(? as text[])) with ordinality w(word, at)
			    cross join lateral (
			      select sw.word, row_number() over (order by similarity(sw.word, w.word) desc, sw.ndoc desc, sw.word) as rank
			      from search_word sw where sw.word % w.word
			      order by similarity(sw.word, w.word) desc, sw.ndoc desc, sw.word limit 3) m
			    where not exists (select 1 from search_word k where k.word = w.word)
			    order by m.word, w.at, m.rank) s
			  order by s.at, s.rank) end""";

	@Override
	public void declare(SqlSchema schema) {
		schema.type("SearchResult")
			.columns("kind", "title", "score")
			.value("snippet", SNIPPET)
			.oneOf("node", "{t}.kind", "{t}.fact_id", SearchController.TYPES);
		schema.rootConnection("search", ConnectionSql.of("SearchResult", null, SearchIndex.BY_SCORE)
			.over(MATCHES, "query", SearchSql::query)
			.where("types", "q.kind = any(cast(? as text[]))")
			.field("suggestions", SUGGESTIONS, args -> args.get("after") != null ? new String[0]
					: SearchIndex.unknownCandidates((String) args.get("query")).toArray(String[]::new)));
	}

	/** The query as {@link SearchIndex#search} takes it: stripped, not empty, not too long. */
	private static Object query(Object given) {
		return SearchIndex.checkedQuery((String) given);
	}

}
