package io.dealgraph.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries by GET, as the GraphQL-over-HTTP specification describes them: the same answer, limits
 * and errors as the same request POSTed; mutations and subscriptions are refused with 405.
 */
class GetRequestTests extends ApiTest {

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private byte[] get(String parameters, int status) {
		return this.http.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/graphql?" + parameters))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	private byte[] post(String body) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aQueryByGet_withVariablesAndOperationName_answersAsThePostDoes_inOneStatement() {
		String query = "query One($slug: String!) { deal(slug: $slug) { slug title } } query Two { deals { totalCount } }";
		this.statements.reset();
		String got = new String(get("query=" + encode(query) + "&variables=" + encode("{\"slug\":\"stargate\"}")
				+ "&operationName=One", 200), StandardCharsets.UTF_8);
		assertThat(this.statements.count()).isEqualTo(1);
		String posted = new String(post("{\"query\": \"" + query + "\", \"variables\": {\"slug\": \"stargate\"}, \"operationName\": \"One\"}"),
				StandardCharsets.UTF_8);
		assertThat(got).contains("\"slug\":\"stargate\"", "\"title\":\"Stargate project\"");
		assertThat(got.replaceAll(",\"extensions\".*", "")).isEqualTo(posted.replaceAll(",\"extensions\".*", ""));
	}

	@Test
	void aSubscriptionByGet_isMethodNotAllowed_namingPost() {
		String body = new String(get("query=" + encode("subscription { releaseLoaded { number } }"), 405), StandardCharsets.UTF_8);
		assertThat(body).contains("\"classification\":\"METHOD_NOT_ALLOWED\"", "Only queries run by GET");
		this.http.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/graphql?query="
					+ encode("query A { deals { totalCount } } subscription B { releaseLoaded { number } }") + "&operationName=B"))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals("Allow", "GET, POST");
	}

	@Test
	void variablesThatAreNotAJsonObject_orAParameterGivenTwice_areBadRequests() {
		assertThat(new String(get("query=" + encode("{ deals { totalCount } }") + "&variables=" + encode("[1]"), 400),
				StandardCharsets.UTF_8)).contains("The parameter 'variables' must be a URL-encoded JSON object");
		assertThat(new String(get("query=" + encode("{ deals { totalCount } }") + "&variables=" + encode("{nope"), 400),
				StandardCharsets.UTF_8)).contains("it is not valid JSON");
		assertThat(new String(get("query=" + encode("{ deals { totalCount } }") + "&query=" + encode("{ deals { totalCount } }"), 400),
				StandardCharsets.UTF_8)).contains("The parameter 'query' is given more than once");
	}

	@Test
	void aGetQueryOverTheLimits_isRefusedAsThePostIs() {
		String deep = "{ deals { nodes { parties { nodes { organization { deals { nodes { parties { nodes { organization { deals { nodes { slug } } } } } } } } } } } } }";
		String body = new String(get("query=" + encode(deep), 200), StandardCharsets.UTF_8);
		assertThat(body).contains("\"errors\"").doesNotContain("INTERNAL_ERROR");
	}


	@Test
	void aQueryByGet_carriesAValidator_andIfNoneMatchIsAnswered304_withNoStatement() {
		String uri = "http://localhost:" + this.port + "/graphql?query=" + encode("{ deals { totalCount } }");
		var first = this.http.get().uri(java.net.URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
			.expectHeader().valueEquals("Vary", "Accept, X-API-Key")
			.expectBody().returnResult();
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).matches("\"r[0-9]+-[A-Za-z0-9_-]{27}\"");
		this.statements.reset();
		this.http.get().uri(java.net.URI.create(uri)).accept(MediaType.APPLICATION_JSON).header("If-None-Match", "\"other\", " + etag)
			.exchange()
			.expectStatus().isNotModified()
			.expectHeader().valueEquals("ETag", etag)
			.expectBody().isEmpty();
		assertThat(this.statements.count()).isZero();
		// Another representation, other variables: another validator.
		String graphQlResponse = this.http.get().uri(java.net.URI.create(uri)).accept(MediaType.parseMediaType("application/graphql-response+json"))
			.exchange().expectStatus().isOk().expectBody().returnResult().getResponseHeaders().getETag();
		assertThat(graphQlResponse).isNotEqualTo(etag).startsWith(etag.substring(0, etag.indexOf('-')));
	}

	@Test
	void anAnswerWithErrors_orAPost_carriesNoValidator() {
		this.http.get().uri(java.net.URI.create("http://localhost:" + this.port + "/graphql?query=" + encode("{ deals { nope } }")))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectHeader().doesNotExist("ETag")
			.expectHeader().valueEquals("Cache-Control", "no-store");
		this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ deals { totalCount } }\"}")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist("ETag");
	}


	@Test
	void automaticPersistedQueries_workByGet_aMissAsksForTheDocument_thenTheHashAloneRuns() {
		// A document of this test's own: the persisted store is the whole application's, shared by the tests.
		String query = "{ byGet: deal(slug: \"stargate\") { title } }";
		String hash = Sha256.hex(query);
		String extensions = encode("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");
		assertThat(new String(get("extensions=" + extensions, 200), StandardCharsets.UTF_8)).contains("PERSISTED_QUERY_NOT_FOUND");
		assertThat(new String(get("query=" + encode(query) + "&extensions=" + extensions, 200), StandardCharsets.UTF_8))
			.contains("\"title\":\"Stargate project\"");
		assertThat(new String(get("extensions=" + extensions, 200), StandardCharsets.UTF_8)).contains("\"title\":\"Stargate project\"");
		assertThat(new String(get("extensions=" + encode("{}"), 400), StandardCharsets.UTF_8))
			.contains("give the document in the URL parameter query");
	}

}
