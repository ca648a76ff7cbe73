package io.dealgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationApiTests extends ApiTest {

	@Test
	void deals_walkedTwoByTwo_visitEveryDealExactlyOnceInOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  deals(first: $first, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    edges { cursor node { slug } }
				  }
				}""";
		assertThat(walk(document, "deals", "node.slug", 8)).containsExactly("stargate", "openai-aws-compute-2025",
				"amazon-openai-partnership", "microsoft-openai-restructuring-2026-04", "openai-models-on-aws",
				"amazon-openai-custom-models", "amazon-openai-stateful-runtime", "microsoft-openai-partnership");
	}

	@Test
	void deals_pagePastTheLastOne_isEmptyButKeepsTotalCountAndHasPreviousPage() {
		// language=GraphQL
		String document = """
				query page($after: String) {
				  deals(first: 8, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
				    nodes { slug }
				  }
				}""";
		String last = this.graphQl.document(document).execute().path("deals.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response after = this.graphQl.document(document).variable("after", last).execute();
		after.path("deals.nodes").entityList(Object.class).hasSize(0);
		after.path("deals.totalCount").entity(Integer.class).isEqualTo(8);
		after.path("deals.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		after.path("deals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void deals_withoutTotalCount_pageTheSameWay() {
		// language=GraphQL
		String document = """
				query page($after: String) {
				  deals(first: 4, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug } }
				}""";
		GraphQlTester.Response first = this.graphQl.document(document).execute();
		String end = first.path("deals.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.graphQl.document(document).variable("after", end).execute();
		List<String> slugs = new ArrayList<>(first.path("deals.nodes[*].slug").entityList(String.class).get());
		slugs.addAll(second.path("deals.nodes[*].slug").entityList(String.class).get());
		assertThat(slugs).containsExactly("stargate", "openai-aws-compute-2025", "amazon-openai-partnership",
				"microsoft-openai-restructuring-2026-04", "openai-models-on-aws", "amazon-openai-custom-models",
				"amazon-openai-stateful-runtime", "microsoft-openai-partnership");
		second.path("deals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void commitments_orderedByAmount_walkedTwoByTwo_visitEveryCommitmentExactlyOnceInOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  commitments(first: $first, after: $after, orderBy: {field: AMOUNT, direction: ASC}) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    edges { cursor node { slug } }
				  }
				}""";
		assertThat(walk(document, "commitments", "node.slug", 10)).containsExactly(
				"openai-consumes-2gw-trainium-on-aws", "amazon-invests-50b-in-openai-announced",
				"amazon-pledges-up-to-50b-investment", "stargate-deploys-100b-immediately",
				"stargate-invests-500b-over-four-years", "openai-ramps-up-aws-infrastructure-spending",
				"openai-uses-trainium-for-training", "microsoft-invests-billions-in-openai",
				"openai-continues-increasing-azure-use-2025-01", "openai-commits-significant-resources-to-aws-2025");
	}

	@Test
	void statements_latestFirst_walkedTwoByTwo_visitEveryStatementExactlyOnceInOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  statements(first: $first, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    edges { cursor node { slug } }
				  }
				}""";
		assertThat(walk(document, "statements", "node.slug", 8)).containsExactly(
				"microsoft-openai-joint-statement-evolve-partnership", "dresser-remarks-benefits-of-work-with-amazon",
				"openai-memo-amazon-alliance", "dresser-memo-aws-demand-staggering",
				"openai-memo-microsoft-limited-its-ability", "dresser-memo-microsoft-limited-our-ability",
				"microsoft-excited-to-see-what-they-build", "microsoft-amazon-collaborations-always-contemplated");
	}

	@Test
	void organizations_byNameDescending_walkedTwoByTwo_visitEveryOrganizationExactlyOnceInOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  organizations(first: $first, after: $after, orderBy: {field: NAME, direction: DESC}) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    edges { cursor node { slug } }
				  }
				}""";
		assertThat(walk(document, "organizations", "node.slug", 9)).containsExactly("stargate", "softbank", "oracle",
				"openai", "microsoft", "mgx", "aws", "amazon", "alphabet");
	}

	@Test
	void sources_byPublicationDescending_walkedTwoByTwo_visitEverySourceExactlyOnceInOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  sources(first: $first, after: $after, orderBy: {field: PUBLISHED, direction: DESC}) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    edges { cursor node { slug } }
				  }
				}""";
		assertThat(walk(document, "sources", "node.slug", 5)).containsExactly(
				"openai-shifts-aggressively-toward-amazon-2026-04-30", "openai-deepens-amazon-ties-2026-04-13",
				"openai-shifts-strategic-focus-toward-amazon-2026-04-13", "cloud-politics-heat-up",
				"openai-signals-strategic-shift-from-microsoft-to-amazon");
	}

	@Test
	void sourceCitations_walkedTwoByTwo_visitEveryCitationExactlyOnceInTextOrder() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  source(slug: "openai-signals-strategic-shift-from-microsoft-to-amazon") {
				    citations(first: $first, after: $after) {
				      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				      edges { cursor node { excerpt } }
				    }
				  }
				}""";
		// the same passage is cited once per fact it supports
		String alliance = "The document, reported on April 13, praises the company's \"alliance\" with Amazon";
		String invested = "Microsoft has invested billions into the AI leader";
		assertThat(walk(document, "source.citations", "node.excerpt", 10)).containsExactly(alliance, alliance,
				"while stating that Microsoft's platform has \"limited its ability to reach customers.\"", invested,
				invested, invested,
				"The partnership with Amazon, whose AWS is the world's largest cloud provider by market share, is "
						+ "framed as a crucial strategic \"alliance.\"",
				"Microsoft (MSFT)", "Amazon (AMZN)", "Alphabet (GOOGL)");
	}

	@Test
	void dealParties_walkedTwoByTwo_visitEveryPartyExactlyOnceByRole() {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  deal(slug: "microsoft-openai-partnership") {
				    parties(first: $first, after: $after) {
				      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				      edges { cursor node { role } }
				    }
				  }
				}""";
		assertThat(walk(document, "deal.parties", "node.role", 6)).containsExactly("CLOUD_PROVIDER", "CUSTOMER",
				"INVESTEE", "INVESTOR", "PARTNER", "PARTNER");
	}

	@Test
	void connection_afterItsLastCursor_isAnEmptyPageWithPreviousItems() {
		// language=GraphQL
		String document = """
				query page($after: String) {
				  events(first: 7, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
				    nodes { slug }
				  }
				}""";
		String last = this.graphQl.document(document)
			.variable("after", null)
			.execute()
			.path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("events.nodes").entityList(Object.class).hasSize(7)
			.path("events.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(document)
			.variable("after", last)
			.execute()
			.path("events.totalCount").entity(Integer.class).isEqualTo(7)
			.path("events.nodes").entityList(Object.class).hasSize(0)
			.path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("events.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
			.path("events.pageInfo.startCursor").valueIsNull()
			.path("events.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void connection_withoutFirst_returnsTwentyItems() {
		// language=GraphQL
		String document = """
				{ source(slug: "cloud-politics-heat-up") { citations { totalCount pageInfo { hasNextPage } nodes { excerpt } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("source.citations.totalCount").entity(Integer.class).isEqualTo(36)
			.path("source.citations.nodes").entityList(Object.class).hasSize(20)
			.path("source.citations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void connection_withFirstOneOrAHundred_isAccepted() {
		// language=GraphQL
		String document = """
				{ one: deals(first: 1) { totalCount nodes { slug } pageInfo { hasNextPage } }
				  hundred: deals(first: 100) { nodes { slug } pageInfo { hasNextPage } } }""";
		this.graphQl.document(document)
			.execute()
			.path("one.totalCount").entity(Integer.class).isEqualTo(8)
			.path("one.nodes[*].slug").entityList(String.class).containsExactly("stargate")
			.path("one.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("hundred.nodes").entityList(Object.class).hasSize(8)
			.path("hundred.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@ParameterizedTest(name = "first: {0}")
	@ValueSource(ints = { 0, 101, -1 })
	void rootConnection_withFirstOutOfRange_isABadRequestNamingFirst(int first) {
		// language=GraphQL
		String document = """
				query page($first: Int) { deals(first: $first) { totalCount } }""";
		this.graphQl.document(document)
			.variable("first", first)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "first", "deals"));
	}

	@ParameterizedTest(name = "first: {0}")
	@ValueSource(ints = { 0, 101 })
	void childConnection_withFirstOutOfRange_isABadRequestNamingFirst(int first) {
		// language=GraphQL
		String document = """
				query page($first: Int) { source(slug: "cloud-politics-heat-up") { slug citations(first: $first) { totalCount } } }""";
		this.graphQl.document(document)
			.variable("first", first)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "first", "source.citations"))
			.path("source").valueIsNull();
	}

	@Test
	void rootConnection_withGarbageAfter_isABadRequestNamingAfter() {
		// language=GraphQL
		String document = """
				{ commitments(after: "garbage") { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "commitments"));
	}

	@Test
	void childConnection_withGarbageAfter_isABadRequestNamingAfter() {
		// language=GraphQL
		String document = """
				{ deal(slug: "stargate") { parties(after: "bm90IGEgY3Vyc29y") { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "deal.parties"))
			.path("deal").valueIsNull();
	}

	@Test
	void rootConnection_withATamperedCursor_isABadRequestNamingAfter() {
		// language=GraphQL
		String first = """
				{ deals(first: 1) { nodes { slug } pageInfo { endCursor } } }""";
		String cursor = this.graphQl.document(first)
			.execute()
			.path("deals.nodes[0].slug").entity(String.class).isEqualTo("stargate")
			.path("deals.pageInfo.endCursor").entity(String.class).get();
		// the cursor of stargate carries its announcement day (stargate.yml): replace it by something that is no date
		String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		assertThat(raw).contains("2025-01-21");
		String tampered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(raw.replace("2025-01-21", "not-a-day").getBytes(StandardCharsets.UTF_8));
		// language=GraphQL
		String document = """
				query next($after: String) { deals(first: 1, after: $after) { totalCount } }""";
		this.graphQl.document(document)
			.variable("after", tampered)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "deals"));
	}

	@Test
	void cursor_takenUnderAnotherOrderBy_isRejected() {
		// language=GraphQL
		String byTitle = """
				{ deals(first: 2, orderBy: {field: TITLE, direction: ASC}) { pageInfo { endCursor } } }""";
		String cursor = this.graphQl.document(byTitle)
			.execute()
			.path("deals.pageInfo.endCursor").entity(String.class).get();
		// language=GraphQL
		String document = """
				query next($after: String) {
				  announced: deals(first: 2, after: $after) { totalCount }
				}""";
		this.graphQl.document(document)
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "announced"));
		// language=GraphQL
		String descending = """
				query next($after: String) {
				  titleDesc: deals(first: 2, after: $after, orderBy: {field: TITLE, direction: DESC}) { totalCount }
				}""";
		this.graphQl.document(descending)
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "titleDesc"));
	}

	@Test
	void cursor_ofOneConnectionUsedOnAnotherWithOtherSortKeys_isRejected() {
		// language=GraphQL
		String citations = """
				{ source(slug: "openai-deepens-amazon-ties-2026-04-13") { citations(first: 1) { pageInfo { endCursor } } } }""";
		String cursor = this.graphQl.document(citations)
			.execute()
			.path("source.citations.pageInfo.endCursor").entity(String.class).get();
		// language=GraphQL
		String document = """
				query next($after: String) { events(after: $after) { totalCount } }""";
		this.graphQl.document(document)
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "after", "events"));
	}

	/**
	 * Walks a connection two items at a time, checking every page, and returns the key of every
	 * item visited, in order.
	 */
	private List<String> walk(String document, String connection, String key, int total) {
		List<String> visited = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page <= total; page++) {
			GraphQlTester.Response response = this.graphQl.document(document)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			List<String> keys = response.path(connection + ".edges[*]." + key).entityList(String.class).get();
			List<String> edgeCursors = response.path(connection + ".edges[*].cursor").entityList(String.class).get();
			boolean hasNext = response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			assertThat(response.path(connection + ".totalCount").entity(Integer.class).get())
				.as("totalCount on page %d", page).isEqualTo(total);
			assertThat(response.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).get())
				.as("hasPreviousPage on page %d", page).isEqualTo(page > 0);
			assertThat(keys).as("items on page %d", page).hasSize(Math.min(2, total - visited.size()));
			assertThat(response.path(connection + ".pageInfo.startCursor").entity(String.class).get())
				.isEqualTo(edgeCursors.get(0));
			String endCursor = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
			assertThat(endCursor).isEqualTo(edgeCursors.get(edgeCursors.size() - 1));
			assertThat(cursors.addAll(edgeCursors)).isTrue();
			visited.addAll(keys);
			assertThat(hasNext).as("hasNextPage on page %d", page).isEqualTo(visited.size() < total);
			if (!hasNext) {
				break;
			}
			after = endCursor;
		}
		assertThat(cursors).as("distinct cursors").hasSize(total);
		return visited;
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
