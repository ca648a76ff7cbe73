package io.dealgraph.organization;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationApiTests extends ApiTest {

	@Test
	void organization_bySlug_returnsItsCuratedFields() {
		// language=GraphQL
		String document = """
				{ organization(slug: "stargate") { slug name kind description aliases tickers } }""";
		this.graphQl.document(document)
			.execute()
			.path("organization.slug").entity(String.class).isEqualTo("stargate")
			.path("organization.name").entity(String.class).isEqualTo("Stargate")
			.path("organization.kind").entity(String.class).isEqualTo("JOINT_VENTURE")
			.path("organization.description").entity(String.class)
			.isEqualTo("Venture launched by OpenAI with SoftBank, Oracle and MGX on January 21, 2025.")
			.path("organization.aliases").entityList(String.class).containsExactly("Stargate project")
			.path("organization.tickers").entityList(String.class).hasSize(0);
	}

	@Test
	void organization_withoutCuratedDescription_hasNullDescriptionAndItsTicker() {
		// language=GraphQL
		String document = """
				{ organization(slug: "microsoft") { name kind description aliases tickers } }""";
		this.graphQl.document(document)
			.execute()
			.path("organization.name").entity(String.class).isEqualTo("Microsoft")
			.path("organization.kind").entity(String.class).isEqualTo("COMPANY")
			.path("organization.description").valueIsNull()
			.path("organization.aliases").entityList(String.class).hasSize(0)
			.path("organization.tickers").entityList(String.class).containsExactly("MSFT");
	}

	@Test
	void organization_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ organization(slug: "no-such-organization") { slug } }""";
		this.graphQl.document(document).execute().path("organization").valueIsNull();
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource({ "Amazon Web Services, aws", "amazon web services, aws", "aws, aws", "AWS, aws", "Aws, aws",
			"AMZN, amazon", "amzn, amazon", "Amazon, amazon", "MSFT, microsoft", "googl, alphabet",
			"STARGATE PROJECT, stargate", "openai, openai" })
	void organizationByName_acceptsNameAliasAndTickerInAnyCase(String name, String slug) {
		// language=GraphQL
		String document = """
				query byName($name: String!) { organizationByName(name: $name) { slug } }""";
		this.graphQl.document(document)
			.variable("name", name)
			.execute()
			.path("organizationByName.slug").entity(String.class).isEqualTo(slug);
	}

	@Test
	void organizationByName_withUnknownName_isNull() {
		// language=GraphQL
		String document = """
				{ organizationByName(name: "Azure") { slug } }""";
		this.graphQl.document(document).execute().path("organizationByName").valueIsNull();
	}

	@Test
	void organizations_byDefault_areAllOrganizationsSortedByName() {
		// language=GraphQL
		String document = """
				{ organizations { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("organizations.totalCount").entity(Integer.class).isEqualTo(9)
			.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("organizations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
			.path("organizations.nodes[*].slug").entityList(String.class)
			.containsExactly("alphabet", "amazon", "aws", "mgx", "microsoft", "openai", "oracle", "softbank", "stargate");
	}

	@Test
	void organizations_orderedByNameDescending_areReversed() {
		// language=GraphQL
		String document = """
				{ organizations(orderBy: {field: NAME, direction: DESC}) { nodes { name } } }""";
		this.graphQl.document(document)
			.execute()
			.path("organizations.nodes[*].name").entityList(String.class)
			.containsExactly("Stargate", "SoftBank", "Oracle", "OpenAI", "Microsoft", "MGX", "Amazon Web Services",
					"Amazon", "Alphabet");
	}

	@Test
	void organizations_orderedBySlug_followTheSlugsInBothDirections() {
		// language=GraphQL
		String document = """
				{ asc: organizations(orderBy: {field: SLUG, direction: ASC}) { nodes { slug } }
				  desc: organizations(orderBy: {field: SLUG, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].slug").entityList(String.class)
			.containsExactly("alphabet", "amazon", "aws", "mgx", "microsoft", "openai", "oracle", "softbank", "stargate")
			.path("desc.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate", "softbank", "oracle", "openai", "microsoft", "mgx", "aws", "amazon", "alphabet");
	}

	@Test
	void organizations_filteredByKind_returnOnlyThatKind() {
		// language=GraphQL
		String document = """
				{ units: organizations(filter: {kind: BUSINESS_UNIT}) { totalCount nodes { slug kind } }
				  ventures: organizations(filter: {kind: JOINT_VENTURE}) { totalCount nodes { slug } }
				  funds: organizations(filter: {kind: INVESTMENT_FIRM}) { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("units.totalCount").entity(Integer.class).isEqualTo(1)
			.path("units.nodes[*].slug").entityList(String.class).containsExactly("aws")
			.path("units.nodes[0].kind").entity(String.class).isEqualTo("BUSINESS_UNIT")
			.path("ventures.nodes[*].slug").entityList(String.class).containsExactly("stargate")
			.path("funds.totalCount").entity(Integer.class).isEqualTo(0)
			.path("funds.nodes").entityList(Object.class).hasSize(0);
	}

	@Test
	void organizations_filteredByNameContains_matchNamesAliasesAndTickersIgnoringCase() {
		// language=GraphQL
		String document = """
				{ byName: organizations(filter: {nameContains: "AMAZON"}) { nodes { slug } }
				  byAlias: organizations(filter: {nameContains: "project"}) { nodes { slug } }
				  byTicker: organizations(filter: {nameContains: "msf"}) { nodes { slug } }
				  combined: organizations(filter: {kind: COMPANY, nameContains: "amazon"}) { totalCount nodes { slug } }
				  none: organizations(filter: {nameContains: "azure"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("byName.nodes[*].slug").entityList(String.class).containsExactly("amazon", "aws")
			.path("byAlias.nodes[*].slug").entityList(String.class).containsExactly("stargate")
			.path("byTicker.nodes[*].slug").entityList(String.class).containsExactly("microsoft")
			.path("combined.totalCount").entity(Integer.class).isEqualTo(1)
			.path("combined.nodes[*].slug").entityList(String.class).containsExactly("amazon")
			.path("none.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_parentAndUnits_linkAmazonAndAmazonWebServices() {
		// language=GraphQL
		String document = """
				{ aws: organization(slug: "aws") { parent { slug name } units { slug } }
				  amazon: organization(slug: "amazon") { parent { slug } units { slug name parent { slug } } }
				  openai: organization(slug: "openai") { parent { slug } units { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("aws.parent.slug").entity(String.class).isEqualTo("amazon")
			.path("aws.parent.name").entity(String.class).isEqualTo("Amazon")
			.path("aws.units").entityList(Object.class).hasSize(0)
			.path("amazon.parent").valueIsNull()
			.path("amazon.units[*].slug").entityList(String.class).containsExactly("aws")
			.path("amazon.units[0].name").entity(String.class).isEqualTo("Amazon Web Services")
			.path("amazon.units[0].parent.slug").entity(String.class).isEqualTo("amazon")
			.path("openai.parent").valueIsNull()
			.path("openai.units").entityList(Object.class).hasSize(0);
	}

	@Test
	void organization_people_areThePeopleOfThatOrganization() {
		// language=GraphQL
		String document = """
				{ openai: organization(slug: "openai") { people { totalCount nodes { slug name role organization { slug } } } }
				  microsoft: organization(slug: "microsoft") { people { totalCount nodes { slug } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("openai.people.totalCount").entity(Integer.class).isEqualTo(1)
			.path("openai.people.nodes[0].slug").entity(String.class).isEqualTo("denise-dresser")
			.path("openai.people.nodes[0].name").entity(String.class).isEqualTo("Denise Dresser")
			.path("openai.people.nodes[0].role").entity(String.class).isEqualTo("Chief revenue officer")
			.path("openai.people.nodes[0].organization.slug").entity(String.class).isEqualTo("openai")
			.path("microsoft.people.totalCount").entity(Integer.class).isEqualTo(0)
			.path("microsoft.people.nodes").entityList(Object.class).hasSize(0);
	}

	@Test
	void organization_citations_quoteTheSourceOfItsNamesWithTheCreditedOutlet() {
		// language=GraphQL
		String document = """
				{ aws: organization(slug: "aws") { citations { totalCount nodes { excerpt creditedOutlet source { slug } } } }
				  amazon: organization(slug: "amazon") { citations { nodes { excerpt creditedOutlet source { slug } } } }
				  openai: organization(slug: "openai") { citations { totalCount nodes { excerpt } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("aws.citations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("aws.citations.nodes[0].excerpt").entity(String.class).isEqualTo("Amazon Web Services, known as AWS")
			.path("aws.citations.nodes[0].creditedOutlet").entity(String.class).isEqualTo("cnbc.com")
			.path("aws.citations.nodes[0].source.slug").entity(String.class).isEqualTo("cloud-politics-heat-up")
			.path("amazon.citations.nodes[*].excerpt").entityList(String.class).containsExactly("Amazon (AMZN)")
			.path("amazon.citations.nodes[0].creditedOutlet").valueIsNull()
			.path("amazon.citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("openai-signals-strategic-shift-from-microsoft-to-amazon")
			.path("openai.citations.totalCount").entity(Integer.class).isEqualTo(0)
			.path("openai.citations.nodes").entityList(Object.class).hasSize(0);
	}

}
