package io.dealgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

class NodeApiTests extends ApiTest {

	// language=GraphQL
	private static final String NODE = """
			query back($id: ID!) {
			  node(id: $id) {
			    __typename id
			    ... on Organization { slug }
			    ... on Person { slug }
			    ... on Deal { slug }
			    ... on Commitment { slug }
			    ... on ExclusivityTerm { slug }
			    ... on Statement { slug }
			    ... on Event { slug }
			    ... on Source { slug }
			  }
			}""";

	@ParameterizedTest(name = "{2} {1}")
	@CsvSource({ "organization, aws, Organization", "person, denise-dresser, Person",
			"deal, amazon-openai-partnership, Deal", "commitment, openai-consumes-2gw-trainium-on-aws, Commitment",
			"exclusivityTerm, microsoft-exclusive-openai-ip-license, ExclusivityTerm",
			"statement, microsoft-openai-joint-statement-evolve-partnership, Statement",
			"event, stargate-launch-2025-01-21, Event", "source, cloud-politics-heat-up, Source" })
	void node_idOfEveryNodeType_roundTripsToTheSameObject(String field, String slug, String type) {
		// language=GraphQL
		String find = """
				query find($slug: String!) { found: %s(slug: $slug) { id slug } }""".formatted(field);
		String id = this.graphQl.document(find)
			.variable("slug", slug)
			.execute()
			.path("found.slug").entity(String.class).isEqualTo(slug)
			.path("found.id").entity(String.class).get();
		this.graphQl.document(NODE)
			.variable("id", id)
			.execute()
			.path("node.__typename").entity(String.class).isEqualTo(type)
			.path("node.slug").entity(String.class).isEqualTo(slug)
			.path("node.id").entity(String.class).isEqualTo(id);
	}

	@Test
	void node_idsOfConnectionNodes_roundTripToTheSameObjects() {
		// language=GraphQL
		String document = """
				{ commitments(first: 100) { nodes { id slug } } }""";
		var response = this.graphQl.document(document).execute();
		List<String> ids = response.path("commitments.nodes[*].id").entityList(String.class).hasSize(10).get();
		List<String> slugs = response.path("commitments.nodes[*].slug").entityList(String.class).get();
		assertThat(ids).doesNotHaveDuplicates();
		// language=GraphQL
		String back = """
				query back($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Commitment { slug } } }""";
		this.graphQl.document(back)
			.variable("ids", ids)
			.execute()
			.path("nodes[*].__typename").entityList(String.class).hasSize(10)
			.satisfies(types -> assertThat(types).containsOnly("Commitment"))
			.path("nodes[*].slug").entityList(String.class).containsExactly(slugs.toArray(String[]::new));
	}

	@Test
	void node_sameSlugOfTwoTypes_hasTwoIdsResolvingToEachType() {
		// language=GraphQL
		String document = """
				{ organization(slug: "stargate") { id } deal(slug: "stargate") { id } }""";
		var response = this.graphQl.document(document).execute();
		String organizationId = response.path("organization.id").entity(String.class).get();
		String dealId = response.path("deal.id").entity(String.class).get();
		assertThat(organizationId).isNotEqualTo(dealId);
		this.graphQl.document(NODE)
			.variable("id", organizationId)
			.execute()
			.path("node.__typename").entity(String.class).isEqualTo("Organization")
			.path("node.slug").entity(String.class).isEqualTo("stargate");
		this.graphQl.document(NODE)
			.variable("id", dealId)
			.execute()
			.path("node.__typename").entity(String.class).isEqualTo("Deal")
			.path("node.slug").entity(String.class).isEqualTo("stargate");
	}

