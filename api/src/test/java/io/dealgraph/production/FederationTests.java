package io.dealgraph.production;

import java.util.List;
import java.util.Map;

import io.dealgraph.graphql.GlobalId;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** As an Apollo Federation 2 subgraph: the gateway reads the SDL and resolves entities by key. */
@TestPropertySource(properties = "dealgraph.federation.enabled=true")
class FederationTests extends ApiTest {

	@Test
	void service_sdl_declaresOrganizationAndDealAsEntities() {
		this.graphQl.document("{ _service { sdl } }")
			.execute()
			.path("_service.sdl")
			.entity(String.class)
			.satisfies(sdl -> assertThat(sdl).containsPattern("schema @link\\([^)]*\"https://specs.apollo.dev/federation/v2.7\"")
				.containsPattern("type Organization[^{]*@key\\(fields ?: ?\"id\"")
				.containsPattern("type Deal[^{]*@key\\(fields ?: ?\"id\""));
	}

	@Test
	void entities_resolveRepresentationsByGlobalId_inOrder() {
		// language=GraphQL
		String document = """
				query($representations: [_Any!]!) {
				  _entities(representations: $representations) {
				    ... on Organization { slug name tickers }
				    ... on Deal { slug title }
				  }
				}""";
		List<Map<String, Object>> representations = List.of(
				Map.of("__typename", "Deal", "id", GlobalId.of("Deal", "stargate")),
				Map.of("__typename", "Organization", "id", GlobalId.of("Organization", "microsoft")));
		this.graphQl.document(document)
			.variable("representations", representations)
			.execute()
			.path("_entities[0].title").entity(String.class).isEqualTo("Stargate project")
			.path("_entities[1].name").entity(String.class).isEqualTo("Microsoft")
			.path("_entities[1].tickers").entityList(String.class).containsExactly("MSFT");
	}

	@Test
	void entities_ofATypeThatIsNoEntity_isABadRequestNamingRepresentations() {
		this.graphQl.document("query($r: [_Any!]!) { _entities(representations: $r) { __typename } }")
			.variable("r", List.of(Map.of("__typename", "Citation", "id", GlobalId.of("Citation", "x"))))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("Argument 'representations' names no entity type of this API: 'Citation'");
				assertThat(errors.get(0).getExtensions()).containsEntry("argument", "representations");
			});
	}

	@Test
	void entities_withMoreThanAHundredRepresentations_isABadRequestNamingRepresentations_beforeAnyStatement() {
		List<Map<String, Object>> many = java.util.Collections.nCopies(101,
				Map.of("__typename", "Deal", "id", GlobalId.of("Deal", "stargate")));
		this.graphQl.document("query($r: [_Any!]!) { _entities(representations: $r) { __typename } }")
			.variable("r", many)
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("Argument 'representations' may hold at most 100 representations, got 101");
				assertThat(errors.get(0).getExtensions()).containsEntry("argument", "representations");
			});
		this.graphQl.document("query($r: [_Any!]!) { _entities(representations: $r) { __typename } }")
			.variable("r", many.subList(0, 100))
			.execute()
			.path("_entities").entityList(Object.class).hasSize(100);
	}

}
