package io.dealgraph.hardening;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import graphql.introspection.Introspection;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/** Introspection can be switched off; ordinary queries are unaffected. */
@TestPropertySource(properties = "spring.graphql.schema.introspection.enabled=false")
class IntrospectionOffTests extends ApiTest {

	/** graphql-java keeps this switch JVM-wide; give it back to the other test contexts. */
	@AfterAll
	static void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void schemaIntrospection_isRefused_whileQueriesRun() {
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ __schema { queryType { name } } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data.__schema").doesNotExist()
			.jsonPath("$.errors[0].message").value(Matchers.containsStringIgnoringCase("introspection"));
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8);
	}

}
