package io.dealgraph.browser;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client: Apollo Client 4 in headless Chromium, with automatic persisted queries sending
 * hashed queries by GET (.ci/apollo bundles it into the test page; skipped where it was not built).
 * The first query misses, Apollo sends the document once, and the second is answered by hash alone.
 */
class ApolloClientBrowserTests extends ApiTest {

	Browser browser;

	@BeforeEach
	void chromiumAndBundle() {
		Browser.assumeInstalled();
		Assumptions.assumeTrue(getClass().getResource("/static/apollo/bundle.js") != null,
				"the Apollo Client bundle is not built (cd .ci/apollo && npm ci && npm run build)");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void apolloClient_sendsHashedQueriesByGet_registersAMissOnce_andGetsTheAnswerByHashAlone() {
		this.browser = new Browser(1000, 800);
		this.browser.open("http://localhost:" + this.port + "/apollo/index.html");
		Map<String, Object> check = this.browser.waitFor("Apollo Client to answer twice",
				d -> this.browser.<Map<String, Object>>script("return window.apolloCheck && window.apolloCheck.done ? window.apolloCheck : null;"));
		assertThat(check).doesNotContainKey("failure");
		List<Map<String, Object>> answers = (List<Map<String, Object>>) check.get("answers");
		assertThat(answers).hasSize(2).allSatisfy(answer -> {
			assertThat(answer.get("error")).isNull();
			Map<String, Object> deal = (Map<String, Object>) ((Map<String, Object>) answer.get("data")).get("deal");
			assertThat(deal).containsEntry("slug", "stargate").containsEntry("title", "Stargate project");
		});
		List<Browser.Request> gets = this.browser.requestsTo("GET", "/graphql");
		assertThat(gets).as("hashed queries by GET").hasSize(2)
			.allMatch(r -> r.url().contains("persistedQuery") && r.url().contains("sha256Hash") && !r.url().contains("query="));
		assertThat(this.browser.requestsTo("POST", "/graphql")).as("the one registration, with the document").hasSize(1);
		this.browser.assertNoRequestLeftThisMachine();
	}

}
