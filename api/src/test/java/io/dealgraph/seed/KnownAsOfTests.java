package io.dealgraph.seed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What we knew when, on a database of its own with two releases: the seeds, then a load that
 * renames the Stargate deal ("Stargate moonshot") and moves the 2 GW commitment to a new slug (one commitment removed,
 * one added). {@code release} and {@code knownAsOf} answer a root field and everything below it
 * from the ledger as it stood, in one statement per root field, and paging on stays there.
 */
class KnownAsOfTests {

	static final String OLD_SLUG = "openai-consumes-2gw-trainium-on-aws";

	static final String NEW_SLUG = OLD_SLUG + "-renamed";

	static final String OLD_EXCERPT = "On January 21, 2025, it launched the Stargate project with SoftBank, Oracle, and MGX";

	static final String NEW_EXCERPT = "it launched the Stargate project with SoftBank, Oracle, and MGX";

	static ConfigurableApplicationContext app;

	static HttpGraphQlTester graphQl;

	static MeterRegistry meters;

	/** When each release was loaded, by number. */
	static Map<Long, Instant> loadedAt = new HashMap<>();

	@BeforeAll
	static void start() {
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh("ledger_known_as_of").url();
		app = new SpringApplicationBuilder(DealgraphApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=0", "--spring.application.name=dealgraph-known-as-of");
		SeedFiles changed = SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
				"title: \"Stargate moonshot\"");
		Map<String, String> contents = new HashMap<>(changed.contents());
		contents.put(SeedReaderTests.AMAZON,
				contents.get(SeedReaderTests.AMAZON).replace("slug: " + OLD_SLUG + "\n", "slug: " + NEW_SLUG + "\n"));
		// The deal's own citation (not its parties'), cut to a shorter excerpt of the same sentence.
		String stargate = contents.get("deals/stargate.yml");
		String citation = "\n    - source: cloud-politics-heat-up\n      excerpt: \"";
		assertThat(stargate).contains(citation + OLD_EXCERPT + "\"");
		contents.put("deals/stargate.yml", stargate.replace(citation + OLD_EXCERPT + "\"", citation + NEW_EXCERPT + "\""));
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(contents))).isTrue();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, db.username(), db.password()));
		jdbc.query("select number, loaded_at from release",
				rs -> { loadedAt.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()); });
		assertThat(loadedAt).containsOnlyKeys(1L, 2L);
		String port = app.getEnvironment().getProperty("local.server.port");
		graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
		meters = app.getBean(MeterRegistry.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	static final String LEDGER = """
			query($release: Int, $knownAsOf: DateTime) {
			  stargate: deal(slug: "stargate", release: $release, knownAsOf: $knownAsOf) { title }
			  amazon: deal(slug: "amazon-openai-partnership", release: $release, knownAsOf: $knownAsOf) {
			    commitments(first: 50) { nodes { slug citations { totalCount } } }
			  }
			  old: commitment(slug: "%s", release: $release, knownAsOf: $knownAsOf) { slug }
			  renamed: commitment(slug: "%s", release: $release, knownAsOf: $knownAsOf) { slug }
			  commitments(first: 100, release: $release, knownAsOf: $knownAsOf) { totalCount nodes { slug } }
			}""".formatted(OLD_SLUG, NEW_SLUG);

	@Test
	void releaseOne_answersEveryRootField_andEverythingBelow_asTheLedgerStoodThen_inOneStatementEach() {
		double before = statements();
		var response = graphQl.document(LEDGER).variable("release", 1).execute();
		assertThat(statements() - before).as("one statement per root field").isEqualTo(5);
		response.path("stargate.title").entity(String.class).isEqualTo("Stargate project")
			.path("old.slug").entity(String.class).isEqualTo(OLD_SLUG)
			.path("renamed").valueIsNull()
			.path("amazon.commitments.nodes[*].slug").entityList(String.class).contains(OLD_SLUG).doesNotContain(NEW_SLUG)
			.path("commitments.nodes[*].slug").entityList(String.class).contains(OLD_SLUG).doesNotContain(NEW_SLUG);
		// The removed commitment kept its citation at release 1.
		response.path("amazon.commitments.nodes[?(@.slug == '" + OLD_SLUG + "')].citations.totalCount")
			.entityList(Integer.class).containsExactly(1);
	}

	@Test
	void releaseTwo_andNoArgumentAtAll_answerTheLatestLedger_alike() {
		for (Map<String, Object> variables : List.of(Map.<String, Object>of("release", 2), Map.<String, Object>of())) {
			var request = graphQl.document(LEDGER);
			variables.forEach(request::variable);
			request.execute()
				.path("stargate.title").entity(String.class).isEqualTo("Stargate moonshot")
				.path("old").valueIsNull()
				.path("renamed.slug").entity(String.class).isEqualTo(NEW_SLUG)
				.path("amazon.commitments.nodes[*].slug").entityList(String.class).contains(NEW_SLUG).doesNotContain(OLD_SLUG);
		}
	}

	@Test
	void knownAsOf_betweenTwoReleases_answersAsTheFirst_andAtTheSecondsLoad_asTheSecond() {
		Instant between = loadedAt.get(2L).minusMillis(1);
		graphQl.document(LEDGER).variable("knownAsOf", between.toString()).execute()
			.path("stargate.title").entity(String.class).isEqualTo("Stargate project")
			.path("old.slug").entity(String.class).isEqualTo(OLD_SLUG)
			.path("renamed").valueIsNull();
		graphQl.document(LEDGER).variable("knownAsOf", loadedAt.get(2L).toString()).execute()
			.path("stargate.title").entity(String.class).isEqualTo("Stargate moonshot")
			.path("renamed.slug").entity(String.class).isEqualTo(NEW_SLUG);
	}

	@Test
	void pagingOn_withTheCursorsOfAnEarlierRelease_staysOnThatRelease() {
		String knownAsOf = loadedAt.get(2L).minusMillis(1).toString();
		List<String> all = graphQl.document("query($k: DateTime) { commitments(first: 100, knownAsOf: $k) { nodes { slug } } }")
			.variable("k", knownAsOf).execute().path("commitments.nodes[*].slug").entityList(String.class).get();
		assertThat(all).contains(OLD_SLUG).doesNotContain(NEW_SLUG);
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			// The first page asks knownAsOf; the next ones only pass the cursor on.
			var response = graphQl.document("""
					query($k: DateTime, $after: String) {
					  commitments(first: 3, after: $after, knownAsOf: $k) { nodes { slug } pageInfo { hasNextPage endCursor } }
					}""").variable("k", page == 0 ? knownAsOf : null).variable("after", after).execute();
			walked.addAll(response.path("commitments.nodes[*].slug").entityList(String.class).get());
			if (!response.path("commitments.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("commitments.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).isEqualTo(all);

		String cursor = graphQl.document("query($k: DateTime) { commitments(first: 1, knownAsOf: $k) { pageInfo { endCursor } } }")
			.variable("k", knownAsOf).execute().path("commitments.pageInfo.endCursor").entity(String.class).get();
		assertThat(badRequest("query($c: String) { commitments(release: 2, after: $c) { totalCount } }", Map.of("c", cursor)))
			.isEqualTo("Argument 'after' was returned from release 1, but this field reads release 2: ask with the same "
					+ "knownAsOf or release as the page before");
	}

	@Test
	void aReleaseThatDoesNotExist_anInstantBeforeTheFirstOrInTheFuture_andBoth_areClearBadRequests() {
		assertThat(badRequest("{ deal(slug: \"stargate\", release: 99) { title } }", Map.of()))
			.isEqualTo("Argument 'release' names no release of this ledger (99); the newest is 2");
		assertThat(badRequest("{ deals(release: 0) { totalCount } }", Map.of()))
			.isEqualTo("Argument 'release' names no release of this ledger (0); the newest is 2");
		assertThat(badRequest("{ deals(knownAsOf: \"2001-01-01T00:00:00Z\") { totalCount } }", Map.of()))
			.isEqualTo("Argument 'knownAsOf' is before the first release (2001-01-01T00:00Z): the ledger held nothing then");
		assertThat(badRequest("{ search(query: \"stargate\", knownAsOf: \"2999-01-01T00:00:00+01:00\") { totalCount } }", Map.of()))
			.isEqualTo("Argument 'knownAsOf' is in the future (2999-01-01T00:00+01:00): leave it out for the latest ledger");
		assertThat(badRequest("{ organizations(release: 1, knownAsOf: \"2020-01-01T00:00:00Z\") { totalCount } }", Map.of()))
			.isEqualTo("Argument 'release' cannot be given with knownAsOf: ask for one or the other");
	}

	@Test
	void theReleasesThemselves_atAnEarlierRelease_areThoseLoadedByThen() {
		graphQl.document("{ releases(release: 1) { totalCount nodes { number } } latest: releases { totalCount } }").execute()
			.path("releases.totalCount").entity(Integer.class).isEqualTo(1)
			.path("releases.nodes[*].number").entityList(Integer.class).containsExactly(1)
			.path("latest.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void search_andTheTimeline_atReleaseOne_findWhatWasThere() {
		graphQl.document("""
				{ then: search(query: "moonshot", types: [DEAL], release: 1) { totalCount }
				  now: search(query: "moonshot", types: [DEAL]) { totalCount } }""").execute()
			.path("then.totalCount").entity(Integer.class).isEqualTo(0)
			.path("now.totalCount").entity(Integer.class).isEqualTo(1);
		graphQl.document("{ then: timeline(release: 1, first: 100) { totalCount } now: timeline(first: 100) { totalCount } }")
			.execute()
			.path("then.totalCount").entity(Integer.class).satisfies(then -> assertThat(then).isPositive());
	}

	@Test
	void changes_ofTheSecondRelease_listTheRemovedAddedAndChangedFacts_withTheirFieldsBeforeAndAfter() {
		var response = graphQl.document("""
				{ changes(release: 2) { totalCount nodes { operation typeName slug release { number }
				    fields { field before after } } } }""").execute();
		response.path("changes.totalCount").entity(Integer.class).isEqualTo(3)
			.path("changes.nodes[*].release.number").entityList(Integer.class).containsExactly(2, 2, 2);
		List<String> changes = response.path("changes.nodes[*]").entityList(Map.class).get().stream()
			.map(c -> c.get("operation") + " " + c.get("typeName") + " " + c.get("slug"))
			.toList();
		assertThat(changes).containsExactlyInAnyOrder("REMOVED Commitment " + OLD_SLUG, "ADDED Commitment " + NEW_SLUG,
				"CHANGED Deal stargate");
		List<Map> fields = response.path("changes.nodes[?(@.typeName == 'Deal')].fields[*]").entityList(Map.class).get();
		assertThat(fields).contains(Map.of("field", "title", "before", "Stargate project", "after", "Stargate moonshot"));
		assertThat(fields).filteredOn(f -> "citations".equals(f.get("field")))
			.as("the deal's citation, changed: its old excerpt removed, its new one added")
			.extracting(f -> f.get("before") + " -> " + f.get("after"))
			.containsExactly(OLD_EXCERPT + " -> null", "null -> " + NEW_EXCERPT);
		response.path("changes.nodes[?(@.operation != 'CHANGED')].fields[*]").entityList(Map.class).hasSize(0);

		// A deal party is named by its deal's and organization's slugs and its role.
		assertThat(graphQl.document("{ changes(release: 1, first: 100) { nodes { operation typeName slug } } }").execute()
			.path("changes.nodes[?(@.typeName == 'DealParty')].slug").entityList(String.class).get())
			.contains("stargate/openai/PARTNER", "stargate/softbank/PARTNER");

		// Since the first release's load: the same three; with no argument, release 1's additions too.
		graphQl.document("query($since: DateTime) { changes(since: $since) { totalCount } all: changes { totalCount } }")
			.variable("since", loadedAt.get(1L).toString())
			.execute()
			.path("changes.totalCount").entity(Integer.class).isEqualTo(3)
			.path("all.totalCount").entity(Integer.class).satisfies(all -> assertThat(all).isGreaterThan(70));
	}

	@Test
	void aFact_knowsTheReleaseThatRecordedIt_theOneThatLastChangedIt_andItsVersions_asOfEachRelease() {
		String document = """
				query($release: Int) { deal(slug: "stargate", release: $release) { recordedIn { number } updatedIn { number }
				  history { operation release { number } fields { field } } } }""";
		graphQl.document(document).execute()
			.path("deal.recordedIn.number").entity(Integer.class).isEqualTo(1)
			.path("deal.updatedIn.number").entity(Integer.class).isEqualTo(2)
			.path("deal.history[*].operation").entityList(String.class).containsExactly("ADDED", "CHANGED")
			.path("deal.history[*].release.number").entityList(Integer.class).containsExactly(1, 2)
			.path("deal.history[0].fields").entityList(Object.class).hasSize(0)
			.path("deal.history[1].fields[*].field").entityList(String.class).contains("title", "citations");
		graphQl.document(document).variable("release", 1).execute()
			.path("deal.updatedIn.number").entity(Integer.class).isEqualTo(1)
			.path("deal.history[*].release.number").entityList(Integer.class).containsExactly(1);
	}

	/** Debian's python3 and its feedparser (the python3 first on the PATH may be another). */
	static final String PYTHON = "/usr/bin/python3";

	static final String PARSE_FEED = """
			import feedparser, json, sys
			feed = feedparser.parse(sys.stdin.buffer.read())
			print(json.dumps({"bozo": feed.bozo, "version": feed.version, "title": feed.feed.title,
			  "entries": [{"id": e.id, "title": e.title, "updated": e.updated,
			               "link": e.link, "content": e.content[0].value} for e in feed.entries]}))
			""";

	@Test
	void theChangesFeed_isAtomThatARealFeedParserReads_oneEntryPerRelease_newestFirst_eachFactLinkedToGraphiql() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of(PYTHON))
				&& new ProcessBuilder(PYTHON, "-c", "import feedparser").start().waitFor() == 0,
				"Debian's python3-feedparser is installed (.ci/run installs it)");
		String port = app.getEnvironment().getProperty("local.server.port");
		var http = java.net.http.HttpClient.newHttpClient();
		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/changes.atom"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
		Process python = new ProcessBuilder(PYTHON, "-c", PARSE_FEED).redirectErrorStream(true).start();
		python.getOutputStream().write(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		python.getOutputStream().close();
		String parsed = new String(python.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(python.waitFor()).as(parsed).isZero();
		var feed = tools.jackson.databind.json.JsonMapper.builder().build().readTree(parsed);
		assertThat(feed.path("bozo").asBoolean()).as("well-formed: " + parsed).isFalse();
		assertThat(feed.path("version").asString()).isEqualTo("atom10");
		assertThat(feed.path("entries")).hasSize(2);
		var newest = feed.path("entries").get(0);
		assertThat(newest.path("id").asString()).isEqualTo("tag:dealgraph,2026:release/2");
		assertThat(newest.path("title").asString()).isEqualTo("Release 2: 3 changes");
		assertThat(newest.path("content").asString()).contains("CHANGED Deal", "ADDED Commitment", "REMOVED Commitment",
				">" + OLD_SLUG + "<", "/graphiql?query=");
		assertThat(feed.path("entries").get(1).path("id").asString()).isEqualTo("tag:dealgraph,2026:release/1");

		// The removed commitment's link asks for it as release 1 held it, and that query answers.
		var link = java.util.regex.Pattern.compile("href=\"[^\"]*/graphiql\\?query=([^\"]+)\">" + OLD_SLUG + "<")
			.matcher(newest.path("content").asString());
		assertThat(link.find()).isTrue();
		String query = java.net.URLDecoder.decode(link.group(1).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(query).contains("commitment(slug: \"" + OLD_SLUG + "\", release: 1)");
		graphQl.document(query).execute()
			.path("commitment.recordedIn.number").entity(Integer.class).isEqualTo(1)
			.path("commitment.history[*].operation").entityList(String.class).containsExactly("ADDED");
	}

	private static String badRequest(String document, Map<String, Object> variables) {
		var request = graphQl.document(document);
		variables.forEach(request::variable);
		List<ResponseError> errors = new java.util.ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		assertThat(errors).as(document).singleElement()
			.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		return errors.get(0).getMessage();
	}

	private static double statements() {
		var counter = meters.find("dealgraph.db.statements").counter();
		return counter == null ? 0 : counter.count();
	}

}
