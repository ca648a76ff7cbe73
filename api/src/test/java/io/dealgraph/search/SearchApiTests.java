package io.dealgraph.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search. Which facts contain which word follows from the titles, summaries,
 * descriptions, scopes, quotes, names and article texts in seeds/.
 */
class SearchApiTests extends ApiTest {

	// language=GraphQL
	private static final String SEARCH = """
			query search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
			  search(query: $query, types: $types, first: $first, after: $after) {
			    totalCount suggestions
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node {
			        kind title score snippet
			        node {
			          __typename
			          ... on Node { id }
			          ... on Deal { slug }
			          ... on Commitment { slug }
			          ... on ExclusivityTerm { slug }
			          ... on Statement { slug }
			          ... on Event { slug }
			          ... on Source { slug }
			          ... on Organization { slug }
			          ... on Person { slug }
			        }
			      }
			    }
			  }
			}""";

	@Test
	void search_forBedrock_findsTheBedrockDealFirstThenItsEventAndTheArticle() {
		GraphQlTester.Traversable response = search("Bedrock", null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(3)
			.path("search.suggestions").entityList(String.class).hasSize(0)
			.path("search.edges[*].node.kind").entityList(String.class).containsExactly("DEAL", "EVENT", "SOURCE")
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.containsExactly("Deal", "Event", "Source")
			.path("search.edges[*].node.node.slug").entityList(String.class)
			.containsExactly("openai-models-on-aws", "openai-models-on-aws-announced-2026-04",
					"openai-shifts-aggressively-toward-amazon-2026-04-30")
			.path("search.edges[0].node.title").entity(String.class).isEqualTo("OpenAI models on AWS (including Bedrock)");
		List<Double> scores = response.path("search.edges[*].node.score").entityList(Double.class).get();
		assertThat(scores).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(scores.get(0)).isGreaterThan(scores.get(1));
	}

	@Test
	void search_forTrainium_findsBothTrainiumCommitmentsAndTheTwoArticlesThatNameIt() {
		search("Trainium", null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(4)
			.path("search.edges[*].node.kind").entityList(String.class)
			.containsExactly("COMMITMENT", "COMMITMENT", "SOURCE", "SOURCE")
			.path("search.edges[0:2].node.node.slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-consumes-2gw-trainium-on-aws", "openai-uses-trainium-for-training"))
			.path("search.edges[2:4].node.node.slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-shifts-aggressively-toward-amazon-2026-04-30", "cloud-politics-heat-up"));
	}

	@Test
	void search_forStateless_findsTheAzureTermTheEventThatAffirmedItAndTheArticle() {
		search("stateless", null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(3)
			.path("search.edges[*].node.kind").entityList(String.class)
			.containsExactly("EXCLUSIVITY_TERM", "EVENT", "SOURCE")
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.containsExactly("ExclusivityTerm", "Event", "Source")
			.path("search.edges[*].node.node.slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis",
					"microsoft-openai-affirm-core-deal-2026-02-27", "cloud-politics-heat-up");
	}

	@Test
	void search_forDresser_findsThePersonHerStatementsTheMemoEventAndTheArticles() {
		search("Dresser", null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(7)
			.path("search.edges[0].node.kind").entity(String.class).isEqualTo("PERSON")
			.path("search.edges[0].node.node.slug").entity(String.class).isEqualTo("denise-dresser")
			.path("search.edges[0].node.title").entity(String.class).isEqualTo("Denise Dresser")
			.path("search.edges[?(@.node.kind == 'STATEMENT')].node.node.slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("dresser-memo-microsoft-limited-our-ability", "dresser-memo-aws-demand-staggering",
					"dresser-remarks-benefits-of-work-with-amazon"))
			.path("search.edges[?(@.node.kind == 'EVENT')].node.node.slug").entityList(String.class)
			.containsExactly("openai-revenue-chief-memo-reported-2026-04-13")
			.path("search.edges[?(@.node.kind == 'SOURCE')].node.node.slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-deepens-amazon-ties-2026-04-13", "cloud-politics-heat-up"));
	}

	@Test
	void snippets_markTheMatchedWord() {
		GraphQlTester.Response response = search("Bedrock", null);
		List<String> snippets = response.path("search.edges[*].node.snippet").entityList(String.class).get();
		assertThat(snippets).hasSize(3).allSatisfy(snippet -> assertThat(snippet).contains("<mark>Bedrock</mark>"));
		assertThat(snippets.get(0)).startsWith("OpenAI models on AWS (including <mark>Bedrock</mark>)");
	}

