package io.dealgraph.commitment;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Competing claims (seeds/deals/amazon-openai-partnership.yml: two wordings of the $50 billion
 * investment in claim group {@code amazon-openai-investment}) and corroboration: the distinct
 * outlets that support a fact, where each comma-separated credited outlet counts, and a citation
 * without an outlet counts as its article (publisher, else author, else “title”).
 */
class ClaimsApiTests extends ApiTest {

	private static final String ANNOUNCED = "amazon-invests-50b-in-openai-announced";

	private static final String PLEDGED = "amazon-pledges-up-to-50b-investment";

	private static final String ARTICLE_003 = "“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”";

	private static final String ARTICLE_000 = "“OpenAI Shifts Strategic Focus Toward Amazon Amid Microsoft Friction”";

	@Test
	void conflicts_listExactlyTheAmazonInvestmentGroupWithEachClaimAndItsOwnEvidence() {
		// language=GraphQL
		String document = """
				{ conflicts {
				    totalCount pageInfo { hasNextPage }
				    nodes {
				      key
				      preferred { slug }
				      claims {
				        slug preferred claimGroup modality
				        quantity { amount unit qualifier }
				        date { display }
				        citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				      }
				    }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("conflicts.totalCount").entity(Integer.class).isEqualTo(1)
			.path("conflicts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("conflicts.nodes[*].key").entityList(String.class).containsExactly("amazon-openai-investment")
			.path("conflicts.nodes[0].preferred.slug").entity(String.class).isEqualTo(ANNOUNCED)
			// the preferred claim first
			.path("conflicts.nodes[0].claims[*].slug").entityList(String.class).containsExactly(ANNOUNCED, PLEDGED)
			.path("conflicts.nodes[0].claims[*].preferred").entityList(Boolean.class).containsExactly(true, false)
			.path("conflicts.nodes[0].claims[*].claimGroup").entityList(String.class)
			.containsExactly("amazon-openai-investment", "amazon-openai-investment")
			.path("conflicts.nodes[0].claims[*].quantity.amount").entityList(String.class)
			.containsExactly("50000000000", "50000000000")
			.path("conflicts.nodes[0].claims[*].quantity.qualifier").entityList(String.class)
			.containsExactly("EXACT", "UP_TO")
			.path("conflicts.nodes[0].claims[*].modality").entityList(String.class)
			.containsExactly("ANNOUNCED", "PLEDGED")
			.path("conflicts.nodes[0].claims[*].date.display").entityList(String.class)
			.containsExactly("27 February 2026", "between 1 January 2026 and 30 April 2026")
			.path("conflicts.nodes[0].claims[0].citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("conflicts.nodes[0].claims[0].citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("said Amazon would invest $50 billion in OpenAI")
			.path("conflicts.nodes[0].claims[0].citations.nodes[0].creditedOutlet").entity(String.class)
			.isEqualTo("openai.com")
			.path("conflicts.nodes[0].claims[0].citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("cloud-politics-heat-up")
			.path("conflicts.nodes[0].claims[1].citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("conflicts.nodes[0].claims[1].citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("Amazon pledged up to $50 billion in investment")
			.path("conflicts.nodes[0].claims[1].citations.nodes[0].creditedOutlet").valueIsNull()
			.path("conflicts.nodes[0].claims[1].citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("openai-shifts-aggressively-toward-amazon-2026-04-30");
	}

	@Test
	void conflicts_disagreeOnQualifierAndModalityButNotOnAmountNorOnOverlappingDates() {
		// language=GraphQL
		String document = """
				{ conflicts { nodes { disagreements { attribute values { value preferred claims { slug } } } } } }""";
		String group = "conflicts.nodes[0].disagreements";
		this.graphQl.document(document)
			.execute()
			// same amount and unit; 2026-02-27 lies inside 2026-01-01..2026-04-30; same parties
			.path(group + "[*].attribute").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("QUALIFIER", "MODALITY"))
			.doesNotContain("AMOUNT", "UNIT", "DATE", "COMMITTER", "RECIPIENT")
			.path(group + "[?(@.attribute == 'QUALIFIER')].values[*].value").entityList(String.class)
			.containsExactly("EXACT", "UP_TO")
			.path(group + "[?(@.attribute == 'QUALIFIER')].values[*].preferred").entityList(Boolean.class)
			.containsExactly(true, false)
			.path(group + "[?(@.attribute == 'QUALIFIER')].values[*].claims[*].slug").entityList(String.class)
			.containsExactly(ANNOUNCED, PLEDGED)
			.path(group + "[?(@.attribute == 'MODALITY')].values[*].value").entityList(String.class)
			.containsExactly("ANNOUNCED", "PLEDGED")
			.path(group + "[?(@.attribute == 'MODALITY')].values[*].preferred").entityList(Boolean.class)
			.containsExactly(true, false)
			.path(group + "[?(@.attribute == 'MODALITY')].values[*].claims[*].slug").entityList(String.class)
			.containsExactly(ANNOUNCED, PLEDGED);
	}

	@Test
	void claims_ofEitherClaim_isTheSameGroupWithTheAnnouncementPreferred() {
		// language=GraphQL
		String document = """
				{ announced: commitment(slug: "amazon-invests-50b-in-openai-announced") {
				    preferred claims { key preferred { slug } claims { slug } disagreements { attribute } }
				  }
				  pledged: commitment(slug: "amazon-pledges-up-to-50b-investment") {
				    preferred claims { key preferred { slug } claims { slug } disagreements { attribute } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("announced.preferred").entity(Boolean.class).isEqualTo(true)
			.path("pledged.preferred").entity(Boolean.class).isEqualTo(false)
			.path("announced.claims.key").entity(String.class).isEqualTo("amazon-openai-investment")
			.path("pledged.claims.key").entity(String.class).isEqualTo("amazon-openai-investment")
			.path("announced.claims.preferred.slug").entity(String.class).isEqualTo(ANNOUNCED)
			.path("pledged.claims.preferred.slug").entity(String.class).isEqualTo(ANNOUNCED)
			.path("announced.claims.claims[*].slug").entityList(String.class).containsExactly(ANNOUNCED, PLEDGED)
			.path("pledged.claims.claims[*].slug").entityList(String.class).containsExactly(ANNOUNCED, PLEDGED)
			.path("announced.claims.disagreements[*].attribute").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("QUALIFIER", "MODALITY"))
			.path("pledged.claims.disagreements[*].attribute").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("QUALIFIER", "MODALITY"));
	}

	@Test
	void claims_ofCommitmentsNoSourceDisputes_areNullAndThoseCommitmentsArePreferred() {
		// language=GraphQL
		String document = """
				{ gw: commitment(slug: "openai-consumes-2gw-trainium-on-aws") { claimGroup preferred claims { key } }
				  stargate: commitment(slug: "stargate-invests-500b-over-four-years") { claimGroup preferred claims { key } }
				  billions: commitment(slug: "microsoft-invests-billions-in-openai") { claimGroup preferred claims { key } } }""";
		this.graphQl.document(document)
			.execute()
			.path("gw.claimGroup").valueIsNull()
			.path("gw.preferred").entity(Boolean.class).isEqualTo(true)
			.path("gw.claims").valueIsNull()
			.path("stargate.claimGroup").valueIsNull()
			.path("stargate.preferred").entity(Boolean.class).isEqualTo(true)
			.path("stargate.claims").valueIsNull()
			.path("billions.preferred").entity(Boolean.class).isEqualTo(true)
			.path("billions.claims").valueIsNull();
	}

	@Test
	void corroboration_ofTheMemoReport_countsTheThreeArticlesThatCiteIt() {
		// language=GraphQL
		String document = """
				{ event(slug: "openai-revenue-chief-memo-reported-2026-04-13") {
				    corroboration outlets citations { totalCount nodes { creditedOutlet source { slug } } }
				} }""";
		// 000 credits no outlet and has no publisher or author: its title stands in
		this.graphQl.document(document)
			.execute()
			.path("event.citations.totalCount").entity(Integer.class).isEqualTo(3)
			.path("event.corroboration").entity(Integer.class).isEqualTo(3)
			.path("event.outlets").entityList(String.class)
			.containsExactly("Cailian Press", "cnbc.com", ARTICLE_000);
	}

	@Test
	void outlets_ofCommitments_splitCommaSeparatedCreditsAndFallBackToTheArticle() {
		// language=GraphQL
		String document = """
				{ gw: commitment(slug: "openai-consumes-2gw-trainium-on-aws") { corroboration outlets }
				  announced: commitment(slug: "amazon-invests-50b-in-openai-announced") { corroboration outlets }
				  pledged: commitment(slug: "amazon-pledges-up-to-50b-investment") { corroboration outlets }
				  billions: commitment(slug: "microsoft-invests-billions-in-openai") { corroboration outlets }
				  training: commitment(slug: "openai-uses-trainium-for-training") { corroboration outlets } }""";
		this.graphQl.document(document)
			.execute()
			// "openai.com, aboutamazon.com" credits two outlets
			.path("gw.corroboration").entity(Integer.class).isEqualTo(2)
			.path("gw.outlets").entityList(String.class).containsExactly("aboutamazon.com", "openai.com")
			.path("announced.corroboration").entity(Integer.class).isEqualTo(1)
			.path("announced.outlets").entityList(String.class).containsExactly("openai.com")
			.path("pledged.corroboration").entity(Integer.class).isEqualTo(1)
			.path("pledged.outlets").entityList(String.class).containsExactly(ARTICLE_003)
			// one article without outlet (003), one credited to Cailian Press
			.path("billions.corroboration").entity(Integer.class).isEqualTo(2)
			.path("billions.outlets").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Cailian Press", ARTICLE_003))
			// two citations of the same article count once
			.path("training.corroboration").entity(Integer.class).isEqualTo(1)
			.path("training.outlets").entityList(String.class).containsExactly(ARTICLE_003);
	}

	@Test
	void outlets_ofOtherFacts_countDistinctOutlets() {
		// language=GraphQL
		String document = """
				{ contemplated: statement(slug: "microsoft-amazon-collaborations-always-contemplated") { corroboration outlets }
				  alliance: statement(slug: "openai-memo-amazon-alliance") { corroboration outlets }
				  remarks: statement(slug: "dresser-remarks-benefits-of-work-with-amazon") { corroboration outlets }
				  affirm: event(slug: "microsoft-openai-affirm-core-deal-2026-02-27") { corroboration outlets }
				  deal: deal(slug: "amazon-openai-partnership") {
				    corroboration outlets
				    parties(role: CLOUD_PROVIDER) { nodes { organization { slug } corroboration outlets } }
				  }
				  stateless: exclusivityTerm(slug: "azure-exclusive-cloud-for-stateless-openai-apis") { corroboration outlets }
				  ip: exclusivityTerm(slug: "microsoft-exclusive-openai-ip-license") { corroboration outlets }
				  dresser: person(slug: "denise-dresser") { corroboration outlets } }""";
		this.graphQl.document(document)
			.execute()
			.path("contemplated.corroboration").entity(Integer.class).isEqualTo(2)
			.path("contemplated.outlets").entityList(String.class).containsExactly("cnbc.com", "openai.com")
			.path("alliance.corroboration").entity(Integer.class).isEqualTo(1)
			.path("alliance.outlets").entityList(String.class).containsExactly("Cailian Press")
			.path("remarks.corroboration").entity(Integer.class).isEqualTo(1)
			.path("remarks.outlets").entityList(String.class).containsExactly("pymnts.com")
			.path("affirm.corroboration").entity(Integer.class).isEqualTo(1)
			.path("affirm.outlets").entityList(String.class).containsExactly("openai.com")
			.path("deal.corroboration").entity(Integer.class).isEqualTo(2)
			.path("deal.outlets").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai.com", ARTICLE_003))
			.path("deal.parties.nodes[*].organization.slug").entityList(String.class).containsExactly("aws")
			.path("deal.parties.nodes[0].corroboration").entity(Integer.class).isEqualTo(3)
			.path("deal.parties.nodes[0].outlets").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("aboutamazon.com", "openai.com", ARTICLE_003))
			.path("stateless.corroboration").entity(Integer.class).isEqualTo(1)
			.path("stateless.outlets").entityList(String.class).containsExactly("openai.com")
			.path("ip.corroboration").entity(Integer.class).isEqualTo(1)
			.path("ip.outlets").entityList(String.class).containsExactly(ARTICLE_003)
			.path("dresser.corroboration").entity(Integer.class).isEqualTo(2)
			.path("dresser.outlets").entityList(String.class).containsExactly("cnbc.com", "pymnts.com");
	}

}
