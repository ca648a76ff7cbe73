package io.dealgraph.exclusivity;

import java.util.List;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time travel: {@code asOf} on every connection that supports it, the edge {@code inForce}, and
 * {@code inForce(on:)} over the fuzzy dates of the seeds. Every expected value follows from the
 * dates in seeds/deals/*.yml and {@code in_force()} in V2__add_analyst_queries.sql: in force from
 * the start day, no longer on the end day, UNKNOWN inside an uncertain span.
 */
class TimeTravelApiTests extends ApiTest {

	// microsoft-openai-partnership.yml: RANGE ../2026-02-27, no end
	private static final String STATELESS = "azure-exclusive-cloud-for-stateless-openai-apis";

	// microsoft-openai-partnership.yml: no validFrom (deal effective 2016, YEAR), validTo WEEK 2026-04-26/2026-04-30
	private static final String IP_LICENSE = "microsoft-exclusive-openai-ip-license";

	// microsoft-openai-partnership.yml: same dates as the IP license
	private static final String SOLE_CLOUD = "microsoft-sole-cloud-for-third-party-api-products";

	// amazon-openai-partnership.yml: RANGE 2026-02-27/.., no end
	private static final String FRONTIER = "aws-exclusive-third-party-distribution-for-frontier";

	@Test
	void exclusivityHeld_onTwoDays_answersWhatMicrosoftHeldBeforeTheRestructuringAndWhatStillHeldAfter() {
		// language=GraphQL
		String document = """
				{ organization(slug: "microsoft") {
				    onMarch1: exclusivityHeld(asOf: "2026-03-01") {
				      totalCount
				      edges { inForce node { slug status supersededByEvent { slug kind date { earliest latest precision display } } } }
				    }
				    onMay1: exclusivityHeld(asOf: "2026-05-01") {
				      totalCount
				      edges { inForce node { slug status supersededByEvent { slug } } }
				    }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("organization.onMarch1.totalCount").entity(Integer.class).isEqualTo(3)
			.path("organization.onMarch1.edges[*].node.slug").entityList(String.class)
			.containsExactly(STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("organization.onMarch1.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "TRUE", "TRUE")
			.path("organization.onMarch1.edges[0].node.supersededByEvent").valueIsNull()
			.path("organization.onMarch1.edges[1].node.supersededByEvent.slug").entity(String.class)
			.isEqualTo("microsoft-openai-restructuring-2026-04-announced")
			.path("organization.onMarch1.edges[1].node.supersededByEvent.kind").entity(String.class)
			.isEqualTo("RESTRUCTURING")
			.path("organization.onMarch1.edges[1].node.supersededByEvent.date.earliest").entity(String.class)
			.isEqualTo("2026-04-26")
			.path("organization.onMarch1.edges[1].node.supersededByEvent.date.latest").entity(String.class)
			.isEqualTo("2026-04-30")
			.path("organization.onMarch1.edges[1].node.supersededByEvent.date.precision").entity(String.class)
			.isEqualTo("WEEK")
			.path("organization.onMarch1.edges[2].node.supersededByEvent.slug").entity(String.class)
			.isEqualTo("microsoft-openai-restructuring-2026-04-announced")
			.path("organization.onMarch1.edges[2].node.supersededByEvent.date.display").entity(String.class)
			.isEqualTo("week of 26 April 2026")
			.path("organization.onMay1.totalCount").entity(Integer.class).isEqualTo(1)
			.path("organization.onMay1.edges[*].node.slug").entityList(String.class).containsExactly(STATELESS)
			.path("organization.onMay1.edges[*].inForce").entityList(String.class).containsExactly("TRUE")
			.path("organization.onMay1.edges[0].node.status").entity(String.class).isEqualTo("IN_FORCE")
			.path("organization.onMay1.edges[0].node.supersededByEvent").valueIsNull();
	}

	@Test
	void exclusivityHeld_asOf_countsEveryTermInForceWhateverThePageHoldsAndZeroWhenNone() {
		// The first page counts in its own pass (count over the window): the count must not be the
		// page's length, nor missing when the page is empty; after a cursor it is a count of its own.
		// language=GraphQL
		String document = """
				{ microsoft: organization(slug: "microsoft") {
				    exclusivityHeld(asOf: "2026-03-01", first: 1) { totalCount edges { cursor node { slug } } } }
				  openai: organization(slug: "openai") {
				    exclusivityHeld(asOf: "2026-03-01", first: 5) { totalCount edges { node { slug } } } } }""";
		var response = this.graphQl.document(document).execute();
		response.path("microsoft.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(3)
			.path("microsoft.exclusivityHeld.edges[*].node.slug").entityList(String.class).containsExactly(STATELESS)
			.path("openai.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(0)
			.path("openai.exclusivityHeld.edges").entityList(Object.class).hasSize(0);
		String cursor = response.path("microsoft.exclusivityHeld.edges[0].cursor").entity(String.class).get();
		this.graphQl.document("""
				query($after: String) { organization(slug: "microsoft") {
				    exclusivityHeld(asOf: "2026-03-01", first: 1, after: $after) { totalCount edges { node { slug } } } } }""")
			.variable("after", cursor)
			.execute()
			.path("organization.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(3)
			.path("organization.exclusivityHeld.edges[*].node.slug").entityList(String.class).containsExactly(IP_LICENSE);
	}

	@Test
	void exclusivityHeld_withoutAsOf_listsEveryTermWithNullEdgeInForce() {
		// language=GraphQL
		String document = """
				{ organization(slug: "microsoft") { exclusivityHeld { totalCount edges { inForce node { slug } } } } }""";
		List<String> inForce = this.graphQl.document(document)
			.execute()
			.path("organization.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(3)
			.path("organization.exclusivityHeld.edges[*].node.slug").entityList(String.class)
			.containsExactly(STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("organization.exclusivityHeld.edges[*].inForce").entityList(String.class).get();
		assertThat(inForce).hasSize(3).containsOnlyNulls();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			// the deal started some day in 2016 (YEAR precision)
			"2015-06-01, FALSE", "2015-12-31, FALSE", "2016-01-01, UNKNOWN", "2016-06-01, UNKNOWN",
			"2016-12-31, TRUE",
			// ended "this week" of the article dated 2026-04-30: some day 2026-04-26..2026-04-30
			"2026-03-01, TRUE", "2026-04-01, TRUE", "2026-04-25, TRUE", "2026-04-26, UNKNOWN", "2026-04-28, UNKNOWN",
			"2026-04-30, FALSE", "2026-05-01, FALSE" })
	void inForce_ofTheIpLicense_followsTheDealsYearStartAndTheWeekItEnded(String day, String expected) {
		// language=GraphQL
		String document = """
				query day($on: Date!) {
				  ip: exclusivityTerm(slug: "microsoft-exclusive-openai-ip-license") { inForce(on: $on) }
				  sole: exclusivityTerm(slug: "microsoft-sole-cloud-for-third-party-api-products") { inForce(on: $on) }
				}""";
		this.graphQl.document(document)
			.variable("on", day)
			.execute()
			.path("ip.inForce").entity(String.class).isEqualTo(expected)
			.path("sole.inForce").entity(String.class).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2026-02-01, FALSE", "2026-02-26, FALSE", "2026-02-27, UNKNOWN", "2026-03-01, UNKNOWN",
			"2027-01-01, UNKNOWN" })
	void inForce_ofTheFrontierTerm_isUnknownFromItsOpenEndedStartAndFalseBefore(String day, String expected) {
		// language=GraphQL
		String document = """
				query day($on: Date!) {
				  exclusivityTerm(slug: "aws-exclusive-third-party-distribution-for-frontier") { inForce(on: $on) }
				}""";
		this.graphQl.document(document)
			.variable("on", day)
			.execute()
			.path("exclusivityTerm.inForce").entity(String.class).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2026-02-01, UNKNOWN", "2026-02-27, TRUE", "2026-05-01, TRUE" })
	void inForce_ofTheStatelessTerm_isUnknownBeforeTheDayItWasSaidToRemain(String day, String expected) {
		// language=GraphQL
		String document = """
				query day($on: Date!) {
				  exclusivityTerm(slug: "azure-exclusive-cloud-for-stateless-openai-apis") { inForce(on: $on) }
				}""";
		this.graphQl.document(document)
			.variable("on", day)
			.execute()
			.path("exclusivityTerm.inForce").entity(String.class).isEqualTo(expected);
	}

	@Test
	void exclusivityTerms_asOf_keepTheTermsNotKnownToBeOverAndMarkTheUncertainOnes() {
		// language=GraphQL
		String document = """
				{ feb1: exclusivityTerms(asOf: "2026-02-01") { totalCount edges { inForce node { slug } } }
				  mar1: exclusivityTerms(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				  may1: exclusivityTerms(asOf: "2026-05-01") { totalCount edges { inForce node { slug } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("feb1.totalCount").entity(Integer.class).isEqualTo(3)
			.path("feb1.edges[*].node.slug").entityList(String.class)
			.containsExactly(STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("feb1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "TRUE", "TRUE")
			.path("mar1.totalCount").entity(Integer.class).isEqualTo(4)
			.path("mar1.edges[*].node.slug").entityList(String.class)
			.containsExactly(FRONTIER, STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("mar1.edges[*].inForce").entityList(String.class)
			.containsExactly("UNKNOWN", "TRUE", "TRUE", "TRUE")
			.path("may1.totalCount").entity(Integer.class).isEqualTo(2)
			.path("may1.edges[*].node.slug").entityList(String.class).containsExactly(FRONTIER, STATELESS)
			.path("may1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "TRUE");
	}

	@Test
	void deals_asOf_showTheAmazonPartnershipOnlyFromTheDayItWasAnnounced() {
		// language=GraphQL
		String document = """
				{ feb1: deals(asOf: "2026-02-01") { totalCount edges { inForce node { slug } } }
				  mar1: deals(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				  partnership: deal(slug: "amazon-openai-partnership") {
				    feb1: inForce(on: "2026-02-01") feb27: inForce(on: "2026-02-27") mar1: inForce(on: "2026-03-01")
				  } }""";
		// undated deals (custom models, stateful runtime) are UNKNOWN; the restructuring and the Bedrock
		// deal (late April 2026) have not begun on either day
		this.graphQl.document(document)
			.execute()
			.path("feb1.totalCount").entity(Integer.class).isEqualTo(5)
			.path("feb1.edges[*].node.slug").entityList(String.class)
			.containsExactly("stargate", "openai-aws-compute-2025", "amazon-openai-custom-models",
					"amazon-openai-stateful-runtime", "microsoft-openai-partnership")
			.path("feb1.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "TRUE", "UNKNOWN", "UNKNOWN", "TRUE")
			.path("mar1.totalCount").entity(Integer.class).isEqualTo(6)
			.path("mar1.edges[*].node.slug").entityList(String.class)
			.containsExactly("stargate", "openai-aws-compute-2025", "amazon-openai-partnership",
					"amazon-openai-custom-models", "amazon-openai-stateful-runtime", "microsoft-openai-partnership")
			.path("mar1.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "TRUE", "TRUE", "UNKNOWN", "UNKNOWN", "TRUE")
			.path("partnership.feb1").entity(String.class).isEqualTo("FALSE")
			.path("partnership.feb27").entity(String.class).isEqualTo("TRUE")
			.path("partnership.mar1").entity(String.class).isEqualTo("TRUE");
	}

	@Test
	void commitments_asOfMid2025_keepStargatesFiveHundredBillionAndDropTheAmazonCommitments() {
		// language=GraphQL
		String document = """
				{ commitments(asOf: "2025-06-01") {
				    totalCount
				    edges { inForce node { slug committer { slug } quantity { amount unit } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("commitments.totalCount").entity(Integer.class).isEqualTo(4)
			.path("commitments.edges[*].node.slug").entityList(String.class)
			.containsExactly("openai-continues-increasing-azure-use-2025-01", "stargate-invests-500b-over-four-years",
					"stargate-deploys-100b-immediately", "microsoft-invests-billions-in-openai")
			.path("commitments.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "TRUE", "TRUE", "TRUE")
			.path("commitments.edges[1].node.quantity.amount").entity(String.class).isEqualTo("500000000000")
			.path("commitments.edges[1].node.quantity.unit").entity(String.class).isEqualTo("USD")
			.path("commitments.edges[*].node.committer.slug").entityList(String.class)
			.doesNotContain("amazon")
			.path("commitments.edges[*].node.slug").entityList(String.class)
			.doesNotContain("amazon-invests-50b-in-openai-announced", "amazon-pledges-up-to-50b-investment");
	}

	@Test
	void commitments_asOfTheDayAfterTheAmazonAnnouncement_markTheEarlier2026RangeUnknown() {
		// language=GraphQL
		String document = """
				{ commitments(asOf: "2026-02-28", filter: {committer: "amazon"}) { totalCount edges { inForce node { slug } } }
				  before: commitments(asOf: "2025-12-31", filter: {committer: "amazon"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("commitments.totalCount").entity(Integer.class).isEqualTo(2)
			.path("commitments.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced")
			.path("commitments.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "TRUE")
			.path("before.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organizationConnections_asOf_travelInTime() {
		// language=GraphQL
		String document = """
				{ amazon: organization(slug: "amazon") {
				    dealsFeb1: deals(asOf: "2026-02-01") { totalCount edges { inForce node { slug } } }
				    dealsApr28: deals(asOf: "2026-04-28") { totalCount edges { inForce node { slug } } }
				    madeFeb1: commitmentsMade(asOf: "2026-02-01") { totalCount edges { inForce node { slug } } }
				    madeMar1: commitmentsMade(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				  }
				  aws: organization(slug: "aws") {
				    receivedMar1: commitmentsReceived(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				  }
				  openai: organization(slug: "openai") {
				    receivedMar1: commitmentsReceived(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				    grantedApr28: exclusivityGranted(asOf: "2026-04-28") { totalCount edges { inForce node { slug } } }
				    grantedMay1: exclusivityGranted(asOf: "2026-05-01") { totalCount edges { inForce node { slug } } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("amazon.dealsFeb1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-openai-custom-models", "amazon-openai-stateful-runtime")
			.path("amazon.dealsFeb1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "UNKNOWN")
			.path("amazon.dealsApr28.totalCount").entity(Integer.class).isEqualTo(4)
			.path("amazon.dealsApr28.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "openai-models-on-aws", "amazon-openai-custom-models",
					"amazon-openai-stateful-runtime")
			.path("amazon.dealsApr28.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "UNKNOWN", "UNKNOWN", "UNKNOWN")
			.path("amazon.madeFeb1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment")
			.path("amazon.madeFeb1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN")
			.path("amazon.madeMar1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced")
			.path("amazon.madeMar1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "TRUE")
			// the 2 GW has no date of its own: it holds from its deal's announcement, 2026-02-27
			.path("aws.receivedMar1.edges[*].node.slug").entityList(String.class)
			.containsExactly("openai-commits-significant-resources-to-aws-2025",
					"openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training",
					"openai-consumes-2gw-trainium-on-aws")
			.path("aws.receivedMar1.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "UNKNOWN", "UNKNOWN", "TRUE")
			.path("openai.receivedMar1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced",
					"microsoft-invests-billions-in-openai")
			.path("openai.receivedMar1.edges[*].inForce").entityList(String.class)
			.containsExactly("UNKNOWN", "TRUE", "TRUE")
			.path("openai.grantedApr28.edges[*].node.slug").entityList(String.class)
			.containsExactly(FRONTIER, STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("openai.grantedApr28.edges[*].inForce").entityList(String.class)
			.containsExactly("UNKNOWN", "TRUE", "UNKNOWN", "UNKNOWN")
			.path("openai.grantedMay1.totalCount").entity(Integer.class).isEqualTo(2)
			.path("openai.grantedMay1.edges[*].node.slug").entityList(String.class).containsExactly(FRONTIER, STATELESS)
			.path("openai.grantedMay1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN", "TRUE");
	}

	@Test
	void dealConnections_asOf_travelInTime() {
		// language=GraphQL
		String document = """
				{ amazon: deal(slug: "amazon-openai-partnership") {
				    commitmentsMar1: commitments(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				    commitmentsFeb1: commitments(asOf: "2026-02-01") { totalCount edges { inForce node { slug } } }
				    termsMar1: exclusivityTerms(asOf: "2026-03-01") { totalCount edges { inForce node { slug } } }
				    termsFeb1: exclusivityTerms(asOf: "2026-02-01") { totalCount }
				  }
				  microsoft: deal(slug: "microsoft-openai-partnership") {
				    commitments2025: commitments(asOf: "2025-06-01") { totalCount edges { inForce node { slug } } }
				    termsApr28: exclusivityTerms(asOf: "2026-04-28") { totalCount edges { inForce node { slug } } }
				    termsMay1: exclusivityTerms(asOf: "2026-05-01") { totalCount edges { inForce node { slug } } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("amazon.commitmentsMar1.totalCount").entity(Integer.class).isEqualTo(5)
			.path("amazon.commitmentsMar1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training", "amazon-invests-50b-in-openai-announced",
					"openai-consumes-2gw-trainium-on-aws")
			.path("amazon.commitmentsMar1.edges[*].inForce").entityList(String.class)
			.containsExactly("UNKNOWN", "UNKNOWN", "UNKNOWN", "TRUE", "TRUE")
			.path("amazon.commitmentsFeb1.edges[*].node.slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training")
			.path("amazon.commitmentsFeb1.edges[*].inForce").entityList(String.class)
			.containsExactly("UNKNOWN", "UNKNOWN", "UNKNOWN")
			.path("amazon.termsMar1.edges[*].node.slug").entityList(String.class).containsExactly(FRONTIER)
			.path("amazon.termsMar1.edges[*].inForce").entityList(String.class).containsExactly("UNKNOWN")
			.path("amazon.termsFeb1.totalCount").entity(Integer.class).isEqualTo(0)
			.path("microsoft.commitments2025.edges[*].node.slug").entityList(String.class)
			.containsExactly("openai-continues-increasing-azure-use-2025-01", "microsoft-invests-billions-in-openai")
			.path("microsoft.commitments2025.edges[*].inForce").entityList(String.class).containsExactly("TRUE", "TRUE")
			.path("microsoft.termsApr28.edges[*].node.slug").entityList(String.class)
			.containsExactly(STATELESS, IP_LICENSE, SOLE_CLOUD)
			.path("microsoft.termsApr28.edges[*].inForce").entityList(String.class)
			.containsExactly("TRUE", "UNKNOWN", "UNKNOWN")
			.path("microsoft.termsMay1.edges[*].node.slug").entityList(String.class).containsExactly(STATELESS)
			.path("microsoft.termsMay1.edges[*].inForce").entityList(String.class).containsExactly("TRUE");
	}

	@Test
	void rootConnections_withoutAsOf_returnEverythingWithNullEdgeInForce() {
		// language=GraphQL
		String document = """
				{ deals(first: 100) { totalCount edges { inForce } }
				  commitments(first: 100) { totalCount edges { inForce } }
				  exclusivityTerms(first: 100) { totalCount edges { inForce } }
				  deal(slug: "amazon-openai-partnership") { commitments { edges { inForce } } exclusivityTerms { edges { inForce } } }
				  organization(slug: "openai") {
				    deals { edges { inForce } } commitmentsMade { edges { inForce } } commitmentsReceived { edges { inForce } }
				    exclusivityGranted { edges { inForce } }
				  } }""";
		GraphQlTester.Traversable response = this.graphQl.document(document)
			.execute()
			.path("deals.totalCount").entity(Integer.class).isEqualTo(8)
			.path("commitments.totalCount").entity(Integer.class).isEqualTo(10)
			.path("exclusivityTerms.totalCount").entity(Integer.class).isEqualTo(4);
		for (String connection : List.of("deals", "commitments", "exclusivityTerms", "deal.commitments",
				"deal.exclusivityTerms", "organization.deals", "organization.commitmentsMade",
				"organization.commitmentsReceived", "organization.exclusivityGranted")) {
			List<String> inForce = response.path(connection + ".edges[*].inForce").entityList(String.class).get();
			assertThat(inForce).as(connection).isNotEmpty().containsOnlyNulls();
		}
	}

}
