package io.dealgraph.statement;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

class StatementApiTests extends ApiTest {

	@Test
	void statement_byAPersonForAnOrganization_hasBothAsItsSpeaker() {
		// language=GraphQL
		String document = """
				{ statement(slug: "dresser-remarks-benefits-of-work-with-amazon") {
				    slug quote channel
				    date { earliest latest precision text display }
				    speakers { person { slug name } organization { slug } }
				    deal { slug }
				    citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("statement.quote").entity(String.class)
			.isEqualTo("We are seeing the benefits of our work with Amazon and look forward to scaling that further")
			.path("statement.channel").entity(String.class).isEqualTo("REMARKS")
			.path("statement.date.earliest").valueIsNull()
			.path("statement.date.latest").entity(String.class).isEqualTo("2026-04-13")
			.path("statement.date.precision").entity(String.class).isEqualTo("RANGE")
			.path("statement.date.text").entity(String.class)
			.isEqualTo("during recent remarks (article of April 13, 2026)")
			.path("statement.date.display").entity(String.class).isEqualTo("by 13 April 2026")
			.path("statement.speakers[*].person.slug").entityList(String.class).containsExactly("denise-dresser")
			.path("statement.speakers[0].person.name").entity(String.class).isEqualTo("Denise Dresser")
			.path("statement.speakers[*].organization.slug").entityList(String.class).containsExactly("openai")
			.path("statement.deal.slug").entity(String.class).isEqualTo("amazon-openai-partnership")
			.path("statement.citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("statement.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("\"We are seeing the benefits of our work with Amazon and look forward to scaling that further,\" "
					+ "said Denise Dresser, OpenAI’s revenue chief, during recent remarks.")
			.path("statement.citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("pymnts.com")
			.path("statement.citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("openai-deepens-amazon-ties-2026-04-13");
	}

	@Test
	void statement_jointStatement_hasOneSpeakerPerOrganizationAndNoPerson() {
		// language=GraphQL
		String document = """
				{ statement(slug: "microsoft-openai-joint-statement-evolve-partnership") {
				    quote channel date { display precision }
				    speakers { person { slug } organization { slug name } }
				    deal { slug parent { slug } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("statement.quote").entity(String.class)
			.isEqualTo("The rapid pace of innovation requires us to continue to evolve our partnership to benefit "
					+ "our customers and both companies.")
			.path("statement.channel").entity(String.class).isEqualTo("JOINT_STATEMENT")
			.path("statement.date.display").entity(String.class).isEqualTo("week of 26 April 2026")
			.path("statement.date.precision").entity(String.class).isEqualTo("WEEK")
			.path("statement.speakers").entityList(Object.class).hasSize(2)
			.path("statement.speakers[0].person").valueIsNull()
			.path("statement.speakers[1].person").valueIsNull()
			.path("statement.speakers[*].organization.slug").entityList(String.class)
			.containsExactly("microsoft", "openai")
			.path("statement.speakers[*].organization.name").entityList(String.class)
			.containsExactly("Microsoft", "OpenAI")
			.path("statement.deal.slug").entity(String.class).isEqualTo("microsoft-openai-restructuring-2026-04")
			.path("statement.deal.parent.slug").entity(String.class).isEqualTo("microsoft-openai-partnership");
	}

	@Test
	void statement_undated_hasNullDateAndItsCitationWithTwoCreditedOutlets() {
		// language=GraphQL
		String document = """
				{ statement(slug: "microsoft-amazon-collaborations-always-contemplated") {
				    quote channel date { display }
				    speakers { person { slug } organization { slug } }
				    citations { nodes { excerpt creditedOutlet } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("statement.quote").entity(String.class).isEqualTo("always contemplated")
			.path("statement.channel").entity(String.class).isEqualTo("PUBLIC_STATEMENT")
			.path("statement.date").valueIsNull()
			.path("statement.speakers[0].person").valueIsNull()
			.path("statement.speakers[0].organization.slug").entity(String.class).isEqualTo("microsoft")
			.path("statement.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("Microsoft, for its part, said collaborations with Amazon were “always contemplated” under "
					+ "its agreements with OpenAI")
			.path("statement.citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("openai.com, cnbc.com");
	}

	@Test
	void statement_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ statement(slug: "openai-memo-we-love-azure") { slug } }""";
		this.graphQl.document(document).execute().path("statement").valueIsNull();
	}

	@Test
	void statements_byDefault_areLatestFirstWithUndatedStatementsLast() {
		// language=GraphQL
		String document = """
				{ statements { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("statements.totalCount").entity(Integer.class).isEqualTo(8)
			.path("statements.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-joint-statement-evolve-partnership",
					// all reported by 2026-04-13; ties latest-loaded first
					"dresser-remarks-benefits-of-work-with-amazon", "openai-memo-amazon-alliance",
					"dresser-memo-aws-demand-staggering", "openai-memo-microsoft-limited-its-ability",
					"dresser-memo-microsoft-limited-our-ability",
					// undated
					"microsoft-excited-to-see-what-they-build", "microsoft-amazon-collaborations-always-contemplated");
	}

	@Test
	void statements_orderedByDateAscending_putEarliestFirstAndUndatedStatementsLast() {
		// language=GraphQL
		String document = """
				{ statements(orderBy: {field: DATE, direction: ASC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("statements.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-memo-microsoft-limited-our-ability", "openai-memo-microsoft-limited-its-ability",
					"dresser-memo-aws-demand-staggering", "openai-memo-amazon-alliance",
					"dresser-remarks-benefits-of-work-with-amazon",
					"microsoft-openai-joint-statement-evolve-partnership",
					"microsoft-amazon-collaborations-always-contemplated", "microsoft-excited-to-see-what-they-build");
	}

	@Test
	void statements_filteredBySpeakerOrganizationChannelAndDeal_returnOnlyMatchingStatements() {
		// language=GraphQL
		String document = """
				{ byDresser: statements(filter: {speaker: "denise-dresser"}) { totalCount nodes { slug } }
				  byMicrosoft: statements(filter: {organization: "microsoft"}) { totalCount nodes { slug } }
				  byOpenai: statements(filter: {organization: "openai"}) { totalCount }
				  memos: statements(filter: {channel: MEMO}) { totalCount nodes { channel } }
				  dresserRemarks: statements(filter: {speaker: "denise-dresser", channel: REMARKS}) { nodes { slug } }
				  aboutRestructuring: statements(filter: {deal: "microsoft-openai-restructuring-2026-04"}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("byDresser.totalCount").entity(Integer.class).isEqualTo(3)
			.path("byDresser.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-remarks-benefits-of-work-with-amazon", "dresser-memo-aws-demand-staggering",
					"dresser-memo-microsoft-limited-our-ability")
			.path("byMicrosoft.totalCount").entity(Integer.class).isEqualTo(3)
			.path("byMicrosoft.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-joint-statement-evolve-partnership",
					"microsoft-excited-to-see-what-they-build", "microsoft-amazon-collaborations-always-contemplated")
			.path("byOpenai.totalCount").entity(Integer.class).isEqualTo(6)
			.path("memos.totalCount").entity(Integer.class).isEqualTo(4)
			.path("memos.nodes[*].channel").entityList(String.class).containsExactly("MEMO", "MEMO", "MEMO", "MEMO")
			.path("dresserRemarks.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-remarks-benefits-of-work-with-amazon")
			.path("aboutRestructuring.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-joint-statement-evolve-partnership");
	}

	@Test
	void statements_filteredByDateSpan_keepOverlappingStatementsAndLeaveUndatedOnesOut() {
		// language=GraphQL
		String document = """
				{ fromLateApril: statements(filter: {from: "2026-04-20"}) { nodes { slug } }
				  toMidApril: statements(filter: {to: "2026-04-20"}) { totalCount }
				  aroundTheMemo: statements(filter: {from: "2026-04-13", to: "2026-04-13"}) { totalCount }
				  before2026: statements(filter: {to: "2025-12-31"}) { totalCount nodes { slug } } }""";
		// the memos and remarks have an open start and end on 2026-04-13, so any earlier day overlaps them
		this.graphQl.document(document)
			.execute()
			.path("fromLateApril.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-joint-statement-evolve-partnership")
			.path("toMidApril.totalCount").entity(Integer.class).isEqualTo(5)
			.path("aroundTheMemo.totalCount").entity(Integer.class).isEqualTo(5)
			.path("before2026.totalCount").entity(Integer.class).isEqualTo(5);
	}

	@Test
	void deal_statements_areLatestFirst() {
		// language=GraphQL
		String document = """
				{ partnership: deal(slug: "amazon-openai-partnership") { statements { totalCount nodes { slug } } }
				  microsoft: deal(slug: "microsoft-openai-partnership") { statements { totalCount nodes { slug deal { slug } } } }
				  stargate: deal(slug: "stargate") { statements { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("partnership.statements.totalCount").entity(Integer.class).isEqualTo(5)
			.path("partnership.statements.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-remarks-benefits-of-work-with-amazon", "openai-memo-amazon-alliance",
					"dresser-memo-aws-demand-staggering", "openai-memo-microsoft-limited-its-ability",
					"dresser-memo-microsoft-limited-our-ability")
			.path("microsoft.statements.totalCount").entity(Integer.class).isEqualTo(2)
			.path("microsoft.statements.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-excited-to-see-what-they-build",
					"microsoft-amazon-collaborations-always-contemplated")
			.path("microsoft.statements.nodes[*].deal.slug").entityList(String.class)
			.containsExactly("microsoft-openai-partnership", "microsoft-openai-partnership")
			.path("stargate.statements.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_statements_includeJointStatementsAndStatementsOfItsPeople() {
		// language=GraphQL
		String document = """
				{ openai: organization(slug: "openai") { statements { totalCount nodes { slug } } }
				  amazon: organization(slug: "amazon") { statements { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("openai.statements.totalCount").entity(Integer.class).isEqualTo(6)
			.path("openai.statements.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-joint-statement-evolve-partnership",
					"dresser-remarks-benefits-of-work-with-amazon", "openai-memo-amazon-alliance",
					"dresser-memo-aws-demand-staggering", "openai-memo-microsoft-limited-its-ability",
					"dresser-memo-microsoft-limited-our-ability")
			.path("amazon.statements.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void person_statements_areTheStatementsThatPersonMade() {
		// language=GraphQL
		String document = """
				{ person(slug: "denise-dresser") {
				    statements { totalCount nodes { slug speakers { person { slug } } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("person.statements.totalCount").entity(Integer.class).isEqualTo(3)
			.path("person.statements.nodes[*].slug").entityList(String.class)
			.containsExactly("dresser-remarks-benefits-of-work-with-amazon", "dresser-memo-aws-demand-staggering",
					"dresser-memo-microsoft-limited-our-ability")
			.path("person.statements.nodes[*].speakers[*].person.slug").entityList(String.class)
			.containsExactly("denise-dresser", "denise-dresser", "denise-dresser");
	}

}
