package io.dealgraph.seed;

import java.util.List;
import java.util.Map;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Releases on a database of their own, since these loads rename and remove facts: each load that
 * changes anything is one release listing what it added, changed and removed, and every version
 * before it is kept.
 */
class ReleasesTests {

	static final String DATABASE = "ledger_releases";

	static ConfigurableApplicationContext app;

	static JdbcTemplate jdbc;

	static SeedLoader loader;

	static HttpGraphQlTester graphQl;

	@BeforeAll
	static void start() {
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh(DATABASE).url();
		app = new SpringApplicationBuilder(DealgraphApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=0", "--spring.application.name=dealgraph-releases");
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, db.username(), db.password()));
		loader = app.getBean(SeedLoader.class);
		String port = app.getEnvironment().getProperty("local.server.port");
		graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theFirstLoad_isReleaseOne_addingEveryFact_andTheSameFilesAgainMakeNone() {
		Seeds seeds = SeedReader.read(SeedReaderTests.REAL);
		Map<String, Object> first = jdbc.queryForMap("select number, checksum, file_count from release order by number limit 1");
		assertThat(first).containsEntry("number", 1L).containsEntry("checksum", seeds.checksum())
			.containsEntry("file_count", seeds.fileCount());
		assertThat(count("select added from release_count where release = 1 and type_name = 'Deal'"))
			.isEqualTo(seeds.deals().size());
		assertThat(count("select added from release_count where release = 1 and type_name = 'Source'")).isEqualTo(5);
		assertThat(count("select coalesce(sum(changed + removed), 0) from release_count where release = 1")).isZero();
		long releases = count("select count(*) from release");
		assertThat(loader.load(SeedReaderTests.REAL)).isFalse();
		assertThat(count("select count(*) from release")).as("an unchanged load makes no release").isEqualTo(releases);
	}

	@Test
	void aChangedLoad_isOneRelease_ofWhatChanged_andTheVersionsBeforeItAreKept() {
		loader.load(SeedReaderTests.REAL);
		long before = count("select max(number) from release");
		long dealId = count("select id from deal where slug = 'stargate'");
		SeedFiles changed = rename(SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
				"title: \"The Stargate project\""));
		assertThat(loader.load(changed)).isTrue();

		long release = count("select max(number) from release");
		assertThat(release).as("exactly one release").isEqualTo(before + 1);
		assertThat(jdbc.queryForList("""
				select type_name || ' +' || added || ' ~' || changed || ' -' || removed from release_count
				where release = ? order by type_name""", String.class, release))
			.containsExactly("Commitment +1 ~0 -1", "Deal +0 ~1 -0");
		// The deal kept its row; its old title is the version that held until this release.
		assertThat(count("select id from deal where slug = 'stargate'")).isEqualTo(dealId);
		assertThat(jdbc.queryForList("select title || ' ' || rev || '..' || coalesce(revend::text, 'now') from deal_aud "
				+ "where id = ? order by rev", String.class, dealId))
			.endsWith("Stargate project " + prior(dealId) + ".." + release, "The Stargate project " + release + "..now");
		// The renamed commitment: the old one removed with its citation, the new one added with its own.
		assertThat(jdbc.queryForList("""
				select coalesce(slug, 'null') || ' ' || revtype from commitment_aud where rev = ? order by revtype""", String.class, release))
			.containsExactly("openai-consumes-2gw-trainium-on-aws-renamed 0", "null 2");
		assertThat(count("""
				select count(*) from citation_aud where rev = ? and revtype = 2 and commitment_id is null""", release))
			.as("a removal keeps only the id of what it removed").isEqualTo(1);

		graphQl.document("""
				query($n: Int!) { release(number: $n) { number checksum added changed removed
				  counts { typeName added changed removed } } releases(first: 1) { totalCount nodes { number } } }""")
			.variable("n", (int) release)
			.execute()
			.path("release.number").entity(Integer.class).isEqualTo((int) release)
			.path("release.checksum").entity(String.class).isEqualTo(SeedReader.read(rename(changed)).checksum())
			.path("release.added").entity(Integer.class).isEqualTo(1)
			.path("release.changed").entity(Integer.class).isEqualTo(1)
			.path("release.removed").entity(Integer.class).isEqualTo(1)
			.path("release.counts[*].typeName").entityList(String.class).containsExactly("Commitment", "Deal")
			.path("releases.totalCount").entity(Integer.class).isEqualTo((int) release)
			.path("releases.nodes[0].number").entity(Integer.class).isEqualTo((int) release);

