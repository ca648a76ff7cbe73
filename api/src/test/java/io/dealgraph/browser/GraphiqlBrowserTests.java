package io.dealgraph.browser;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL in a real headless Chromium: rendered from the jar, with the example library. */
class GraphiqlBrowserTests extends ApiTest {

	static final String EDITOR_VALUE = "return document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.getValue();";

	Browser browser;

	List<Map<String, Object>> examples;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void openGraphiql() {
		Browser.assumeInstalled();
		this.examples = this.http.get()
			.uri("/graphiql/examples.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(this.examples).hasSizeGreaterThanOrEqualTo(6);
		this.browser = new Browser(1400, 900);
		this.browser.open("http://localhost:" + this.port + "/graphiql");
		this.browser.waitFor("GraphiQL to render its query editor",
				d -> !this.browser.findAll(".graphiql-query-editor .CodeMirror").isEmpty());
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	String editor(String selector) {
		return this.browser.script(EDITOR_VALUE, selector);
	}

	List<String> tabTitles() {
		return this.browser.findAll(".graphiql-tab .graphiql-tab-button").stream().map(WebElement::getText).toList();
	}

	@Test
	void graphiqlOpensEveryExampleAsATab_runsTheFirstOne_andShowsItsAnswer_withoutLeavingLocalhost() {
		assertThat(tabTitles()).containsExactly("ComputeCommitments", "ExclusivityInForce", "DealWithEvidence", "Search",
				"Timeline", "TotalsByParty", "WhatChanged");
		assertThat(editor(".graphiql-query-editor")).as("the default query is the first example, unchanged")
			.isEqualTo(this.examples.get(0).get("query"));

		this.browser.find(".graphiql-execute-button").click();
		String result = this.browser.waitFor("the answer in the result pane", d -> {
			String text = editor(".result-window");
			return text.contains("\"data\"") ? text : null;
		});
		assertThat(result).doesNotContain("\"errors\"")
			.contains("\"totalCount\": 2")
			.contains("OpenAI said it plans to consume 2 gigawatts of Trainium capacity on AWS.")
			.contains("\"text\": \"2 GW\"");

		this.browser.find("[aria-label='Show Documentation Explorer']").click();
		this.browser.waitFor("the docs explorer to list the schema's root type",
				d -> this.browser.find(".graphiql-doc-explorer").getText().contains("Query"));
		this.browser.find(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name").click();
		this.browser.waitFor("the docs of Query to list its fields",
				d -> this.browser.find(".graphiql-doc-explorer").getText().contains("commitmentTotals"));

		this.browser.find("[aria-label='Show History']").click();
		this.browser.waitFor("the run query in the history",
				d -> this.browser.findAll(".graphiql-history-item").stream()
					.anyMatch(item -> item.getText().contains("ComputeCommitments")));
		this.browser.screenshot("graphiql-default-example-run");
		this.browser.assertNoRequestLeftThisMachine();
		assertThat(this.browser.requestsTo("GET", "/webjars/graphiql/2.4.7/graphiql.min.js")).hasSize(1);
		// The example ran (and the schema was introspected) as persisted queries by GET, hash and variables in the URL.
		assertThat(this.browser.requestsTo("GET", "/graphql")).isNotEmpty()
			.allMatch(r -> r.url().contains("persistedQuery") && !r.url().contains("query="));
	}

	@Test
	void theExamplesPanelReopensAClosedExampleInItsOwnTab_withItsVariables_whichTheVariablesEditorChanges() {
		WebElement exclusivityTab = this.browser.findAll(".graphiql-tab").stream()
			.filter(tab -> tab.getText().contains("ExclusivityInForce"))
			.findFirst()
			.orElseThrow();
		exclusivityTab.findElement(By.cssSelector(".graphiql-tab-button")).click();
		this.browser.waitFor("the tab to become active", d -> exclusivityTab.getAttribute("class").contains("graphiql-tab-active"));
		exclusivityTab.findElement(By.cssSelector(".graphiql-tab-close")).click();
		this.browser.waitFor("the tab to close", d -> !tabTitles().contains("ExclusivityInForce"));

		this.browser.find("button[data-example='exclusivity-in-force']").click();
		this.browser.waitFor("the example in a new active tab", d -> {
			List<WebElement> active = this.browser.findAll(".graphiql-tab.graphiql-tab-active");
			return !active.isEmpty() && active.get(0).getText().contains("ExclusivityInForce");
		});
		assertThat(tabTitles()).hasSize(7).last().isEqualTo("ExclusivityInForce");
		assertThat(editor(".graphiql-query-editor")).contains("query ExclusivityInForce($day: Date!)")
			.doesNotContain("# variables:");
		assertThat(editor(".graphiql-editor-tool")).contains("\"day\": \"2026-04-01\"");

		this.browser.find(".graphiql-execute-button").click();
		String april = this.browser.waitFor("the answer for 2026-04-01", d -> {
			String text = editor(".result-window");
			return text.contains("\"data\"") ? text : null;
		});
		assertThat(april).contains("\"totalCount\": 4").contains("exclusive license to OpenAI’s intellectual property");

		this.browser.script("document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror"
				+ ".setValue('{\"day\": \"2026-05-01\"}');");
		this.browser.find(".graphiql-execute-button").click();
		String may = this.browser.waitFor("the answer for 2026-05-01", d -> {
			String text = editor(".result-window");
			return text.contains("\"totalCount\": 2") ? text : null;
		});
		assertThat(may).doesNotContain("exclusive license to OpenAI’s intellectual property")
			.contains("Azure as the exclusive cloud");
		this.browser.screenshot("graphiql-exclusivity-example-with-variables");
		this.browser.assertNoRequestLeftThisMachine();
	}

}
