package io.dealgraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.graphql.BadInputException;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * How {@code search} reads from SQL ({@code schema/search.graphqls}): the matching documents of
 * {@code search_document} with their rank, each hit's snippet highlighted and HTML-escaped in
 * SQL (as Spring's HtmlUtils escaped it when Java wrote the snippets), and word suggestions when a
 * first page finds nothing.
 */
@Component
class SearchSql implements SqlDeclarations {

	public static final int MAX_QUERY_LENGTH = 200;

	static final Order BY_SCORE = Order.by("SCORE", true, new Order.SortKey(q -> q.col("score"), Order.KeyType.REAL));

	/** The schema's {@code SearchType}: what a result can be, each a kind of fact of the same name. */
	enum SearchType {

		DEAL, COMMITMENT, EXCLUSIVITY_TERM, STATEMENT, EVENT, SOURCE, ORGANIZATION, PERSON;

		Fact fact() {
			return Fact.valueOf(name());
		}

	}

	/** The arguments of {@code Query.search}; {@code after} too, since suggestions are for a first page only. */
	record SearchArguments(String query, List<SearchType> types, String after) {
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

	/** Every match, its rank and the parsed query ({@code tsq}) the snippets highlight. */
	private static Sql matches(String query) {
		Row document = Row.of(new Alias("d"));
		Alias parsed = new Alias("w");
		return sql("select ", document.alias().row(), ", ", parsed, " as tsq, ts_rank_cd(", document.col("tsv"), ", ", parsed,
				") as score from ", Sql.relation("search_document"), " ", document.alias(), ", websearch_to_tsquery('english', ", value(query), ") ",
				parsed, " where ", document.col("tsv"), " @@ ", parsed);
	}

	/**
	 * {@code ts_headline} with the matches between U+0001 and U+0002, white space collapsed and
	 * trimmed, then HTML-escaped as Spring's HtmlUtils escapes for UTF-8, the marks made {@code <mark>}.
	 */
	private static Sql snippet(Row result) {
		return sql("replace(replace(replace(replace(replace(replace(replace(btrim(regexp_replace(ts_headline('english', ",
				result.col("body"), ", ", result.col("tsq"), """
				, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MinWords=6, MaxWords=24, FragmentDelimiter=" … "'), \
				E'[ \\\\t\\\\n\\\\x0b\\\\f\\\\r]+', ' ', 'g'), ' '), \
				'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), \
				chr(1), '<mark>'), chr(2), '</mark>')""");
	}

	/**
	 * When a first page is empty: for each word of the query that occurs nowhere, the three closest
	 * words that do, in the query's order, each word once.
	 */
	private static Sql suggestions(Sql fetched, SearchArguments args) {
		List<String> words = args.after() != null ? List.of() : unknownCandidates(args.query());
		Alias word = new Alias("w");
		Alias match = new Alias("m");
		Alias known = new Alias("sw");
		Alias suggestion = new Alias("s");
		Alias occurring = new Alias("k");
		return sql("case when ", fetched, " > 0 then array[]::text[] else array(select ", suggestion.col("word"),
				" from (select distinct on (", match.col("word"), ") ", match.col("word"), ", ", word.col("at"), ", ",
				match.col("rank"), " from unnest(cast(", value(words), " as text[])) with ordinality ", word,
				"(word, at) cross join lateral (select ", known.col("word"), ", row_number() over (order by similarity(",
				known.col("word"), ", ", word.col("word"), ") desc, ", known.col("ndoc"), " desc, ", known.col("word"),
				") as rank from ", Sql.relation("search_word"), " ", known, " where ", known.col("word"), " % ", word.col("word"),
				" order by similarity(", known.col("word"), ", ", word.col("word"), ") desc, ", known.col("ndoc"), " desc, ",
				known.col("word"), " limit 3) ", match, " where not exists (select 1 from ", Sql.relation("search_word"), " ", occurring, " where ",
				occurring.col("word"), " = ", word.col("word"), ") order by ", match.col("word"), ", ", word.col("at"), ", ",
				match.col("rank"), ") ", suggestion, " order by ", suggestion.col("at"), ", ", suggestion.col("rank"), ") end");
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(SearchType.class);
		schema.type("SearchResult")
			.columns("kind", "title", "score")
			.value("snippet", SearchSql::snippet)
			.oneOf("node", result -> result.col("kind"), result -> result.col("fact_id"),
					Fact.typesByName(Arrays.stream(SearchType.values()).map(SearchType::fact).toArray(Fact[]::new)));
		schema.rootConnection("search", ConnectionSql.of("SearchResult", SearchArguments.class, args -> BY_SCORE)
			.over(args -> matches(checkedQuery(args.query())))
			.where(SearchArguments::types, (result, types) -> sql(result.col("kind"), " = any(cast(", value(types), " as text[]))"))
			.field("suggestions", SearchSql::suggestions));
	}

}
