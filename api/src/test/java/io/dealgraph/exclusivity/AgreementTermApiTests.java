package io.dealgraph.exclusivity;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreement terms of every kind on the seeds: the exclusivity terms, the exclusive IP licence that
 * ended in the last week of April 2026, and the revenue share said to remain unchanged on 27
 * February 2026 and modified with "a defined timeline" two months later.
 */
class AgreementTermApiTests extends ApiTest {

	static final String UNCHANGED = "microsoft-openai-revenue-sharing-from-other-clouds";

	static final String MODIFIED = "microsoft-openai-revenue-sharing-modified-2026-04";

	static final String LICENCE = "microsoft-exclusive-openai-ip-license";

	@Test
	void theRevenueShare_statesOnlyWhatTheSourcesSay_andIsReplacedByItsModification() {
		this.statements.reset();
		this.graphQl.document("""
				query($slug: String!) {
				  agreementTerm(slug: $slug) {
				    kind scope status grantor { slug } holder { slug } payer { slug } payee { slug } percentage cap { amount } exclusive
				    validFrom { earliest latest precision } validTo { earliest latest precision }
				    supersededBy { slug status supersedes { slug } } supersededByEvent { slug }
				    before: inForce(on: "2026-03-15") after: inForce(on: "2026-05-15")
				    deal { slug } corroboration outlets citations { totalCount } recordedIn { number } preferred claims { slug }
				  }
				}""").variable("slug", UNCHANGED).execute()
			.path("agreementTerm.kind").entity(String.class).isEqualTo("REVENUE_SHARE")
			.path("agreementTerm.scope").entity(String.class).isEqualTo("revenue sharing from other cloud partnerships")
			.path("agreementTerm.status").entity(String.class).isEqualTo("SUPERSEDED")
			.path("agreementTerm.grantor").valueIsNull()
			.path("agreementTerm.holder").valueIsNull()
			.path("agreementTerm.payer").valueIsNull()
			.path("agreementTerm.payee").valueIsNull()
			.path("agreementTerm.percentage").valueIsNull()
			.path("agreementTerm.cap").valueIsNull()
			.path("agreementTerm.exclusive").valueIsNull()
			.path("agreementTerm.validFrom.earliest").valueIsNull()
			.path("agreementTerm.validFrom.latest").entity(String.class).isEqualTo("2026-02-27")
			.path("agreementTerm.validTo.earliest").entity(String.class).isEqualTo("2026-04-26")
			.path("agreementTerm.validTo.precision").entity(String.class).isEqualTo("WEEK")
			.path("agreementTerm.supersededBy.slug").entity(String.class).isEqualTo(MODIFIED)
			.path("agreementTerm.supersededBy.status").entity(String.class).isEqualTo("ANNOUNCED")
			.path("agreementTerm.supersededBy.supersedes[*].slug").entityList(String.class).containsExactly(UNCHANGED)
			.path("agreementTerm.supersededByEvent.slug").entity(String.class)
			.isEqualTo("microsoft-openai-restructuring-2026-04-announced")
			.path("agreementTerm.before").entity(String.class).isEqualTo("TRUE")
			.path("agreementTerm.after").entity(String.class).isEqualTo("FALSE")
			.path("agreementTerm.deal.slug").entity(String.class).isEqualTo("microsoft-openai-partnership")
			.path("agreementTerm.corroboration").entity(Integer.class).isEqualTo(2)
			.path("agreementTerm.outlets").entityList(String.class)
			.containsExactly("openai.com", "“OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes”")
			.path("agreementTerm.citations.totalCount").entity(Integer.class).isEqualTo(2)
			.path("agreementTerm.recordedIn.number").entity(Integer.class).isEqualTo(1)
			.path("agreementTerm.preferred").entity(Boolean.class).isEqualTo(true)
			.path("agreementTerm.claims").entityList(Object.class).hasSize(0);
		assertThat(this.statements.count()).as("one statement for the root field").isEqualTo(1);
	}

