package io.dealgraph.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters and orders of the root connections. Expected sets follow from the amounts, dates,
 * parties and credited outlets in seeds/deals/*.yml; ties in a sort key fall back to load order.
 */
class FilterOrderApiTests extends ApiTest {

	@Test
	void commitments_amountMinAndMaxWithUnit_keepAmountsInTheRange() {
		// language=GraphQL
		String document = """
				{ atLeast50b: commitments(filter: {unit: USD, amountMin: "50000000000"}) { totalCount nodes { slug } }
				  atMost100b: commitments(filter: {unit: USD, amountMax: "100000000000"}) { totalCount nodes { slug } }
				  between: commitments(filter: {unit: USD, amountMin: "60000000000", amountMax: "200000000000"}) { totalCount nodes { slug } }
				  exactly50b: commitments(filter: {unit: USD, amountMin: "50000000000", amountMax: "50000000000"}) { totalCount nodes { slug } }
				  gigawatts: commitments(filter: {unit: GW, amountMin: "2"}) { totalCount nodes { slug quantity { unit } } }
				  underOneGigawatt: commitments(filter: {unit: GW, amountMax: "1"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("atLeast50b.totalCount").entity(Integer.class).isEqualTo(4)
			.path("atLeast50b.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately",
					"amazon-invests-50b-in-openai-announced", "amazon-pledges-up-to-50b-investment"))
			.path("atMost100b.totalCount").entity(Integer.class).isEqualTo(3)
			.path("atMost100b.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stargate-deploys-100b-immediately", "amazon-invests-50b-in-openai-announced",
					"amazon-pledges-up-to-50b-investment"))
			.path("between.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-deploys-100b-immediately")
			.path("exactly50b.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("amazon-invests-50b-in-openai-announced", "amazon-pledges-up-to-50b-investment"))
			// 2 GW and not 2 USD: the unit applies
			.path("gigawatts.nodes[*].slug").entityList(String.class).containsExactly("openai-consumes-2gw-trainium-on-aws")
			.path("gigawatts.nodes[*].quantity.unit").entityList(String.class).containsExactly("GW")
			.path("underOneGigawatt.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void commitments_amountMinWithoutUnit_isABadRequestNamingFilterUnit() {
		// language=GraphQL
		String document = """
				{ commitments(filter: {amountMin: "1"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "filter.unit", "commitments"));
	}

	@Test
	void commitments_amountMaxWithoutUnit_isABadRequestNamingFilterUnit() {
		// language=GraphQL
		String document = """
				{ usd: commitments(filter: {amountMax: "100000000000", committer: "amazon"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "filter.unit", "usd"));
	}

	@Test
	void commitments_fromAndTo_keepDatedCommitmentsWhoseSpanOverlaps() {
		// language=GraphQL
		String document = """
				{ fromMarch2026: commitments(filter: {from: "2026-03-01"}) { totalCount nodes { slug } }
				  toMid2025: commitments(filter: {to: "2025-06-30"}) { totalCount nodes { slug } }
				  late2025: commitments(filter: {from: "2025-07-01", to: "2025-12-31"}) { totalCount nodes { slug } }
				  feb27: commitments(filter: {from: "2026-02-27", to: "2026-02-27"}) { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			// the three "earlier this year" ranges end 2026-04-30; Amazon's announcement was 2026-02-27
			.path("fromMarch2026.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training")
			.path("toMid2025.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-continues-increasing-azure-use-2025-01", "stargate-invests-500b-over-four-years",
					"stargate-deploys-100b-immediately")
			.path("late2025.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-commits-significant-resources-to-aws-2025")
			.path("feb27.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training", "amazon-invests-50b-in-openai-announced");
	}

	@Test
	void commitments_organization_keepsWhatItMadeOrReceived() {
		// language=GraphQL
		String document = """
				{ aws: commitments(filter: {organization: "aws"}) { totalCount nodes { slug } }
				  microsoft: commitments(filter: {organization: "microsoft"}) { totalCount nodes { slug } }
				  openai: commitments(filter: {organization: "openai"}) { totalCount }
				  openaiToAws: commitments(filter: {organization: "openai", recipient: "aws", kind: COMPUTE_CAPACITY}) { totalCount nodes { slug } }
				  alphabet: commitments(filter: {organization: "alphabet"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("aws.totalCount").entity(Integer.class).isEqualTo(4)
			.path("aws.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-consumes-2gw-trainium-on-aws", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training", "openai-commits-significant-resources-to-aws-2025"))
			.path("microsoft.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("microsoft-invests-billions-in-openai",
					"openai-continues-increasing-azure-use-2025-01"))
			.path("openai.totalCount").entity(Integer.class).isEqualTo(8)
			.path("openaiToAws.nodes[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-consumes-2gw-trainium-on-aws", "openai-uses-trainium-for-training"))
			.path("alphabet.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void commitments_outlet_keepsThoseCitedFromThatOutlet() {
		// language=GraphQL
		String document = """
				{ aboutAmazon: commitments(filter: {outlet: "aboutamazon"}) { nodes { slug } }
				  cailian: commitments(filter: {outlet: "CAILIAN"}) { nodes { slug } }
				  cnbc: commitments(filter: {outlet: "cnbc"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("aboutAmazon.nodes[*].slug").entityList(String.class).containsExactly("openai-consumes-2gw-trainium-on-aws")
			.path("cailian.nodes[*].slug").entityList(String.class).containsExactly("microsoft-invests-billions-in-openai")
			.path("cnbc.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void statements_outletCnbc_keepsTheQuotesCnbcReported() {
		// language=GraphQL
		String document = """
				{ cnbc: statements(filter: {outlet: "cnbc"}) { totalCount nodes { slug } }
				  upperCase: statements(filter: {outlet: "CNBC"}) { totalCount }
				  pymnts: statements(filter: {outlet: "pymnts"}) { nodes { slug } }
				  nowhere: statements(filter: {outlet: "reuters"}) { totalCount } }""";
		// "openai.com, cnbc.com" counts as cnbc too; latest first, undated last
		this.graphQl.document(document)
			.execute()
			.path("cnbc.totalCount").entity(Integer.class).isEqualTo(4)
			.path("cnbc.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-memo-aws-demand-staggering", "dresser-memo-microsoft-limited-our-ability",
					"microsoft-excited-to-see-what-they-build", "microsoft-amazon-collaborations-always-contemplated")
			.path("upperCase.totalCount").entity(Integer.class).isEqualTo(4)
			.path("pymnts.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-remarks-benefits-of-work-with-amazon")
			.path("nowhere.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void deals_outlet_keepsDealsWhoseOwnCitationsCreditThatOutlet() {
		// language=GraphQL
		String document = """
				{ aboutAmazon: deals(filter: {outlet: "aboutamazon"}) { nodes { slug } }
				  openai: deals(filter: {outlet: "openai.com"}) { totalCount nodes { slug } }
				  cnbc: deals(filter: {outlet: "cnbc"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("aboutAmazon.nodes[*].slug").entityList(String.class).containsExactly("amazon-openai-stateful-runtime")
			.path("openai.totalCount").entity(Integer.class).isEqualTo(3)
			.path("openai.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate", "amazon-openai-partnership", "amazon-openai-stateful-runtime")
			.path("cnbc.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void exclusivityTerms_outlet_keepsTermsCitedFromThatOutlet() {
		// language=GraphQL
		String document = """
				{ openai: exclusivityTerms(filter: {outlet: "OpenAI.com"}) { nodes { slug } }
				  openaiForMicrosoft: exclusivityTerms(filter: {outlet: "openai.com", holder: "microsoft"}) { nodes { slug } }
				  cnbc: exclusivityTerms(filter: {outlet: "cnbc"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("openai.nodes[*].slug").entityList(String.class)
			.containsExactly("aws-exclusive-third-party-distribution-for-frontier",
					"azure-exclusive-cloud-for-stateless-openai-apis")
			.path("openaiForMicrosoft.nodes[*].slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis")
			.path("cnbc.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void events_outlet_keepsEventsCitedFromThatOutlet() {
		// language=GraphQL
		String document = """
				{ cailian: events(filter: {outlet: "cailian"}) { nodes { slug } }
				  cnbc: events(filter: {outlet: "cnbc"}) { nodes { slug } }
				  openai: events(filter: {outlet: "openai.com"}) { nodes { slug } }
				  pymnts: events(filter: {outlet: "pymnts"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("cailian.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-revenue-chief-memo-reported-2026-04-13")
			.path("cnbc.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-revenue-chief-memo-reported-2026-04-13")
			.path("openai.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-launch-2025-01-21", "amazon-openai-partnership-announced-2026-02-27",
					"microsoft-openai-affirm-core-deal-2026-02-27")
			.path("pymnts.totalCount").entity(Integer.class).isEqualTo(0);
	}

	static Stream<Arguments> orders() {
		return Stream.of(
				Arguments.of("commitments", "{field: DATE, direction: ASC}", List.of(
						"openai-continues-increasing-azure-use-2025-01", "stargate-invests-500b-over-four-years",
						"stargate-deploys-100b-immediately", "openai-commits-significant-resources-to-aws-2025",
						"amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
						"openai-uses-trainium-for-training", "amazon-invests-50b-in-openai-announced",
						"openai-consumes-2gw-trainium-on-aws", "microsoft-invests-billions-in-openai")),
				Arguments.of("commitments", "{field: DATE, direction: DESC}", List.of(
						"amazon-invests-50b-in-openai-announced", "openai-uses-trainium-for-training",
						"openai-ramps-up-aws-infrastructure-spending", "amazon-pledges-up-to-50b-investment",
						"openai-commits-significant-resources-to-aws-2025", "stargate-deploys-100b-immediately",
						"stargate-invests-500b-over-four-years", "openai-continues-increasing-azure-use-2025-01",
						"microsoft-invests-billions-in-openai", "openai-consumes-2gw-trainium-on-aws")),
				Arguments.of("commitments", "{field: AMOUNT, direction: ASC}", List.of(
						"openai-consumes-2gw-trainium-on-aws", "amazon-invests-50b-in-openai-announced",
						"amazon-pledges-up-to-50b-investment", "stargate-deploys-100b-immediately",
						"stargate-invests-500b-over-four-years", "openai-ramps-up-aws-infrastructure-spending",
						"openai-uses-trainium-for-training", "microsoft-invests-billions-in-openai",
						"openai-continues-increasing-azure-use-2025-01", "openai-commits-significant-resources-to-aws-2025")),
				Arguments.of("commitments", "{field: AMOUNT, direction: DESC}", List.of(
						"stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately",
						"amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced",
						"openai-consumes-2gw-trainium-on-aws", "openai-commits-significant-resources-to-aws-2025",
						"openai-continues-increasing-azure-use-2025-01", "microsoft-invests-billions-in-openai",
						"openai-uses-trainium-for-training", "openai-ramps-up-aws-infrastructure-spending")),
				Arguments.of("deals", "{field: ANNOUNCED, direction: ASC}", List.of("stargate", "openai-aws-compute-2025",
						"amazon-openai-partnership", "microsoft-openai-restructuring-2026-04", "openai-models-on-aws",
						"amazon-openai-custom-models", "amazon-openai-stateful-runtime", "microsoft-openai-partnership")),
				Arguments.of("deals", "{field: ANNOUNCED, direction: DESC}", List.of("openai-models-on-aws",
						"microsoft-openai-restructuring-2026-04", "amazon-openai-partnership", "openai-aws-compute-2025",
						"stargate", "microsoft-openai-partnership", "amazon-openai-stateful-runtime",
						"amazon-openai-custom-models")),
				// "amazon–openai customized…", "…stateful…", "…strategic…", "microsoft–openai agreement…",
				// "…partnership", "openai commitment…", "openai models…", "stargate project"
				Arguments.of("deals", "{field: TITLE, direction: ASC}", List.of("amazon-openai-custom-models",
						"amazon-openai-stateful-runtime", "amazon-openai-partnership",
						"microsoft-openai-restructuring-2026-04", "microsoft-openai-partnership", "openai-aws-compute-2025",
						"openai-models-on-aws", "stargate")),
				Arguments.of("deals", "{field: TITLE, direction: DESC}", List.of("stargate", "openai-models-on-aws",
						"openai-aws-compute-2025", "microsoft-openai-partnership", "microsoft-openai-restructuring-2026-04",
						"amazon-openai-partnership", "amazon-openai-stateful-runtime", "amazon-openai-custom-models")),
				Arguments.of("exclusivityTerms", "{field: VALID_FROM, direction: ASC}", List.of(
						"aws-exclusive-third-party-distribution-for-frontier",
						"azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
						"microsoft-sole-cloud-for-third-party-api-products")),
				Arguments.of("exclusivityTerms", "{field: VALID_FROM, direction: DESC}", List.of(
						"azure-exclusive-cloud-for-stateless-openai-apis",
						"aws-exclusive-third-party-distribution-for-frontier",
						"microsoft-sole-cloud-for-third-party-api-products", "microsoft-exclusive-openai-ip-license")),
				Arguments.of("exclusivityTerms", "{field: SCOPE, direction: ASC}", List.of(
						"azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
						"aws-exclusive-third-party-distribution-for-frontier",
						"microsoft-sole-cloud-for-third-party-api-products")),
				Arguments.of("exclusivityTerms", "{field: SCOPE, direction: DESC}", List.of(
						"microsoft-sole-cloud-for-third-party-api-products",
						"aws-exclusive-third-party-distribution-for-frontier", "microsoft-exclusive-openai-ip-license",
						"azure-exclusive-cloud-for-stateless-openai-apis")),
				Arguments.of("events", "{field: DATE, direction: ASC}", List.of("stargate-launch-2025-01-21",
						"microsoft-openai-earlier-agreement-adjustment", "amazon-openai-partnership-announced-2026-02-27",
						"microsoft-openai-affirm-core-deal-2026-02-27", "openai-revenue-chief-memo-reported-2026-04-13",
						"microsoft-openai-restructuring-2026-04-announced", "openai-models-on-aws-announced-2026-04")),
				Arguments.of("events", "{field: DATE, direction: DESC}", List.of("openai-models-on-aws-announced-2026-04",
						"microsoft-openai-restructuring-2026-04-announced", "openai-revenue-chief-memo-reported-2026-04-13",
						"microsoft-openai-affirm-core-deal-2026-02-27", "amazon-openai-partnership-announced-2026-02-27",
						"microsoft-openai-earlier-agreement-adjustment", "stargate-launch-2025-01-21")),
				Arguments.of("statements", "{field: DATE, direction: ASC}", List.of(
						"dresser-memo-microsoft-limited-our-ability", "openai-memo-microsoft-limited-its-ability",
						"dresser-memo-aws-demand-staggering", "openai-memo-amazon-alliance",
						"dresser-remarks-benefits-of-work-with-amazon", "microsoft-openai-joint-statement-evolve-partnership",
						"microsoft-amazon-collaborations-always-contemplated", "microsoft-excited-to-see-what-they-build")),
				Arguments.of("statements", "{field: DATE, direction: DESC}", List.of(
						"microsoft-openai-joint-statement-evolve-partnership", "dresser-remarks-benefits-of-work-with-amazon",
						"openai-memo-amazon-alliance", "dresser-memo-aws-demand-staggering",
						"openai-memo-microsoft-limited-its-ability", "dresser-memo-microsoft-limited-our-ability",
						"microsoft-excited-to-see-what-they-build", "microsoft-amazon-collaborations-always-contemplated")));
	}

	@ParameterizedTest(name = "{0}(orderBy: {1})")
	@MethodSource("orders")
	void order_walkedOneByOne_matchesOnePageOfAHundredAndTheSeeds(String connection, String orderBy,
			List<String> expected) {
		// language=GraphQL
		String document = """
				query page($first: Int, $after: String) {
				  %s(first: $first, after: $after, orderBy: %s) {
				    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
				    edges { cursor node { slug } }
				  }
				}""".formatted(connection, orderBy);
		List<String> onePage = this.graphQl.document(document)
			.variable("first", 100)
			.execute()
			.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path(connection + ".edges[*].node.slug").entityList(String.class)
			.get();
		assertThat(onePage).containsExactlyElementsOf(expected);
		List<String> visited = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page <= expected.size(); page++) {
			GraphQlTester.Response response = this.graphQl.document(document)
				.variable("first", 1)
				.variable("after", after)
				.execute();
			List<String> slugs = response.path(connection + ".edges[*].node.slug").entityList(String.class).get();
			assertThat(slugs).as("page %d", page).hasSize(1);
			assertThat(response.path(connection + ".totalCount").entity(Integer.class).get()).isEqualTo(expected.size());
			assertThat(response.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).get())
				.isEqualTo(page > 0);
			visited.addAll(slugs);
			after = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
			assertThat(cursors.add(after)).as("new cursor on page %d", page).isTrue();
			boolean hasNext = response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			assertThat(hasNext).as("hasNextPage on page %d", page).isEqualTo(visited.size() < expected.size());
			if (!hasNext) {
				break;
			}
		}
		assertThat(visited).containsExactlyElementsOf(onePage);
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
