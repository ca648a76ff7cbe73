package io.dealgraph.organization;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

class PersonApiTests extends ApiTest {

	@Test
	void person_bySlug_returnsNameRoleAndOrganization() {
		// language=GraphQL
		String document = """
				{ person(slug: "denise-dresser") { slug name role organization { slug name kind } } }""";
		this.graphQl.document(document)
			.execute()
			.path("person.slug").entity(String.class).isEqualTo("denise-dresser")
			.path("person.name").entity(String.class).isEqualTo("Denise Dresser")
			.path("person.role").entity(String.class).isEqualTo("Chief revenue officer")
			.path("person.organization.slug").entity(String.class).isEqualTo("openai")
			.path("person.organization.name").entity(String.class).isEqualTo("OpenAI")
			.path("person.organization.kind").entity(String.class).isEqualTo("COMPANY");
	}

	@Test
	void person_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ person(slug: "sam-altman") { slug } }""";
		this.graphQl.document(document).execute().path("person").valueIsNull();
	}

	@Test
	void person_citations_areInSourceOrderWithTheirCreditedOutlets() {
		// language=GraphQL
		String document = """
				{ person(slug: "denise-dresser") {
				    citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				} }""";
		// openai-deepens-amazon-ties-2026-04-13 is listed before cloud-politics-heat-up in sources.yml
		this.graphQl.document(document)
			.execute()
			.path("person.citations.totalCount").entity(Integer.class).isEqualTo(2)
			.path("person.citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("said Denise Dresser, OpenAI’s revenue chief", "chief revenue officer Denise Dresser")
			.path("person.citations.nodes[*].creditedOutlet").entityList(String.class)
			.containsExactly("pymnts.com", "cnbc.com")
			.path("person.citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("openai-deepens-amazon-ties-2026-04-13", "cloud-politics-heat-up");
	}

	@Test
	void people_listsEveryoneOrThePeopleOfOneOrganization() {
		// language=GraphQL
		String document = """
				{ all: people { totalCount nodes { slug } }
				  openai: people(organization: "openai") { totalCount nodes { slug organization { slug } } }
				  amazon: people(organization: "amazon") { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("all.totalCount").entity(Integer.class).isEqualTo(1)
			.path("all.nodes[*].slug").entityList(String.class).containsExactly("denise-dresser")
			.path("openai.totalCount").entity(Integer.class).isEqualTo(1)
			.path("openai.nodes[0].organization.slug").entity(String.class).isEqualTo("openai")
			.path("amazon.totalCount").entity(Integer.class).isEqualTo(0)
			.path("amazon.nodes").entityList(Object.class).hasSize(0);
	}

}
