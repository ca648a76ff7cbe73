package io.dealgraph.search;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.BadInputException;

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

	@Override
	public void declare(SqlSchema schema) {
		schema.type("SearchResult")
			.columns("kind", "title", "score")
			.value("snippet", SNIPPET)
			.oneOf("node", "{t}.kind", "{t}.fact_id", SearchController.TYPES);
		schema.rootConnection("search", ConnectionSql.of("SearchResult", null, SearchIndex.BY_SCORE)
			.over(MATCHES, "query", SearchSql::query)
			.where("types", "q.kind = any(cast(? as text[]))"));
	}

	/** The query as {@link SearchIndex#search} takes it: stripped, not empty, not too long. */
	private static Object query(Object given) {
		String text = given == null ? "" : ((String) given).strip();
		if (text.isEmpty() || text.length() > SearchIndex.MAX_QUERY_LENGTH) {
			throw new BadInputException("query", "is empty or too long");
		}
		return text;
	}

}
