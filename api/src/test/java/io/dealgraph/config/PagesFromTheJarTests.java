package io.dealgraph.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL and the dashboard load nothing from the internet: every script and style they name is a
 * path on this server, and it is there. (The browser tests check the requests a real page makes.)
 */
class PagesFromTheJarTests extends ApiTest {

	static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	String get(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	void served(String path) {
		byte[] body = this.http.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(body).as(path).isNotEmpty();
	}

	List<String> assets(String html) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		return assets;
	}

	@Test
	void graphiqlNamesOnlyScriptsAndStylesOfThisServer_andEachIsServed() {
		String html = get("/graphiql");
		assertThat(html).contains("<div id=\"graphiql\">");
		List<String> assets = assets(html);
		assertThat(assets).contains("/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
				"/webjars/react/18.3.1/umd/react.production.min.js", "/graphiql/dealgraph.js");
		assertThat(assets).allMatch(a -> a.startsWith("/") && !a.startsWith("//"), "a path on this server");
		assets.forEach(this::served);
		assertThat(get("/graphiql/dealgraph.js")).contains("/graphiql/examples.json").doesNotContain("http");
	}

	@Test
	void theDashboardNamesOnlyScriptsAndStylesOfThisServer_andEachIsServed() {
		String html = get("/dashboard");
		assertThat(html).contains("id=\"timeline-chart\"", "id=\"exclusivity-matrix\"", "id=\"as-of\"");
		List<String> assets = assets(html);
		assertThat(assets).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/dashboard/dashboard.js",
				"/dashboard/dashboard.css");
		assertThat(assets).allMatch(a -> a.startsWith("/") && !a.startsWith("//"), "a path on this server");
		assets.forEach(this::served);
		String script = get("/dashboard/dashboard.js");
		assertThat(script).contains("fetch('/graphql'").doesNotContain("http://").doesNotContain("https://")
			.doesNotContain("innerHTML");
	}

	@Test
	void theRootRedirectsToGraphiql() {
		this.http.get().uri("/").exchange().expectStatus().is3xxRedirection().expectHeader().valueMatches("Location", ".*/graphiql$");
	}

}
