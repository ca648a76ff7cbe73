package io.dealgraph.browser;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in a real headless Chromium, over the seeded data and the public /graphql only. */
class DashboardBrowserTests extends ApiTest {

	static final String IP_LICENCE = "microsoft-exclusive-openai-ip-license";

	static final String STATELESS_APIS = "azure-exclusive-cloud-for-stateless-openai-apis";

	static final String CHART = "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
			+ "var option = chart.getOption();";

	Browser browser;

	@BeforeEach
	void chromium() {
		Browser.assumeInstalled();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	void openDashboard() {
		this.browser = new Browser(1400, 1900);
		this.browser.open("http://localhost:" + this.port + "/dashboard");
		this.browser.waitFor("the dashboard to load its data", d -> {
			String state = this.browser.find("body").getAttribute("data-state");
			return "ready".equals(state) || "error".equals(state);
		});
		assertThat(this.browser.find("body").getAttribute("data-state")).as(this.browser.find("#status").getText())
			.isEqualTo("ready");
	}

	String inForce(String term) {
		return this.browser.find("#exclusivity-matrix li[data-term='" + term + "']").getAttribute("data-in-force");
	}

	void showMatrixOn(String day) {
		this.browser.waitFor("the exclusivity matrix for " + day,
				d -> day.equals(this.browser.find("body").getAttribute("data-matrix"))
						&& day.equals(this.browser.find("#exclusivity-matrix table").getAttribute("data-as-of")));
	}

	@Test
	void theDashboardChartsTheSeededTimelineAndOneCommitmentChartPerUnit_fromLocalhostOnly() {
		openDashboard();

		Map<String, Object> usd = this.browser.script(CHART
				+ "return {parties: option.yAxis[0].data, totals: option.series[0].data.map(function (d) { return d.value; })};",
				"commitments-chart-USD");
		assertThat(usd.get("parties")).isEqualTo(List.of("Stargate", "Amazon"));
		assertThat(usd.get("totals")).isEqualTo(List.of(500000000000L, 50000000000L));
		Map<String, Object> gw = this.browser.script(CHART
				+ "return {parties: option.yAxis[0].data, totals: option.series[0].data.map(function (d) { return d.value; })};",
				"commitments-chart-GW");
		assertThat(gw.get("parties")).isEqualTo(List.of("OpenAI"));
		assertThat(gw.get("totals")).isEqualTo(List.of(2L));
		assertThat(this.browser.findAll("#commitments figure").stream().map(f -> f.getAttribute("data-unit")))
			.containsExactly("USD", "GW");
		assertThat(this.browser.find("#commitments").getText()).contains("$500 billion", "$50 billion", "2 GW");
		for (String unit : List.of("USD", "GW")) {
			List<Number> widths = this.browser.script(CHART + "return [chart.getWidth(), "
					+ "document.getElementById(arguments[0]).parentElement.getBoundingClientRect().width];",
					"commitments-chart-" + unit);
			assertThat(widths.get(0).doubleValue()).as("the " + unit + " chart fits its column")
				.isGreaterThan(200)
				.isLessThanOrEqualTo(widths.get(1).doubleValue() + 1);
		}

		long timelineEntries = this.browser.script(CHART + "return option.series[1].data.reduce("
				+ "function (n, d) { return n + d.group.entries.length; }, 0);", "timeline-chart");
		Integer seededEntries = this.graphQl.document("{ timeline(first: 100) { totalCount } }")
			.execute()
			.path("timeline.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(timelineEntries).isEqualTo(seededEntries.longValue()).isGreaterThanOrEqualTo(20);
		List<String> kinds = this.browser.script(CHART + "return option.yAxis[0].data;", "timeline-chart");
		assertThat(kinds).contains("Events", "Deals announced");

		List<WebElement> statements = this.browser.findAll("#statements li[data-statement]");
		assertThat(statements).hasSize(6);
		assertThat(this.browser.find("#statements li[data-statement='dresser-memo-microsoft-limited-our-ability']").getText())
			.contains("“limited our ability”", "Denise Dresser (Chief revenue officer, OpenAI)", "by 13 April 2026", "cnbc.com");

		this.browser.screenshot("dashboard");
		// Queries go as persisted queries by GET; a POST registers one the API did not know yet (once per
		// query and instance), and one more opens the subscription to new releases.
		assertThat(this.browser.requestsTo("GET", "/graphql")).as("GraphQL queries at load: the dashboard, its current release").hasSize(2);
		assertThat(this.browser.requestsTo("POST", "/graphql")).as("the subscription, and registrations of unknown queries")
			.hasSizeBetween(1, 3);
		assertThat(this.browser.requestsTo("GET", "/webjars/echarts/5.3.1/dist/echarts.min.js")).hasSize(1);
		this.browser.assertNoRequestLeftThisMachine();
	}

	@Test
	void theDateControlRequeriesTheExclusivityMatrix_soTheLateAprilRestructuringShowsAsAChange() {
		openDashboard();

		this.browser.script("var input = document.getElementById('as-of'); input.value = '2026-04-01';"
				+ "input.dispatchEvent(new Event('change', {bubbles: true}));");
		showMatrixOn("2026-04-01");
		assertThat(inForce(IP_LICENCE)).isEqualTo("TRUE");
		assertThat(inForce(STATELESS_APIS)).isEqualTo("TRUE");
		assertThat(this.browser.find("#exclusivity-matrix").getText()).contains("Microsoft", "Amazon Web Services",
				"OpenAI", "exclusive license to OpenAI’s intellectual property");
		this.browser.screenshot("dashboard-exclusivity-2026-04-01");

		this.browser.find("#key-dates button[data-day='2026-05-01']").click();
		showMatrixOn("2026-05-01");
		assertThat(inForce(IP_LICENCE)).isEqualTo("FALSE");
		assertThat(inForce("microsoft-sole-cloud-for-third-party-api-products")).isEqualTo("FALSE");
		assertThat(inForce(STATELESS_APIS)).isEqualTo("TRUE");
		assertThat(this.browser.find("#as-of").getAttribute("value")).isEqualTo("2026-05-01");

		this.browser.find("#key-dates button[data-day='2026-04-25']").click();
		showMatrixOn("2026-04-25");
		assertThat(inForce(IP_LICENCE)).isEqualTo("TRUE");
		this.browser.screenshot("dashboard-exclusivity-2026-04-25");

		assertThat(this.browser.requestsTo("GET", "/graphql")).as("two at load (the dashboard, its current release), one per date")
			.hasSize(5);
		assertThat(this.browser.requestsTo("POST", "/graphql")).as("the subscription, and registrations of unknown queries")
			.hasSizeBetween(1, 4);
		this.browser.assertNoRequestLeftThisMachine();
	}

	@Test
	void aQuoteATotalAndAChartBarEachOpenTheirCitations_withExcerptAndSource() {
		openDashboard();

		this.browser.find("#statements li[data-statement='microsoft-openai-joint-statement-evolve-partnership'] button.cite")
			.click();
		this.browser.waitFor("the citations dialog", d -> this.browser.find("#citations").isDisplayed());
		assertThat(this.browser.find("#citations").getText()).contains(
				"The rapid pace of innovation requires us to continue to evolve our partnership",
				"Source: OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes",
				"published 30 April 2026");
		this.browser.screenshot("dashboard-citation-of-a-quote");
		this.browser.find("#citations .dialog-close button").click();
		this.browser.waitFor("the dialog to close", d -> !this.browser.find("#citations").isDisplayed());

		this.browser.find("#commitments figure[data-unit='GW'] button[data-total='2']").click();
		this.browser.waitFor("the citations of the 2 GW total", d -> this.browser.find("#citations").isDisplayed());
		assertThat(this.browser.find("#citations-title").getText()).isEqualTo("OpenAI: 2 GW");
		assertThat(this.browser.find("#citations-body").getText())
			.contains("OpenAI said it plans to consume 2 gigawatts of Trainium capacity on AWS");
		this.browser.find("#citations .dialog-close button").click();
		this.browser.waitFor("the dialog to close", d -> !this.browser.find("#citations").isDisplayed());

		// A click on the Stargate bar itself, where ECharts drew it.
		List<Number> at = this.browser.script(CHART + "var p = chart.convertToPixel({seriesIndex: 0}, [250000000000, 'Stargate']);"
				+ "var box = document.getElementById(arguments[0]).getBoundingClientRect();"
				+ "return [p[0] - box.width / 2, p[1] - box.height / 2];", "commitments-chart-USD");
		WebElement chart = this.browser.find("#commitments-chart-USD");
		new Actions(this.browser.driver()).moveToElement(chart, at.get(0).intValue(), at.get(1).intValue()).click().perform();
		this.browser.waitFor("the citations of the Stargate bar", d -> this.browser.find("#citations").isDisplayed());
		assertThat(this.browser.find("#citations-title").getText()).isEqualTo("Stargate: $500 billion");
		assertThat(this.browser.find("#citations-body").getText()).contains("Source: ");
		this.browser.screenshot("dashboard-citation-of-a-chart-bar");
		this.browser.assertNoRequestLeftThisMachine();
	}

	@Test
	void whenTheApiIsUnreachable_theDashboardSaysSo_insteadOfStayingBlank() {
		this.browser = new Browser(1400, 900);
		this.browser.chrome().executeCdpCommand("Network.enable", Map.of());
		this.browser.chrome().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/graphql")));
		this.browser.open("http://localhost:" + this.port + "/dashboard");
		this.browser.waitFor("the dashboard to give up",
				d -> "error".equals(this.browser.find("body").getAttribute("data-state")));
		WebElement banner = this.browser.find("#status");
		assertThat(banner.isDisplayed()).isTrue();
		assertThat(banner.getAttribute("role")).isEqualTo("alert");
		assertThat(banner.getText()).contains("The dashboard could not load its data",
				"the API at /graphql could not be reached", "Try again");
		assertThat(this.browser.findAll(".panel .unavailable")).hasSize(5)
			.allMatch(WebElement::isDisplayed)
			.allMatch(p -> p.getText().equals("Not available: no data from the API."));
		this.browser.screenshot("dashboard-api-unreachable");
		assertThat(this.browser.requestsTo("GET", "/graphql")).as("the dashboard's and its release's persisted queries, at once")
			.hasSize(2);
		this.browser.assertNoRequestLeftThisMachine();
	}


	@Test
	void theDashboardSendsPersistedQueriesByGet_andALaterLoadIsAnsweredByTheBrowserCacheOrA304() {
		openDashboard();
		// The first visit registers its queries (the API did not know their hashes): each GET, then a POST.
		assertThat(this.browser.requestsTo("GET", "/graphql")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(this.browser.requestsTo("GET", "/graphql")).allMatch(r -> r.url().contains("persistedQuery")
				&& !r.url().contains("query=") );
		this.browser.driver().navigate().refresh();
		openDashboardAgain();
		this.browser.driver().navigate().refresh();
		openDashboardAgain();
		// The third load: every persisted query came from the browser's cache or was revalidated (304), none ran.
		List<Map<String, Object>> gets = this.browser.script("""
				return performance.getEntriesByType('resource')
				  .filter(e => e.name.indexOf('/graphql?extensions=') >= 0)
				  .map(e => ({ transferSize: e.transferSize, status: e.responseStatus }));""");
		assertThat(gets).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(e -> assertThat(((Number) e.get("transferSize")).longValue() == 0
					|| ((Number) e.get("status")).intValue() == 304).as("cached or revalidated: " + e).isTrue());
		this.browser.assertNoRequestLeftThisMachine();
	}

	void openDashboardAgain() {
		this.browser.waitFor("the dashboard to load its data again", d -> "ready".equals(this.browser.find("body").getAttribute("data-state")));
	}

}