	@Test
	void theExclusiveLicence_isALicenceTerm_andStillAnExclusivityTerm_underOneSlug() {
		this.graphQl.document("""
				query($slug: String!) {
				  agreementTerm(slug: $slug) { kind exclusive status validTo { latest } grantor { slug } holder { slug } }
				  exclusivityTerm(slug: $slug) { status validTo { latest } }
				  revenueShareAsExclusivity: exclusivityTerm(slug: "%s") { slug }
				  exclusivityTerms(first: 100) { totalCount }
				}""".formatted(UNCHANGED)).variable("slug", LICENCE).execute()
			.path("agreementTerm.kind").entity(String.class).isEqualTo("LICENCE")
			.path("agreementTerm.exclusive").entity(Boolean.class).isEqualTo(true)
			.path("agreementTerm.status").entity(String.class).isEqualTo("ENDED")
			.path("agreementTerm.validTo.latest").entity(String.class).isEqualTo("2026-04-30")
			.path("agreementTerm.grantor.slug").entity(String.class).isEqualTo("openai")
			.path("agreementTerm.holder.slug").entity(String.class).isEqualTo("microsoft")
			.path("exclusivityTerm.status").entity(String.class).isEqualTo("ENDED")
			.path("exclusivityTerm.validTo.latest").entity(String.class).isEqualTo("2026-04-30")
			// A revenue share grants no exclusivity: it is no ExclusivityTerm, and exclusivityTerms keep their four.
			.path("revenueShareAsExclusivity").valueIsNull()
			.path("exclusivityTerms.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void agreementTerms_filterByKindOrganizationAndDeal_andAsOf() {
		this.graphQl.document("""
				{ all: agreementTerms(first: 100) { totalCount nodes { kind } }
				  shares: agreementTerms(filter: {kind: REVENUE_SHARE}) { nodes { slug } }
				  licences: agreementTerms(filter: {kind: LICENCE}) { nodes { slug } }
				  aws: agreementTerms(filter: {organization: "aws"}) { nodes { slug } }
				  deal: deal(slug: "microsoft-openai-partnership") { agreementTerms(first: 100) { totalCount } }
				  may: agreementTerms(filter: {kind: REVENUE_SHARE}, asOf: "2026-05-15") { nodes { slug } }
				  march: agreementTerms(filter: {kind: REVENUE_SHARE}, asOf: "2026-03-15") { edges { inForce node { slug } } }
				}""").execute()
			.path("all.totalCount").entity(Integer.class).isEqualTo(6)
			.path("all.nodes[*].kind").entityList(String.class)
			.contains("EXCLUSIVITY", "LICENCE", "REVENUE_SHARE")
			.path("shares.nodes[*].slug").entityList(String.class).contains(UNCHANGED, MODIFIED).hasSize(2)
			.path("licences.nodes[*].slug").entityList(String.class).containsExactly(LICENCE)
			.path("aws.nodes[*].slug").entityList(String.class).containsExactly("aws-exclusive-third-party-distribution-for-frontier")
			.path("deal.agreementTerms.totalCount").entity(Integer.class).isEqualTo(4)
			.path("may.nodes[*].slug").entityList(String.class).doesNotContain(UNCHANGED)
			.path("march.edges[*].node.slug").entityList(String.class).contains(UNCHANGED)
			.path("march.edges[?(@.node.slug == '" + UNCHANGED + "')].inForce").entityList(String.class).containsExactly("TRUE");
	}

	@Test
	void anExclusivityTermsHistory_isItsAgreementTermsVersions() {
		this.graphQl.document("""
				{ exclusivityTerm(slug: "%s") { history { operation typeName slug } }
				  agreementTerm(slug: "%s") { history { operation typeName slug } updatedIn { number } }
				}""".formatted(LICENCE, LICENCE)).execute()
			.path("exclusivityTerm.history[*].typeName").entityList(String.class).containsExactly("AgreementTerm")
			.path("exclusivityTerm.history[*].operation").entityList(String.class).containsExactly("ADDED")
			.path("agreementTerm.history[*].slug").entityList(String.class).containsExactly(LICENCE)
			.path("agreementTerm.updatedIn.number").entity(Integer.class).isEqualTo(1);
	}

}
