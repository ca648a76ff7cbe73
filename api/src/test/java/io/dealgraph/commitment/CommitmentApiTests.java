package io.dealgraph.commitment;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentApiTests extends ApiTest {

	private static final List<String> BY_DATE = List.of("openai-continues-increasing-azure-use-2025-01",
			"stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately",
			"openai-commits-significant-resources-to-aws-2025", "amazon-pledges-up-to-50b-investment",
			"openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training",
			"amazon-invests-50b-in-openai-announced", "openai-consumes-2gw-trainium-on-aws",
			"microsoft-invests-billions-in-openai");

	@Test
	void commitment_ofTwoGigawatts_hasAQuantityWhoseAmountIsAString() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "openai-consumes-2gw-trainium-on-aws") {
				    slug kind amountText resource horizon modality description claimGroup date { display }
				    quantity { amount unit qualifier text }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("commitment.quantity.amount").entity(Object.class).isEqualTo("2")
			.path("commitment.quantity.unit").entity(String.class).isEqualTo("GW")
			.path("commitment.quantity.qualifier").entity(String.class).isEqualTo("EXACT")
			.path("commitment.quantity.text").entity(String.class).isEqualTo("2 GW")
			.path("commitment.kind").entity(String.class).isEqualTo("COMPUTE_CAPACITY")
			.path("commitment.amountText").entity(String.class).isEqualTo("2 gigawatts")
			.path("commitment.resource").entity(String.class).isEqualTo("Trainium capacity on AWS")
			.path("commitment.horizon").valueIsNull()
			.path("commitment.modality").entity(String.class).isEqualTo("PLANNED")
			.path("commitment.description").entity(String.class)
			.isEqualTo("OpenAI said it plans to consume 2 gigawatts of Trainium capacity on AWS.")
			.path("commitment.claimGroup").valueIsNull()
			.path("commitment.date").valueIsNull();
	}

	@Test
	void commitment_relations_leadToCommitterRecipientDealAndCitations() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "openai-consumes-2gw-trainium-on-aws") {
				    committer { slug name }
				    recipient { slug name parent { slug } }
				    deal { slug title }
				    citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("commitment.committer.slug").entity(String.class).isEqualTo("openai")
			.path("commitment.committer.name").entity(String.class).isEqualTo("OpenAI")
			.path("commitment.recipient.slug").entity(String.class).isEqualTo("aws")
			.path("commitment.recipient.parent.slug").entity(String.class).isEqualTo("amazon")
			.path("commitment.deal.slug").entity(String.class).isEqualTo("amazon-openai-partnership")
			.path("commitment.deal.title").entity(String.class).isEqualTo("Amazon–OpenAI strategic partnership")
			.path("commitment.citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("commitment.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("OpenAI said it plans to consume 2 gigawatts of Trainium capacity on AWS")
			.path("commitment.citations.nodes[0].creditedOutlet").entity(String.class)
			.isEqualTo("openai.com, aboutamazon.com")
			.path("commitment.citations.nodes[0].source.slug").entity(String.class).isEqualTo("cloud-politics-heat-up");
	}

	@Test
	void commitment_withoutANumber_hasNoQuantityButKeepsTheSourcesWords() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "microsoft-invests-billions-in-openai") {
				    kind quantity { amount } amountText modality date { display }
				    committer { slug } recipient { slug }
				    citations { totalCount nodes { source { slug } creditedOutlet } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("commitment.kind").entity(String.class).isEqualTo("INVESTMENT")
			.path("commitment.quantity").valueIsNull()
			.path("commitment.amountText").entity(String.class).isEqualTo("billions")
			.path("commitment.modality").entity(String.class).isEqualTo("REPORTED")
			.path("commitment.date").valueIsNull()
			.path("commitment.committer.slug").entity(String.class).isEqualTo("microsoft")
			.path("commitment.recipient.slug").entity(String.class).isEqualTo("openai")
			.path("commitment.citations.totalCount").entity(Integer.class).isEqualTo(2)
			.path("commitment.citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("openai-signals-strategic-shift-from-microsoft-to-amazon",
					"openai-shifts-aggressively-toward-amazon-2026-04-30");
	}

	@Test
	void commitment_ofAVentureWithoutRecipient_hasNullRecipientAndItsHorizon() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "stargate-invests-500b-over-four-years") {
				    committer { slug kind } recipient { slug } kind horizon resource
				    quantity { amount unit qualifier text }
				    date { earliest latest precision display }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("commitment.committer.slug").entity(String.class).isEqualTo("stargate")
			.path("commitment.committer.kind").entity(String.class).isEqualTo("JOINT_VENTURE")
			.path("commitment.recipient").valueIsNull()
			.path("commitment.kind").entity(String.class).isEqualTo("INFRASTRUCTURE")
			.path("commitment.horizon").entity(String.class).isEqualTo("over four years")
			.path("commitment.resource").entity(String.class)
			.isEqualTo("United States artificial intelligence infrastructure")
			.path("commitment.quantity.amount").entity(Object.class).isEqualTo("500000000000")
			.path("commitment.quantity.text").entity(String.class).isEqualTo("$500 billion")
			.path("commitment.date.display").entity(String.class).isEqualTo("21 January 2025")
			.path("commitment.date.precision").entity(String.class).isEqualTo("DAY");
	}

	@Test
	void commitment_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "amazon-invests-100b-in-openai") { slug } }""";
		this.graphQl.document(document).execute().path("commitment").valueIsNull();
	}

	@Test
	void commitments_competingFiftyBillionClaims_shareAClaimGroupWithDifferentQualifiersAndSources() {
		// language=GraphQL
		String document = """
				{ commitments(filter: {committer: "amazon", recipient: "openai"}) {
				    totalCount
				    nodes {
				      slug claimGroup modality amountText
				      quantity { amount unit qualifier text }
				      citations { nodes { excerpt creditedOutlet source { slug } } }
				    }
				} }""";
		// sorted by date: the UP_TO claim may date from 2026-01-01, the EXACT one is of 2026-02-27
		this.graphQl.document(document)
			.execute()
			.path("commitments.totalCount").entity(Integer.class).isEqualTo(2)
			.path("commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced")
			.path("commitments.nodes[*].claimGroup").entityList(String.class)
			.containsExactly("amazon-openai-investment", "amazon-openai-investment")
			.path("commitments.nodes[*].quantity.amount").entityList(String.class)
			.containsExactly("50000000000", "50000000000")
			.path("commitments.nodes[*].quantity.unit").entityList(String.class).containsExactly("USD", "USD")
			.path("commitments.nodes[*].quantity.qualifier").entityList(String.class).containsExactly("UP_TO", "EXACT")
			.path("commitments.nodes[*].quantity.text").entityList(String.class)
			.containsExactly("up to $50 billion", "$50 billion")
			.path("commitments.nodes[*].amountText").entityList(String.class)
			.containsExactly("up to $50 billion", "$50 billion")
			.path("commitments.nodes[*].modality").entityList(String.class).containsExactly("PLEDGED", "ANNOUNCED")
			.path("commitments.nodes[0].citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("openai-shifts-aggressively-toward-amazon-2026-04-30")
			.path("commitments.nodes[0].citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("Amazon pledged up to $50 billion in investment")
			.path("commitments.nodes[1].citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("cloud-politics-heat-up")
			.path("commitments.nodes[1].citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("said Amazon would invest $50 billion in OpenAI")
			.path("commitments.nodes[1].citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("openai.com");
	}

	@Test
	void commitments_byDefault_areSortedByEarliestDateWithUndatedOnesLast() {
		// language=GraphQL
		String document = """
				{ commitments { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("commitments.totalCount").entity(Integer.class).isEqualTo(10)
			.path("commitments.nodes[*].slug").entityList(String.class).containsExactly(BY_DATE.toArray(String[]::new));
	}

	@Test
	void commitments_orderedByDateDescending_putLatestFirstAndUndatedOnesLast() {
		// language=GraphQL
		String document = """
				{ asc: commitments(orderBy: {field: DATE, direction: ASC}) { nodes { slug } }
				  desc: commitments(orderBy: {field: DATE, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].slug").entityList(String.class).containsExactly(BY_DATE.toArray(String[]::new))
			.path("desc.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-invests-50b-in-openai-announced", "openai-uses-trainium-for-training",
					"openai-ramps-up-aws-infrastructure-spending", "amazon-pledges-up-to-50b-investment",
					"openai-commits-significant-resources-to-aws-2025", "stargate-deploys-100b-immediately",
					"stargate-invests-500b-over-four-years", "openai-continues-increasing-azure-use-2025-01",
					"microsoft-invests-billions-in-openai", "openai-consumes-2gw-trainium-on-aws");
	}

	@Test
	void commitments_orderedByAmountAscending_groupByUnitAndPutCommitmentsWithoutAmountLast() {
		// language=GraphQL
		String document = """
				{ commitments(orderBy: {field: AMOUNT, direction: ASC}) { nodes { slug quantity { amount unit } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-consumes-2gw-trainium-on-aws", "amazon-invests-50b-in-openai-announced",
					"amazon-pledges-up-to-50b-investment", "stargate-deploys-100b-immediately",
					"stargate-invests-500b-over-four-years",
					// without an amount, in load order
					"openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training",
					"microsoft-invests-billions-in-openai", "openai-continues-increasing-azure-use-2025-01",
					"openai-commits-significant-resources-to-aws-2025")
			.path("commitments.nodes[*].quantity")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.satisfies(quantities -> assertThat(quantities.subList(5, 10)).containsOnlyNulls());
	}

	@Test
	void commitments_orderedByAmountDescending_putTheLargestFirstAndCommitmentsWithoutAmountLast() {
		// language=GraphQL
		String document = """
				{ commitments(orderBy: {field: AMOUNT, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately",
					"amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced",
					"openai-consumes-2gw-trainium-on-aws", "openai-commits-significant-resources-to-aws-2025",
					"openai-continues-increasing-azure-use-2025-01", "microsoft-invests-billions-in-openai",
					"openai-uses-trainium-for-training", "openai-ramps-up-aws-infrastructure-spending");
	}

	@Test
	void commitments_filteredByCommitterRecipientAndDeal_returnOnlyMatchingCommitments() {
		// language=GraphQL
		String document = """
				{ byOpenai: commitments(filter: {committer: "openai"}) { totalCount nodes { slug } }
				  toAws: commitments(filter: {recipient: "aws"}) { totalCount nodes { slug } }
				  ofStargate: commitments(filter: {deal: "stargate"}) { totalCount nodes { slug deal { slug } } }
				  unknown: commitments(filter: {committer: "no-such-organization"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("byOpenai.totalCount").entity(Integer.class).isEqualTo(5)
			.path("byOpenai.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-continues-increasing-azure-use-2025-01",
					"openai-commits-significant-resources-to-aws-2025", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training", "openai-consumes-2gw-trainium-on-aws")
			.path("toAws.totalCount").entity(Integer.class).isEqualTo(4)
			.path("toAws.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-commits-significant-resources-to-aws-2025",
					"openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training",
					"openai-consumes-2gw-trainium-on-aws")
			.path("ofStargate.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately")
			.path("ofStargate.nodes[*].deal.slug").entityList(String.class).containsExactly("stargate", "stargate")
			.path("unknown.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void commitments_filteredByKindUnitAndModality_returnOnlyMatchingCommitments() {
		// language=GraphQL
		String document = """
				{ investments: commitments(filter: {kind: INVESTMENT}) { nodes { slug kind } }
				  gigawatts: commitments(filter: {unit: GW}) { totalCount nodes { slug quantity { unit } } }
				  dollars: commitments(filter: {unit: USD}) { totalCount }
				  agreed: commitments(filter: {modality: AGREED}) { nodes { slug modality } }
				  plannedInfrastructure: commitments(filter: {kind: INFRASTRUCTURE, modality: PLANNED, unit: USD}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("investments.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced",
					"microsoft-invests-billions-in-openai")
			.path("gigawatts.totalCount").entity(Integer.class).isEqualTo(1)
			.path("gigawatts.nodes[0].slug").entity(String.class).isEqualTo("openai-consumes-2gw-trainium-on-aws")
			.path("gigawatts.nodes[0].quantity.unit").entity(String.class).isEqualTo("GW")
			.path("dollars.totalCount").entity(Integer.class).isEqualTo(4)
			.path("agreed.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training")
			.path("agreed.nodes[*].modality").entityList(String.class).containsExactly("AGREED", "AGREED")
			.path("plannedInfrastructure.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void deal_commitments_areTheCommitmentsOfThatDealByDate() {
		// language=GraphQL
		String document = """
				{ stargate: deal(slug: "stargate") { commitments { totalCount nodes { slug } } }
				  partnership: deal(slug: "amazon-openai-partnership") { commitments { totalCount nodes { slug } } }
				  runtime: deal(slug: "amazon-openai-stateful-runtime") { commitments { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("stargate.commitments.totalCount").entity(Integer.class).isEqualTo(2)
			.path("stargate.commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately")
			.path("partnership.commitments.totalCount").entity(Integer.class).isEqualTo(5)
			.path("partnership.commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "openai-ramps-up-aws-infrastructure-spending",
					"openai-uses-trainium-for-training", "amazon-invests-50b-in-openai-announced",
					"openai-consumes-2gw-trainium-on-aws")
			.path("runtime.commitments.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_commitmentsMadeAndReceived_followCommitterAndRecipient() {
		// language=GraphQL
		String document = """
				{ amazon: organization(slug: "amazon") {
				    commitmentsMade { totalCount nodes { slug committer { slug } } }
				    commitmentsReceived { totalCount }
				  }
				  openai: organization(slug: "openai") { commitmentsReceived { totalCount nodes { slug recipient { slug } } } }
				  aws: organization(slug: "aws") { commitmentsMade { totalCount } commitmentsReceived { totalCount nodes { slug } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("amazon.commitmentsMade.totalCount").entity(Integer.class).isEqualTo(2)
			.path("amazon.commitmentsMade.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced")
			.path("amazon.commitmentsMade.nodes[*].committer.slug").entityList(String.class)
			.containsExactly("amazon", "amazon")
			.path("amazon.commitmentsReceived.totalCount").entity(Integer.class).isEqualTo(0)
			.path("openai.commitmentsReceived.totalCount").entity(Integer.class).isEqualTo(3)
			.path("openai.commitmentsReceived.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-pledges-up-to-50b-investment", "amazon-invests-50b-in-openai-announced",
					"microsoft-invests-billions-in-openai")
			.path("openai.commitmentsReceived.nodes[*].recipient.slug").entityList(String.class)
			.containsExactly("openai", "openai", "openai")
			.path("aws.commitmentsMade.totalCount").entity(Integer.class).isEqualTo(0)
			.path("aws.commitmentsReceived.totalCount").entity(Integer.class).isEqualTo(4)
			.path("aws.commitmentsReceived.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-commits-significant-resources-to-aws-2025",
					"openai-ramps-up-aws-infrastructure-spending", "openai-uses-trainium-for-training",
					"openai-consumes-2gw-trainium-on-aws");
	}

}
