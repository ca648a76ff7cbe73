package io.dealgraph.hardening;

import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.dealgraph.graphql.Sha256;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Each limit rejects what exceeds it, before execution, and leaves normal use alone. */
class LimitsTests extends ApiTest {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Test
	void everyResponse_reportsRequestedAndActualCost() {
		this.graphQl.document("{ deals(first: 2) { nodes { slug } } }")
			.execute()
			.path("deals.nodes").entityList(Object.class).hasSize(2);
		// deals (1) + nodes (1 per deal page: first 2 -> 2) + slug (2) = 5 requested; 1 + 1 + 2 returned... counted as values
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deals(first: 2) { nodes { slug } } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(5)
			.jsonPath("$.extensions.cost.actualQueryCost").isEqualTo(4)
			.jsonPath("$.extensions.cost.maximumQueryCost").isEqualTo(50000);
	}

	@Test
	void theCostOfOneDocument_followsItsVariables_fromRequestToRequest() {
		// The measure is cached per document and variables: a cached cost must never leak to other variables.
		String query = "query Sized($n: Int) { deals(first: $n) { nodes { slug } } }";
		for (int n : new int[] { 2, 3, 2, 100, 3 }) {
			this.http.post().uri("/graphql").bodyValue(Map.of("query", query, "variables", Map.of("n", n)))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1 + 2 * n);
		}
		// Large variables (here 100 and 50 ids, over 1 KB) are measured every time, not cached.
		for (int n : new int[] { 100, 50 }) {
			this.http.post().uri("/graphql").bodyValue(Map.of("query", "query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }",
					"variables", Map.of("ids", Collections.nCopies(n, "RGVhbDpzdGFyZ2F0ZQ"))))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1 + n);
		}
	}

	@Test
	void persistedQueriesSentByHashAlone_eachReportTheirOwnCost() {
		// Sent by hash alone, two different documents with the same operation name and variables:
		// the cost cache must tell them apart by the document that runs, not by the absent query.
		for (int n : new int[] { 2, 3 }) {
			String query = "query Persisted { deals(first: " + n + ") { nodes { slug } } }";
			Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", Sha256.hex(query)));
			this.http.post().uri("/graphql").bodyValue(Map.of("query", query, "extensions", persisted))
				.exchange()
				.expectBody()
				.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1 + 2 * n);
			this.http.post().uri("/graphql").bodyValue(Map.of("extensions", persisted))
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.data.deals.nodes.length()").isEqualTo(n)
				.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1 + 2 * n);
		}
	}

	@Test
	void aListsFirstGivenAsNull_isPricedAtTheListsMaximum_whichIsWhatItReturns() {
		// first: null means the schema's maximum to the planner, so it must to the price too.
		long asNull = requested("{ commitmentTotals(groupBy: [COMMITTER]) { groups(first: null) { commitments(first: null) { slug } } } }");
		long atMaximum = requested("{ commitmentTotals(groupBy: [COMMITTER]) { groups(first: 1000) { commitments(first: 100) { slug } } } }");
		long byDefault = requested("{ commitmentTotals(groupBy: [COMMITTER]) { groups { commitments { slug } } } }");
		assertThat(asNull).isEqualTo(atMaximum);
		assertThat(byDefault).isLessThan(atMaximum);
	}

	private long requested(String query) {
		Object cost = this.http.post().uri("/graphql").bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		String body = new String((byte[]) cost, java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"requestedQueryCost\":(\\d+)").matcher(body);
		assertThat(m.find()).as("requestedQueryCost in %s", body).isTrue();
		return Long.parseLong(m.group(1));
	}

	@Test
	void costAboveTheCeiling_isRejectedBeforeExecution_withTheNumbers() {
		String query = "{ deals(first: 100) { nodes { parties(first: 100) { nodes { organization { deals(first: 100) { nodes { slug title } } } } } } } }";
		this.statements.reset();
		this.http.post().uri("/graphql").bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.limit").isEqualTo("cost")
			.jsonPath("$.errors[0].extensions.actual").isEqualTo(3030201)
			.jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(3030201);
		assertThat(this.statements.count()).as("nothing ran").isZero();
	}

	@Test
	void depthAboveTheLimit_isRejected_andTwelveLevelsRun() {
		// deal > parent > subDeals > nodes, three times, then parent > slug: twelve levels.
		String twelve = "{ deal(slug: \"microsoft-openai-restructuring-2026-04\") { parent { subDeals(first: 1) { nodes { parent { subDeals(first: 1) { nodes { parent { subDeals(first: 1) { nodes { parent { slug } } } } } } } } } } } }";
		this.graphQl.document(twelve).execute().path("deal.parent.subDeals.nodes[0].parent.subDeals.nodes[0].parent.subDeals.nodes[0].parent.slug")
			.entity(String.class).isEqualTo("microsoft-openai-partnership");
		String thirteen = twelve.replace("parent { slug }", "parent { subDeals(first: 1) { totalCount } }");
		this.http.post().uri("/graphql").bodyValue(Map.of("query", thirteen))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.limit").isEqualTo("depth")
			.jsonPath("$.errors[0].extensions.actual").isEqualTo(13)
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("13 deep", "limit is 12"));
	}

	@Test
	void aliasFlood_isRejected_andThirtyAliasesRun() {
		String thirty = "{ " + IntStream.range(0, 30).mapToObj(i -> "a" + i + ": deal(slug: \"stargate\") { slug }")
			.collect(Collectors.joining(" ")) + " }";
		this.graphQl.document(thirty).execute().path("a29.slug").entity(String.class).isEqualTo("stargate");
		String thousand = "{ " + IntStream.range(0, 1000).mapToObj(i -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ")) + " }";
		this.http.post().uri("/graphql").bodyValue(Map.of("query", thousand.replace("__typename", "deals(first: 1) { totalCount }")))
			.exchange()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
	}

	@Test
	void tooManyTokens_isARequestError_withStatus400() {
		// Tokens that are not fields: 5,500 string literals in one list argument.
		String query = "{ nodes(ids: [" + "\"\" ".repeat(5500) + "]) { id } }";
		this.http.post().uri("/graphql").accept(GRAPHQL_RESPONSE).bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).containsIgnoringCase("token"));
	}

	@Test
	void tooManyCharacters_isARequestError_withStatus400() {
		String query = "{ deals { totalCount } }" + " ".repeat(25_000);
		this.http.post().uri("/graphql").accept(GRAPHQL_RESPONSE).bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).containsIgnoringCase("characters"));
	}

	@Test
	void bodyAboveTheLimit_is413_andABodyBelowItRuns() {
		String padding = "x".repeat(70_000);
		this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ deals { totalCount } }\",\"variables\":{\"pad\":\"" + padding + "\"}}")
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("PAYLOAD_TOO_LARGE");
		this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ deals { totalCount } }\",\"variables\":{\"pad\":\"" + "x".repeat(1000) + "\"}}")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8);
	}

	@Test
	void persistedQueries_followApollosProtocol() {
		String query = "{ deal(slug: \"stargate\") { title } }";
		String hash = sha256(query);
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		this.http.post().uri("/graphql").bodyValue(Map.of("extensions", extensions))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		this.http.post().uri("/graphql").bodyValue(Map.of("query", query, "extensions", extensions))
			.exchange()
			.expectBody()
			.jsonPath("$.data.deal.title").isEqualTo("Stargate project");
		this.http.post().uri("/graphql").bodyValue(Map.of("extensions", extensions))
			.exchange()
			.expectBody()
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.deal.title").isEqualTo("Stargate project");
		this.http.post().uri("/graphql")
			.bodyValue(Map.of("query", "{ deals { totalCount } }", "extensions", extensions))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("not the SHA-256"));
	}

	@Test
	void introspectionIsOn_andATypoGetsNoFieldSuggestion() {
		this.graphQl.document("{ __schema { queryType { name } } }").execute()
			.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ dealz { slug } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("dealz").doesNotContain("Did you mean"));
	}

	@Test
	void badFaithIntrospection_isRefused() {
		String nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }";
		this.http.post().uri("/graphql").bodyValue(Map.of("query", nested))
			.exchange()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).containsIgnoringCase("introspection"));
	}

	@Test
	void batchedArrayRequests_areRefused() {
		this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"query\":\"{ deals { totalCount } }\"},{\"query\":\"{ deals { totalCount } }\"}]")
			.exchange()
			.expectStatus().isBadRequest();
	}

	@Test
	void correlationId_isEchoed_andASaneClientIdIsKept() {
		this.http.post().uri("/graphql").header("X-Request-Id", "analyst-42").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectHeader().valueEquals("X-Request-Id", "analyst-42");
		this.http.post().uri("/graphql").header("X-Request-Id", "not/a sane id").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
