package io.dealgraph.deal;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DealApiTests extends ApiTest {

	@Test
	void deal_bySlug_returnsItsPartiesWithCitations() {
		// language=GraphQL
		String document = """
				{ deal(slug: "amazon-openai-partnership") {
				    title kind status announced { display precision }
				    parties(role: INVESTOR) { totalCount nodes { organization { slug } citations { nodes { excerpt creditedOutlet } } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.kind").entity(String.class).isEqualTo("PARTNERSHIP")
			.path("deal.announced.display").entity(String.class).isEqualTo("27 February 2026")
			.path("deal.announced.precision").entity(String.class).isEqualTo("DAY")
			.path("deal.parties.totalCount").entity(Integer.class).isEqualTo(1)
			.path("deal.parties.nodes[0].organization.slug").entity(String.class).isEqualTo("amazon")
			.path("deal.parties.nodes[0].citations.nodes[*].creditedOutlet").entityList(String.class)
			.satisfies(outlets -> assertThat(outlets).contains("openai.com"));
	}

	@Test
	void deal_bySlug_returnsItsCuratedFieldsAndFuzzyDates() {
		// language=GraphQL
		String document = """
				{ deal(slug: "microsoft-openai-partnership") {
				    slug title kind status summary
				    announced { display }
				    effective { earliest latest precision text display }
				    ended { display }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.slug").entity(String.class).isEqualTo("microsoft-openai-partnership")
			.path("deal.title").entity(String.class).isEqualTo("Microsoft–OpenAI partnership")
			.path("deal.kind").entity(String.class).isEqualTo("PARTNERSHIP")
			.path("deal.status").entity(String.class).isEqualTo("ACTIVE")
			.path("deal.summary").entity(String.class)
			.isEqualTo("Partnership in which Microsoft invested billions in OpenAI and provides cloud compute on Azure. "
					+ "It started in 2016 with experiments running on Azure.")
			.path("deal.announced").valueIsNull()
			.path("deal.effective.earliest").entity(String.class).isEqualTo("2016-01-01")
			.path("deal.effective.latest").entity(String.class).isEqualTo("2016-12-31")
			.path("deal.effective.precision").entity(String.class).isEqualTo("YEAR")
			.path("deal.effective.text").entity(String.class)
			.isEqualTo("It started modestly back in 2016 with experiments running on Azure")
			.path("deal.effective.display").entity(String.class).isEqualTo("2016")
			.path("deal.ended").valueIsNull();
	}

	@Test
	void deal_announcedWithinAWeekOrAHalfYear_isNoMorePreciseThanItsSource() {
		// language=GraphQL
		String document = """
				{ week: deal(slug: "microsoft-openai-restructuring-2026-04") { status announced { earliest latest precision text display } }
				  half: deal(slug: "openai-aws-compute-2025") { kind announced { earliest latest precision display } } }""";
		this.graphQl.document(document)
			.execute()
			.path("week.status").entity(String.class).isEqualTo("ANNOUNCED")
			.path("week.announced.earliest").entity(String.class).isEqualTo("2026-04-26")
			.path("week.announced.latest").entity(String.class).isEqualTo("2026-04-30")
			.path("week.announced.precision").entity(String.class).isEqualTo("WEEK")
			.path("week.announced.text").entity(String.class).isEqualTo("Just this week (article dated Apr 30, 2026)")
			.path("week.announced.display").entity(String.class).isEqualTo("week of 26 April 2026")
			.path("half.kind").entity(String.class).isEqualTo("CLOUD_SERVICES")
			.path("half.announced.earliest").entity(String.class).isEqualTo("2025-07-01")
			.path("half.announced.latest").entity(String.class).isEqualTo("2025-12-31")
			.path("half.announced.precision").entity(String.class).isEqualTo("HALF_YEAR");
	}

	@Test
	void deal_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ deal(slug: "microsoft-openai-divorce") { slug } }""";
		this.graphQl.document(document).execute().path("deal").valueIsNull();
	}

	@Test
	void deals_byDefault_areSortedByAnnouncementWithUndatedDealsLast() {
		// language=GraphQL
		String document = """
				{ deals { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("deals.totalCount").entity(Integer.class).isEqualTo(8)
			.path("deals.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate", "openai-aws-compute-2025", "amazon-openai-partnership",
					"microsoft-openai-restructuring-2026-04", "openai-models-on-aws",
					// undated, in load order (seed file names)
					"amazon-openai-custom-models", "amazon-openai-stateful-runtime", "microsoft-openai-partnership");
	}

	@Test
	void deals_orderedByAnnouncedDescending_putLatestFirstAndUndatedDealsLast() {
		// language=GraphQL
		String document = """
				{ deals(orderBy: {field: ANNOUNCED, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("deals.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-models-on-aws", "microsoft-openai-restructuring-2026-04",
					"amazon-openai-partnership", "openai-aws-compute-2025", "stargate", "microsoft-openai-partnership",
					"amazon-openai-stateful-runtime", "amazon-openai-custom-models");
	}

	@Test
	void deals_orderedByTitle_followTheTitlesInBothDirections() {
		// language=GraphQL
		String document = """
				{ asc: deals(orderBy: {field: TITLE, direction: ASC}) { nodes { title } }
				  desc: deals(orderBy: {field: TITLE, direction: DESC}) { nodes { title } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].title").entityList(String.class)
			.containsExactly("Amazon–OpenAI customized models for Amazon",
					"Amazon–OpenAI Stateful Runtime Environment co-development", "Amazon–OpenAI strategic partnership",
					"Microsoft–OpenAI agreement restructuring (April 2026)", "Microsoft–OpenAI partnership",
					"OpenAI commitment of resources to AWS (late 2025)", "OpenAI models on AWS (including Bedrock)",
					"Stargate project")
			.path("desc.nodes[*].title").entityList(String.class)
			.containsExactly("Stargate project", "OpenAI models on AWS (including Bedrock)",
					"OpenAI commitment of resources to AWS (late 2025)", "Microsoft–OpenAI partnership",
					"Microsoft–OpenAI agreement restructuring (April 2026)", "Amazon–OpenAI strategic partnership",
					"Amazon–OpenAI Stateful Runtime Environment co-development",
					"Amazon–OpenAI customized models for Amazon");
	}

	@Test
	void deals_filteredByOrganizationAndRole_returnOnlyDealsWhereItHasThatRole() {
		// language=GraphQL
		String document = """
				{ any: deals(filter: {organization: "aws"}) { totalCount nodes { slug } }
				  distributor: deals(filter: {organization: "aws", role: DISTRIBUTOR}) { totalCount nodes { slug } }
				  investor: deals(filter: {organization: "aws", role: INVESTOR}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("any.totalCount").entity(Integer.class).isEqualTo(3)
			.path("any.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-aws-compute-2025", "amazon-openai-partnership", "openai-models-on-aws")
			.path("distributor.totalCount").entity(Integer.class).isEqualTo(2)
			.path("distributor.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "openai-models-on-aws")
			.path("investor.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void deals_filteredByRoleAlone_returnDealsWithAnyPartyInThatRole() {
		// language=GraphQL
		String document = """
				{ investors: deals(filter: {role: INVESTOR}) { nodes { slug } }
				  ventures: deals(filter: {role: VENTURE}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("investors.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "microsoft-openai-partnership")
			.path("ventures.nodes[*].slug").entityList(String.class).containsExactly("stargate");
	}

	@Test
	void deals_filteredByKindAndStatus_returnOnlyMatchingDeals() {
		// language=GraphQL
		String document = """
				{ jointDevelopment: deals(filter: {kind: JOINT_DEVELOPMENT}) { nodes { slug kind } }
				  announced: deals(filter: {status: ANNOUNCED}) { nodes { slug } }
				  planned: deals(filter: {kind: JOINT_DEVELOPMENT, status: PLANNED}) { nodes { slug status } }
				  licensing: deals(filter: {kind: LICENSING}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("jointDevelopment.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-custom-models", "amazon-openai-stateful-runtime")
			.path("announced.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-aws-compute-2025", "microsoft-openai-restructuring-2026-04", "openai-models-on-aws")
			.path("planned.nodes[*].slug").entityList(String.class).containsExactly("amazon-openai-stateful-runtime")
			.path("planned.nodes[0].status").entity(String.class).isEqualTo("PLANNED")
			.path("licensing.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void deals_filteredByAnnouncementSpan_keepDealsWhoseSpanOverlapsAndLeaveUndatedOnesOut() {
		// language=GraphQL
		String document = """
				{ fromApril: deals(filter: {announcedFrom: "2026-04-01"}) { nodes { slug } }
				  to2025: deals(filter: {announcedTo: "2025-12-31"}) { nodes { slug } }
				  between: deals(filter: {announcedFrom: "2025-12-01", announcedTo: "2026-03-01"}) { nodes { slug } }
				  lastDayOfWeek: deals(filter: {announcedFrom: "2026-04-30", announcedTo: "2026-04-30"}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("fromApril.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-restructuring-2026-04", "openai-models-on-aws")
			.path("to2025.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate", "openai-aws-compute-2025")
			.path("between.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-aws-compute-2025", "amazon-openai-partnership")
			.path("lastDayOfWeek.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-restructuring-2026-04", "openai-models-on-aws");
	}

	@Test
	void deal_parentAndSubDeals_linkAmendmentsToTheDealTheyBelongTo() {
		// language=GraphQL
		String document = """
				{ partnership: deal(slug: "amazon-openai-partnership") {
				    parent { slug }
				    subDeals { totalCount nodes { slug parent { slug } } }
				  }
				  restructuring: deal(slug: "microsoft-openai-restructuring-2026-04") {
				    parent { slug title subDeals { nodes { slug } } }
				    subDeals { totalCount }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("partnership.parent").valueIsNull()
			.path("partnership.subDeals.totalCount").entity(Integer.class).isEqualTo(3)
			.path("partnership.subDeals.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-models-on-aws", "amazon-openai-custom-models", "amazon-openai-stateful-runtime")
			.path("partnership.subDeals.nodes[*].parent.slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "amazon-openai-partnership", "amazon-openai-partnership")
			.path("restructuring.parent.slug").entity(String.class).isEqualTo("microsoft-openai-partnership")
			.path("restructuring.parent.title").entity(String.class).isEqualTo("Microsoft–OpenAI partnership")
			.path("restructuring.parent.subDeals.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-restructuring-2026-04")
			.path("restructuring.subDeals.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void deal_parties_areSortedByRoleAndLinkBackToTheirDealAndOrganization() {
		// language=GraphQL
		String document = """
				{ deal(slug: "amazon-openai-partnership") {
				    parties { totalCount nodes { role organization { slug } deal { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.parties.totalCount").entity(Integer.class).isEqualTo(5)
			.path("deal.parties.nodes[*].role").entityList(String.class)
			.containsExactly("CLOUD_PROVIDER", "CUSTOMER", "DISTRIBUTOR", "INVESTEE", "INVESTOR")
			.path("deal.parties.nodes[*].organization.slug").entityList(String.class)
			.containsExactly("aws", "openai", "aws", "openai", "amazon")
			.path("deal.parties.nodes[*].deal.slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "amazon-openai-partnership", "amazon-openai-partnership",
					"amazon-openai-partnership", "amazon-openai-partnership");
	}

	@Test
	void dealParty_citations_quoteTheEvidenceForThatRole() {
		// language=GraphQL
		String document = """
				{ deal(slug: "amazon-openai-partnership") {
				    parties(role: CLOUD_PROVIDER) {
				      nodes { organization { name } citations { totalCount nodes { excerpt creditedOutlet source { slug } } } }
				    }
				} }""";
		// cloud-politics-heat-up (5th in sources.yml) is cited after openai-shifts-aggressively... (4th)
		this.graphQl.document(document)
			.execute()
			.path("deal.parties.nodes[0].organization.name").entity(String.class).isEqualTo("Amazon Web Services")
			.path("deal.parties.nodes[0].citations.totalCount").entity(Integer.class).isEqualTo(2)
			.path("deal.parties.nodes[0].citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("OpenAI agreed to ramp up its spending on AWS infrastructure",
					"OpenAI said it plans to consume 2 gigawatts of Trainium capacity on AWS")
			.path("deal.parties.nodes[0].citations.nodes[1].creditedOutlet").entity(String.class)
			.isEqualTo("openai.com, aboutamazon.com")
			.path("deal.parties.nodes[0].citations.nodes[0].creditedOutlet").valueIsNull()
			.path("deal.parties.nodes[0].citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("openai-shifts-aggressively-toward-amazon-2026-04-30", "cloud-politics-heat-up");
	}

	@Test
	void deal_citations_areTheEvidenceForTheDeal() {
		// language=GraphQL
		String document = """
				{ deal(slug: "stargate") { citations { totalCount nodes { excerpt creditedOutlet source { slug } } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("deal.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("On January 21, 2025, it launched the Stargate project with SoftBank, Oracle, and MGX")
			.path("deal.citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("openai.com")
			.path("deal.citations.nodes[0].source.slug").entity(String.class).isEqualTo("cloud-politics-heat-up");
	}

	@Test
	void organization_deals_areTheDealsItIsAPartyToInAnyRoleOrInTheRoleGiven() {
		// language=GraphQL
		String document = """
				{ organization(slug: "amazon") {
				    all: deals { totalCount nodes { slug } }
				    coDeveloper: deals(role: CO_DEVELOPER) { totalCount nodes { slug } }
				    investor: deals(role: INVESTOR) { nodes { slug } }
				    investee: deals(role: INVESTEE) { totalCount }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("organization.all.totalCount").entity(Integer.class).isEqualTo(4)
			.path("organization.all.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "openai-models-on-aws", "amazon-openai-custom-models",
					"amazon-openai-stateful-runtime")
			.path("organization.coDeveloper.totalCount").entity(Integer.class).isEqualTo(2)
			.path("organization.coDeveloper.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-custom-models", "amazon-openai-stateful-runtime")
			.path("organization.investor.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership")
			.path("organization.investee.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_deals_listADealOnceEvenWhenTheOrganizationHasSeveralRolesInIt() {
		// language=GraphQL
		String document = """
				{ organization(slug: "microsoft") { deals { totalCount nodes { slug } } } }""";
		// microsoft is INVESTOR, CLOUD_PROVIDER and PARTNER of microsoft-openai-partnership
		this.graphQl.document(document)
			.execute()
			.path("organization.deals.totalCount").entity(Integer.class).isEqualTo(2)
			.path("organization.deals.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-restructuring-2026-04", "microsoft-openai-partnership");
	}

}
