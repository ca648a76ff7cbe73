package io.dealgraph.hardening;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;

/**
 * A body that is JSON but not a GraphQL request object gets the same GraphQL-shaped BAD_REQUEST
 * as every other bad request, naming what is wrong, never a Spring problem document.
 */
class RequestShapeTests extends ApiTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"query": "{ __typename }", "variables": [1, 2]}        | "variables" must be an object (or null), not an array
			{"query": "{ __typename }", "variables": "x"}           | "variables" must be an object (or null), not a string
			{"query": 5}                                            | "query" must be a string, not a number
			{"query": "{ __typename }", "operationName": true}      | "operationName" must be a string, not a boolean
			{"query": "{ __typename }", "extensions": [1]}          | "extensions" must be an object (or null), not an array
			{"variables": {}}                                       | The request has no "query"
			{"query": "{ __typename }"} {"query": "{ deals }"}      | with nothing after it
			{"query": "{ __typename }",                             | The body is not valid JSON (line 1, column
			[{"query": "{ __typename }"}]                           | The body must be one JSON object
			""")
	void aBodyThatIsNoGraphQlRequestObject_getsAGraphQlShapedBadRequest_namingTheFault(String body, String message) {
		for (MediaType accept : new MediaType[] { MediaType.APPLICATION_JSON, LimitsTests.GRAPHQL_RESPONSE }) {
			this.http.post().uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(accept)
				.bodyValue(body)
				.exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
				.jsonPath("$.errors[0].message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains(message))
				.jsonPath("$.data").doesNotExist()
				.jsonPath("$.type").doesNotExist();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"query": "{ deals { totalCount } }", "variables": null, "operationName": null, "extensions": null}
			{"query": "{ deals { totalCount } }", "variables": {}, "extensions": {"tracing": [1]}, "other": [1]}
			""")
	void aWellFormedRequest_withNullsAndUnknownMembers_isServed(String body) {
		this.http.post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8);
	}

}
