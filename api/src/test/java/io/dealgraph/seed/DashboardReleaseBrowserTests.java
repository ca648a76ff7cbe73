package io.dealgraph.seed;

import java.util.List;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.Browser;
import io.dealgraph.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's release panel in a real headless Chromium, on a database of its own: it shows the
 * current release, and, subscribed over Server-Sent Events, the next one as soon as it loads, with
 * what it changed, without a reload of the page.
 */
class DashboardReleaseBrowserTests {

	@Test
	void theDashboard_showsTheCurrentRelease_andUpdatesWhenANewOneLoads() {
		Browser.assumeInstalled();
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh("ledger_dashboard_release").url();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DealgraphApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--server.port=0",
				"--spring.application.name=dealgraph-dashboard-release");
				Browser browser = new Browser(1400, 1900)) {
			browser.open("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/dashboard");
			browser.waitFor("the dashboard to load and follow releases",
					d -> "ready".equals(browser.find("body").getAttribute("data-state"))
							&& "yes".equals(browser.find("body").getAttribute("data-following")));
			assertThat(browser.find("body").getAttribute("data-release")).isEqualTo("1");
			assertThat(browser.find("#release-summary").getText()).startsWith("Release 1, loaded ").contains(" added, 0 changed, 0 removed.");

			SeedFiles changed = SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
					"title: \"Stargate, on the dashboard\"");
			assertThat(app.getBean(SeedLoader.class).load(changed)).isTrue();
			browser.waitFor("the panel to show release 2", d -> "2".equals(browser.find("body").getAttribute("data-release")));
			assertThat(browser.find("#release-summary").getText()).startsWith("Release 2, loaded ")
				.endsWith(": 0 added, 1 changed, 0 removed.");
			List<String> changes = browser.findAll("#release-changes li").stream()
				.map(item -> item.getAttribute("data-change"))
				.toList();
			assertThat(changes).containsExactly("CHANGED Deal stargate");
			browser.assertNoRequestLeftThisMachine();
		}
	}

}