		// Back to the real seeds: one more release, the deal's third version; nothing of the two before is lost.
		assertThat(loader.load(SeedReaderTests.REAL)).isTrue();
		assertThat(count("select count(*) from deal_aud where id = ?", dealId)).isEqualTo(count(
				"select count(distinct rev) from deal_aud where id = ?", dealId));
		assertThat(jdbc.queryForList("select title from deal_aud where id = ? order by rev", String.class, dealId))
			.endsWith("Stargate project", "The Stargate project", "Stargate project");
	}

	@Test
	void aLoadThatFails_leavesTheLastReleaseAsItWas() {
		loader.load(SeedReaderTests.REAL);
		List<Map<String, Object>> releases = jdbc.queryForList("select * from release order by number");
		long versions = count("select count(*) from deal_aud");
		SeedFiles refused = SeedReaderTests.replacing("deals/stargate.yml", "slug: stargate-invests-500b-over-four-years",
				"slug: stargate-" + "x".repeat(130));
		assertThatThrownBy(() -> loader.load(refused)).hasMessageContaining("slug");
		assertThat(jdbc.queryForList("select * from release order by number")).isEqualTo(releases);
		assertThat(count("select count(*) from deal_aud")).isEqualTo(versions);
	}

	@Test
	void releaseOfANumberThatIsNone_isNull_andReleasesPageNewestFirst() {
		graphQl.document("{ release(number: 100000) { number } }").execute().path("release").valueIsNull();
		List<Integer> numbers = jdbc.queryForList("select number::int from release order by number desc", Integer.class);
		graphQl.document("{ releases(first: 1) { nodes { number loadedAt } pageInfo { hasNextPage endCursor } } }")
			.execute()
			.path("releases.nodes[0].number").entity(Integer.class).isEqualTo(numbers.get(0))
			.path("releases.nodes[0].loadedAt").entity(String.class).satisfies(t -> assertThat(t).endsWith("Z"));
	}

	@Test
	void hostileArguments_ofTheReleaseFields_areClearErrorsOrNull_neverInternal() {
		for (String number : new String[] { "0", "-1", "-2147483648", "2147483647" }) {
			graphQl.document("{ release(number: " + number + ") { number } }").execute().path("release").valueIsNull();
		}
		graphQl.document("{ release(number: 3000000000) { number } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
		String forged = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString("v1\u001fNUMBER:DESC\u001f99999999999999999999\u001f1".getBytes());
		for (String page : new String[] { "first: 1000", "first: -1", "after: \"" + forged + "\"", "after: \"\\u0000\"" }) {
			graphQl.document("{ releases(" + page + ") { nodes { number } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(page).singleElement()
					.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
		}
	}

	@Test
	void dataAlreadyInADatabaseWhenReleasesLand_isReleaseOne_everyRowItsFirstVersion() {
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh("ledger_before_releases").url();
		migrations(url, db).target("11").load().migrate();
		JdbcTemplate old = new JdbcTemplate(new DriverManagerDataSource(url, db.username(), db.password()));
		old.update("insert into organization (slug, name, kind) values ('openai', 'OpenAI', 'COMPANY')");
		old.update("insert into seed_state (id, checksum, file_count) values (1, repeat('a', 64), 3)");
		migrations(url, db).load().migrate();
		assertThat(old.queryForMap("select number, checksum, file_count from release")).containsEntry("number", 1L)
			.containsEntry("checksum", "a".repeat(64)).containsEntry("file_count", 3);
		assertThat(old.queryForList("select slug || ' ' || rev || ' ' || revtype || ' ' || (revend is null) from organization_aud",
				String.class)).containsExactly("openai 1 0 true");
		assertThat(old.queryForList("select type_name || ' +' || added from release_count", String.class))
			.containsExactly("Organization +1");
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration migrations(String url, TestDatabase.Connection db) {
		return Flyway.configure()
			.dataSource(url, db.username(), db.password())
			.locations("classpath:db/migration")
			.placeholders(Map.of("reader_user", "dealgraph_reader", "reader_password", "unused"));
	}

	/** The 2 GW commitment under a new slug: one commitment removed, one added. */
	private static SeedFiles rename(SeedFiles files) {
		String path = SeedReaderTests.AMAZON;
		String text = files.contents().get(path);
		if (text.contains("slug: openai-consumes-2gw-trainium-on-aws-renamed")) {
			return files;
		}
		Map<String, String> contents = new java.util.HashMap<>(files.contents());
		contents.put(path, text.replace("slug: openai-consumes-2gw-trainium-on-aws\n",
				"slug: openai-consumes-2gw-trainium-on-aws-renamed\n"));
		return new SeedFiles(contents);
	}

	private static long prior(long dealId) {
		return jdbc.queryForObject("select rev from deal_aud where id = ? order by rev desc offset 1 limit 1", Long.class,
				dealId);
	}

	private static long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}


}