	@Test
	void snippets_areHtmlEscapedAroundTheMarks() {
		// article 001: praises the company's "alliance" with Amazon
		GraphQlTester.Traversable response = search("alliance", List.of("SOURCE"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(5);
		String snippet = response
			.path("search.edges[?(@.node.node.slug == 'openai-signals-strategic-shift-from-microsoft-to-amazon')].node.snippet")
			.entityList(String.class)
			.hasSize(1)
			.get()
			.get(0);
		assertThat(snippet).contains("company&#39;s &quot;<mark>alliance</mark>&quot; with Amazon")
			.doesNotContain("\"")
			.doesNotContain("'");
		List<String> snippets = response.path("search.edges[*].node.snippet").entityList(String.class).get();
		assertThat(snippets).allSatisfy(s -> {
			assertThat(s).containsIgnoringCase("<mark>alliance");
			String withoutMarks = s.replace("<mark>", "").replace("</mark>", "");
			assertThat(withoutMarks).doesNotContain("<", ">", "\"");
		});
	}

	@Test
	void types_restrictTheKindsOfResults() {
		search("Trainium", List.of("COMMITMENT"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(2)
			.path("search.edges[*].node.kind").entityList(String.class).containsExactly("COMMITMENT", "COMMITMENT");
		search("Trainium", List.of("SOURCE", "DEAL"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(2)
			.path("search.edges[*].node.kind").entityList(String.class).containsExactly("SOURCE", "SOURCE");
		search("Trainium", List.of("DEAL", "EVENT"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(0)
			.path("search.edges").entityList(Object.class).hasSize(0);
		search("Bedrock", List.of("EVENT"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(1)
			.path("search.edges[*].node.node.slug").entityList(String.class)
			.containsExactly("openai-models-on-aws-announced-2026-04");
		search("Dresser", List.of("PERSON", "STATEMENT"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(4)
			.path("search.edges[*].node.kind").entityList(String.class)
			.containsExactly("PERSON", "STATEMENT", "STATEMENT", "STATEMENT");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Dresser", "Trainium", "alliance" })
	void paging_withFirstOne_visitsEveryResultOnceInTheOrderOfOnePage(String query) {
		GraphQlTester.Response all = this.graphQl.document(SEARCH)
			.variable("query", query)
			.variable("first", 100)
			.execute();
		List<String> expected = all.path("search.edges[*].node.node.id").entityList(String.class).get();
		int total = all.path("search.totalCount").entity(Integer.class).get();
		assertThat(expected).hasSize(total).doesNotHaveDuplicates().hasSizeGreaterThan(2);
		List<String> visited = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page <= total; page++) {
			GraphQlTester.Response response = this.graphQl.document(SEARCH)
				.variable("query", query)
				.variable("first", 1)
				.variable("after", after)
				.execute();
			List<String> ids = response.path("search.edges[*].node.node.id").entityList(String.class).get();
			assertThat(ids).as("page %d", page).hasSize(1);
			assertThat(response.path("search.totalCount").entity(Integer.class).get()).isEqualTo(total);
			assertThat(response.path("search.pageInfo.hasPreviousPage").entity(Boolean.class).get()).isEqualTo(page > 0);
			visited.addAll(ids);
			after = response.path("search.pageInfo.endCursor").entity(String.class).get();
			assertThat(cursors.add(after)).as("new cursor on page %d", page).isTrue();
			boolean hasNext = response.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			assertThat(hasNext).as("hasNextPage on page %d", page).isEqualTo(visited.size() < total);
			if (!hasNext) {
				break;
			}
		}
		assertThat(visited).containsExactlyElementsOf(expected);
	}

	@Test
	void typo_findsNothingAndSuggestsTheWordThatOccurs() {
		search("Tranium", null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(0)
			.path("search.edges").entityList(Object.class).hasSize(0)
			.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("search.suggestions").entityList(String.class).contains("trainium");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "   \t\n " })
	void emptyOrBlankQuery_isABadRequestNamingQuery(String query) {
		this.graphQl.document(SEARCH)
			.variable("query", query)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "query", "search"));
	}

	@Test
	void queryOf201Characters_isABadRequestNamingQuery() {
		String query = "Trainium" + " ".repeat(185) + "Trainium";
		assertThat(query).hasSize(201);
		this.graphQl.document(SEARCH)
			.variable("query", query)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "query", "search"));
	}

	@Test
	void queryOf200Characters_isAccepted() {
		String query = "Trainium" + " ".repeat(184) + "Trainium";
		assertThat(query).hasSize(200);
		search(query, null).path("search.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "!!!", "?? -- ...", "“…”", "the", "the and of", "\"the\" or \"a\"" })
	void queryOfOnlyPunctuationOrStopWords_findsNothingWithoutError(String query) {
		search(query, null)
			.path("search.totalCount").entity(Integer.class).isEqualTo(0)
			.path("search.edges").entityList(Object.class).hasSize(0)
			.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	/**
	 * Organizations are found "by name, alias and ticker", and words are matched by their stem: a
	 * name must be found whatever English stemming makes of it.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "Microsoft, microsoft", "MSFT, microsoft", "SoftBank, softbank", "Oracle, oracle",
			"Stargate, stargate", "AWS, aws", "Amazon Web Services, aws" })
	void organization_isFoundByItsNameAliasOrTicker(String query, String slug) {
		search(query, List.of("ORGANIZATION"))
			.path("search.edges[*].node.node.slug").entityList(String.class).contains(slug)
			.path("search.edges[0].node.node.slug").entity(String.class).isEqualTo(slug);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Dresser", "Denise", "Denise Dresser" })
	void person_isFoundByFirstOrLastName(String query) {
		search(query, List.of("PERSON"))
			.path("search.totalCount").entity(Integer.class).isEqualTo(1)
			.path("search.edges[0].node.node.slug").entity(String.class).isEqualTo("denise-dresser");
	}

	private GraphQlTester.Response search(String query, List<String> types) {
		return this.graphQl.document(SEARCH).variable("query", query).variable("types", types).execute();
	}

	private static void assertBadRequest(List<ResponseError> errors, String argument, String path) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", argument);
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getPath()).isEqualTo(path);
		});
	}

}