	@Test
	void nodes_keepTheOrderOfTheIdsAskedWithNullForUnknownIds() {
		// language=GraphQL
		String document = """
				{ source(slug: "cloud-politics-heat-up") { id }
				  person(slug: "denise-dresser") { id }
				  deal(slug: "stargate") { id }
				  event(slug: "stargate-launch-2025-01-21") { id }
				  amazon: organization(slug: "amazon") { id }
				  aws: organization(slug: "aws") { id } }""";
		var response = this.graphQl.document(document).execute();
		String source = response.path("source.id").entity(String.class).get();
		String person = response.path("person.id").entity(String.class).get();
		String deal = response.path("deal.id").entity(String.class).get();
		String event = response.path("event.id").entity(String.class).get();
		String amazon = response.path("amazon.id").entity(String.class).get();
		String aws = response.path("aws.id").entity(String.class).get();
		assertThat(deal).as("the form of the unknown id below").isEqualTo(wellFormedId("Deal", "stargate"));
		List<String> ids = new ArrayList<>(List.of(aws, deal, person, wellFormedId("Deal", "no-such-deal"), source,
				event, amazon, aws));
		// language=GraphQL
		String nodes = """
				query many($ids: [ID!]!) {
				  nodes(ids: $ids) {
				    __typename
				    ... on Organization { slug } ... on Deal { slug } ... on Person { slug }
				    ... on Source { slug } ... on Event { slug }
				  }
				}""";
		this.graphQl.document(nodes)
			.variable("ids", ids)
			.execute()
			.path("nodes").entityList(Object.class).hasSize(8)
			.path("nodes[3]").valueIsNull()
			.path("nodes[*].__typename").entityList(String.class)
			.containsExactly("Organization", "Deal", "Person", "Source", "Event", "Organization", "Organization")
			.path("nodes[*].slug").entityList(String.class)
			.containsExactly("aws", "stargate", "denise-dresser", "cloud-politics-heat-up", "stargate-launch-2025-01-21",
					"amazon", "aws");
	}

	@Test
	void node_withGarbageId_isABadRequestNamingId() {
		// language=GraphQL
		String document = """
				{ node(id: "garbage") { id } }""";
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "id"))
			.path("node").valueIsNull();
	}

	@Test
	void nodes_withAGarbageIdAmongOthers_isABadRequestNamingIds() {
		// language=GraphQL
		String document = """
				query many($ids: [ID!]!) { nodes(ids: $ids) { id } }""";
		this.graphQl.document(document)
			.variable("ids", List.of(wellFormedId("Deal", "stargate"), "!!not an id!!"))
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "ids"));
	}

	@Test
	void nodes_withASingleGarbageId_isABadRequestNamingIds() {
		// language=GraphQL
		String document = """
				{ nodes(ids: ["garbage"]) { id } }""";
		// nodes has no argument called "id": the error must name the argument the client passed
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "ids"));
	}

	@Test
	void nodes_withMoreThanAHundredIds_isABadRequestNamingIds() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			ids.add(wellFormedId("Deal", "stargate"));
		}
		// language=GraphQL
		String document = """
				query many($ids: [ID!]!) { nodes(ids: $ids) { id } }""";
		this.graphQl.document(document)
			.variable("ids", ids)
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "ids"));
	}

	@Test
	void node_withWellFormedIdOfUnknownSlug_isNullWithoutError() {
		this.graphQl.document("query one($id: ID!) { node(id: $id) { id } }")
			.variable("id", wellFormedId("Deal", "no-such-deal"))
			.execute()
			.path("node").valueIsNull();
	}

	@Test
	void node_withWellFormedIdOfATypeThatIsNoNode_isABadRequestNamingId() {
		// A Citation is no Node: such an id was never issued, so it is a client mistake, not a miss.
		this.graphQl.document("query one($id: ID!) { node(id: $id) { id } }")
			.variable("id", wellFormedId("Citation", "stargate"))
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "id"));
	}

	/** Ids are opaque to clients; the tests know their form only to make well-formed ids of nothing. */
	private static String wellFormedId(String type, String slug) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + slug).getBytes(StandardCharsets.UTF_8));
	}

	private static void assertBadRequest(List<ResponseError> errors, String argument) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", argument);
			assertThat(error.getMessage()).contains("'" + argument + "'");
		});
	}

}
