package io.dealgraph.exclusivity;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

class ExclusivityTermApiTests extends ApiTest {

	@Test
	void exclusivityTerm_bySlug_returnsScopeStatusAndOpenEndedStart() {
		// language=GraphQL
		String document = """
				{ exclusivityTerm(slug: "aws-exclusive-third-party-distribution-for-frontier") {
				    slug scope status
				    validFrom { earliest latest precision display }
				    validTo { display }
				    grantor { slug } holder { slug name } deal { slug }
				    citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("exclusivityTerm.scope").entity(String.class)
			.isEqualTo("exclusive third-party cloud distribution provider for Frontier, OpenAI’s platform for "
					+ "building and managing teams of artificial intelligence agents")
			.path("exclusivityTerm.status").entity(String.class).isEqualTo("ANNOUNCED")
			.path("exclusivityTerm.validFrom.earliest").entity(String.class).isEqualTo("2026-02-27")
			.path("exclusivityTerm.validFrom.latest").valueIsNull()
			.path("exclusivityTerm.validFrom.precision").entity(String.class).isEqualTo("RANGE")
			.path("exclusivityTerm.validFrom.display").entity(String.class).isEqualTo("from 27 February 2026")
			.path("exclusivityTerm.validTo").valueIsNull()
			.path("exclusivityTerm.grantor.slug").entity(String.class).isEqualTo("openai")
			.path("exclusivityTerm.holder.slug").entity(String.class).isEqualTo("aws")
			.path("exclusivityTerm.holder.name").entity(String.class).isEqualTo("Amazon Web Services")
			.path("exclusivityTerm.deal.slug").entity(String.class).isEqualTo("amazon-openai-partnership")
			.path("exclusivityTerm.citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("exclusivityTerm.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("OpenAI said AWS would become the exclusive third-party cloud distribution provider for "
					+ "Frontier, its platform for building and managing teams of artificial intelligence agents")
			.path("exclusivityTerm.citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("openai.com")
			.path("exclusivityTerm.citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("cloud-politics-heat-up");
	}

	@Test
	void exclusivityTerm_endedByARestructuring_pointsToTheEventThatEndedIt() {
		// language=GraphQL
		String document = """
				{ exclusivityTerm(slug: "microsoft-exclusive-openai-ip-license") {
				    scope status validFrom { display } validTo { earliest latest precision text display }
				    grantor { slug } holder { slug }
				    supersededBy { slug }
				    supersededByEvent { slug kind title deal { slug } }
				    supersedes { slug }
				    deal { slug }
				    citations { nodes { excerpt source { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("exclusivityTerm.scope").entity(String.class)
			.isEqualTo("exclusive license to OpenAI’s intellectual property")
			.path("exclusivityTerm.status").entity(String.class).isEqualTo("ENDED")
			.path("exclusivityTerm.validFrom").valueIsNull()
			.path("exclusivityTerm.validTo.earliest").entity(String.class).isEqualTo("2026-04-26")
			.path("exclusivityTerm.validTo.latest").entity(String.class).isEqualTo("2026-04-30")
			.path("exclusivityTerm.validTo.precision").entity(String.class).isEqualTo("WEEK")
			.path("exclusivityTerm.validTo.text").entity(String.class)
			.isEqualTo("Just this week (article dated Apr 30, 2026)")
			.path("exclusivityTerm.grantor.slug").entity(String.class).isEqualTo("openai")
			.path("exclusivityTerm.holder.slug").entity(String.class).isEqualTo("microsoft")
			.path("exclusivityTerm.supersededBy").valueIsNull()
			.path("exclusivityTerm.supersededByEvent.slug").entity(String.class)
			.isEqualTo("microsoft-openai-restructuring-2026-04-announced")
			.path("exclusivityTerm.supersededByEvent.kind").entity(String.class).isEqualTo("RESTRUCTURING")
			.path("exclusivityTerm.supersededByEvent.title").entity(String.class)
			.isEqualTo("Microsoft and OpenAI announce restructured agreement")
			.path("exclusivityTerm.supersededByEvent.deal.slug").entity(String.class)
			.isEqualTo("microsoft-openai-restructuring-2026-04")
			.path("exclusivityTerm.supersedes").entityList(Object.class).hasSize(0)
			.path("exclusivityTerm.deal.slug").entity(String.class).isEqualTo("microsoft-openai-partnership")
			.path("exclusivityTerm.citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("This latest change ends Microsoft’s exclusive license to OpenAI’s intellectual property")
			.path("exclusivityTerm.citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("openai-shifts-aggressively-toward-amazon-2026-04-30");
	}

	@Test
	void exclusivityTerm_stillInForce_hasNoEndAndNothingSupersedingIt() {
		// language=GraphQL
		String document = """
				{ exclusivityTerm(slug: "azure-exclusive-cloud-for-stateless-openai-apis") {
				    status validFrom { earliest latest display } validTo { display }
				    supersededBy { slug } supersededByEvent { slug } supersedes { slug }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("exclusivityTerm.status").entity(String.class).isEqualTo("IN_FORCE")
			.path("exclusivityTerm.validFrom.earliest").valueIsNull()
			.path("exclusivityTerm.validFrom.latest").entity(String.class).isEqualTo("2026-02-27")
			.path("exclusivityTerm.validFrom.display").entity(String.class).isEqualTo("by 27 February 2026")
			.path("exclusivityTerm.validTo").valueIsNull()
			.path("exclusivityTerm.supersededBy").valueIsNull()
			.path("exclusivityTerm.supersededByEvent").valueIsNull()
			.path("exclusivityTerm.supersedes").entityList(Object.class).hasSize(0);
	}

	@Test
	void exclusivityTerm_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ exclusivityTerm(slug: "azure-exclusive-for-everything") { slug } }""";
		this.graphQl.document(document).execute().path("exclusivityTerm").valueIsNull();
	}

	@Test
	void exclusivityTerms_byDefault_areSortedByStartWithTermsWithoutStartLast() {
		// language=GraphQL
		String document = """
				{ exclusivityTerms { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("exclusivityTerms.totalCount").entity(Integer.class).isEqualTo(4)
			.path("exclusivityTerms.nodes[*].slug").entityList(String.class)
			.containsExactly("aws-exclusive-third-party-distribution-for-frontier",
					"azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
					"microsoft-sole-cloud-for-third-party-api-products");
	}

	@Test
	void exclusivityTerms_orderedByScope_followTheScopesInBothDirections() {
		// language=GraphQL
		String document = """
				{ asc: exclusivityTerms(orderBy: {field: SCOPE, direction: ASC}) { nodes { slug } }
				  desc: exclusivityTerms(orderBy: {field: SCOPE, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
					"aws-exclusive-third-party-distribution-for-frontier",
					"microsoft-sole-cloud-for-third-party-api-products")
			.path("desc.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-sole-cloud-for-third-party-api-products",
					"aws-exclusive-third-party-distribution-for-frontier", "microsoft-exclusive-openai-ip-license",
					"azure-exclusive-cloud-for-stateless-openai-apis");
	}

	@Test
	void exclusivityTerms_filteredByHolderGrantorStatusAndDeal_returnOnlyMatchingTerms() {
		// language=GraphQL
		String document = """
				{ heldByMicrosoft: exclusivityTerms(filter: {holder: "microsoft"}) { totalCount nodes { slug } }
				  grantedByOpenai: exclusivityTerms(filter: {grantor: "openai"}) { totalCount }
				  grantedByAmazon: exclusivityTerms(filter: {grantor: "amazon"}) { totalCount }
				  ended: exclusivityTerms(filter: {status: ENDED}) { nodes { slug status } }
				  ofPartnership: exclusivityTerms(filter: {deal: "amazon-openai-partnership"}) { nodes { slug } }
				  inForceForMicrosoft: exclusivityTerms(filter: {holder: "microsoft", status: IN_FORCE, deal: "microsoft-openai-partnership"}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("heldByMicrosoft.totalCount").entity(Integer.class).isEqualTo(3)
			.path("heldByMicrosoft.nodes[*].slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
					"microsoft-sole-cloud-for-third-party-api-products")
			.path("grantedByOpenai.totalCount").entity(Integer.class).isEqualTo(4)
			.path("grantedByAmazon.totalCount").entity(Integer.class).isEqualTo(0)
			.path("ended.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-exclusive-openai-ip-license", "microsoft-sole-cloud-for-third-party-api-products")
			.path("ended.nodes[*].status").entityList(String.class).containsExactly("ENDED", "ENDED")
			.path("ofPartnership.nodes[*].slug").entityList(String.class)
			.containsExactly("aws-exclusive-third-party-distribution-for-frontier")
			.path("inForceForMicrosoft.nodes[*].slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis");
	}

	@Test
	void deal_exclusivityTerms_areTheTermsOfThatDeal() {
		// language=GraphQL
		String document = """
				{ microsoft: deal(slug: "microsoft-openai-partnership") { exclusivityTerms { totalCount nodes { slug deal { slug } } } }
				  stargate: deal(slug: "stargate") { exclusivityTerms { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("microsoft.exclusivityTerms.totalCount").entity(Integer.class).isEqualTo(3)
			.path("microsoft.exclusivityTerms.nodes[*].slug").entityList(String.class)
			.containsExactly("azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
					"microsoft-sole-cloud-for-third-party-api-products")
			.path("microsoft.exclusivityTerms.nodes[*].deal.slug").entityList(String.class)
			.containsExactly("microsoft-openai-partnership", "microsoft-openai-partnership",
					"microsoft-openai-partnership")
			.path("stargate.exclusivityTerms.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_exclusivityHeldAndGranted_followHolderAndGrantor() {
		// language=GraphQL
		String document = """
				{ aws: organization(slug: "aws") {
				    exclusivityHeld { totalCount nodes { slug holder { slug } } }
				    exclusivityGranted { totalCount }
				  }
				  openai: organization(slug: "openai") {
				    exclusivityHeld { totalCount }
				    exclusivityGranted { totalCount nodes { slug grantor { slug } } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("aws.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(1)
			.path("aws.exclusivityHeld.nodes[0].slug").entity(String.class)
			.isEqualTo("aws-exclusive-third-party-distribution-for-frontier")
			.path("aws.exclusivityHeld.nodes[0].holder.slug").entity(String.class).isEqualTo("aws")
			.path("aws.exclusivityGranted.totalCount").entity(Integer.class).isEqualTo(0)
			.path("openai.exclusivityHeld.totalCount").entity(Integer.class).isEqualTo(0)
			.path("openai.exclusivityGranted.totalCount").entity(Integer.class).isEqualTo(4)
			.path("openai.exclusivityGranted.nodes[*].slug").entityList(String.class)
			.containsExactly("aws-exclusive-third-party-distribution-for-frontier",
					"azure-exclusive-cloud-for-stateless-openai-apis", "microsoft-exclusive-openai-ip-license",
					"microsoft-sole-cloud-for-third-party-api-products")
			.path("openai.exclusivityGranted.nodes[*].grantor.slug").entityList(String.class)
			.containsExactly("openai", "openai", "openai", "openai");
	}

}
