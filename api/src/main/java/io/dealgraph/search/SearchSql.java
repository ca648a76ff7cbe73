package io.dealgraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/**
 * How {@code search} reads from SQL ({@code schema/search.graphqls}): the matching documents of
 * {@code search_document} with their rank, each hit's snippet highlighted and HTML-escaped in
 * SQL (as Spring's HtmlUtils escaped it when Java wrote the snippets), and word suggestions when a
 * first page finds nothing.
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
	 * {@link #unknownCandidates} splits it) that occurs nowhere, the three closest words
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

	public static final int MAX_QUERY_LENGTH = 200;

	static final Order BY_SCORE = Order.by("SCORE", true, new Order.SortKey("q.score", "real"));

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

	/** The schema's {@code SearchType}: what a result can be, each a kind of fact of the same name. */
	enum SearchType {

		DEAL, COMMITMENT, EXCLUSIVITY_TERM, STATEMENT, EVENT, SOURCE, ORGANIZATION, PERSON;

		Fact fact() {
			return Fact.valueOf(name());
		}

	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("SearchResult")
			.columns("kind", "title", "score")
			.value("snippet", SNIPPET)
			.oneOf("node", "{t}.kind", "{t}.fact_id",
					Fact.typesByName(Arrays.stream(SearchType.values()).map(SearchType::fact).toArray(Fact[]::new)));
		schema.rootConnection("search", ConnectionSql.of("SearchResult", null, BY_SCORE)
			.over(MATCHES, "query", SearchSql::query)
			.where("types", "q.kind = any(cast(? as text[]))")
			.field("suggestions", SUGGESTIONS, args -> args.get("after") != null ? new String[0]
					: unknownCandidates((String) args.get("query")).toArray(String[]::new)));
	}

	/** The query as search takes it: stripped, not empty, not too long. */
	private static Object query(Object given) {
		return checkedQuery((String) given);
	}

}
