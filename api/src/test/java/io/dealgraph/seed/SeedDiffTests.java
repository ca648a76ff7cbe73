package io.dealgraph.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.release.ChangeOperation;
import io.dealgraph.seed.SeedDiff.Change;
import io.dealgraph.seed.SeedDiff.FieldChange;
import io.dealgraph.seed.SeedDiff.ReleaseDiff;
import io.dealgraph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.dealgraph.seed.KnownAsOfTests.NEW_EXCERPT;
import static io.dealgraph.seed.KnownAsOfTests.NEW_SLUG;
import static io.dealgraph.seed.KnownAsOfTests.OLD_EXCERPT;
import static io.dealgraph.seed.KnownAsOfTests.OLD_SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate-seeds --diff}, on a database of its own loaded with the real seeds (release 1):
 * the release a load would make, printed and left unmade; then a real load of the same seeds makes
 * exactly that release. The changed seeds rename the Stargate deal, cut its citation's excerpt, and
 * move the 2 GW commitment to a new slug (one commitment removed, one added).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedDiffTests {

	static TestDatabase.Connection db;

	static ConfigurableApplicationContext app;

	static JdbcTemplate jdbc;

	/** What {@code validate-seeds --diff} printed for the changed seeds (test 2), for test 3. */
	static String printed;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() {
		db = TestDatabase.get().fresh("ledger_seed_diff");
		app = new SpringApplicationBuilder(DealgraphApplication.class).run("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=0", "--spring.application.name=dealgraph-seed-diff");
		jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	static SeedFiles changed() {
		Map<String, String> contents = new HashMap<>(SeedReaderTests
			.replacing("deals/stargate.yml", "title: \"Stargate project\"", "title: \"Stargate moonshot\"")
			.contents());
		contents.put(SeedReaderTests.AMAZON,
				contents.get(SeedReaderTests.AMAZON).replace("slug: " + OLD_SLUG + "\n", "slug: " + NEW_SLUG + "\n"));
		String citation = "\n    - source: cloud-politics-heat-up\n      excerpt: \"";
		contents.put("deals/stargate.yml",
				contents.get("deals/stargate.yml").replace(citation + OLD_EXCERPT + "\"", citation + NEW_EXCERPT + "\""));
		return new SeedFiles(contents);
	}

	/**
	 * Every ledger table, its {@code _aud} twin, release and seed_state, each as its row count and an
	 * md5 of its rows; and where each sequence stands: any write, committed or not, shows.
	 */
	static Map<String, String> fingerprint() {
		Map<String, String> result = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("""
				select relname from pg_class t where relnamespace = 'public'::regnamespace and relkind = 'r'
				  and (relname in ('release', 'seed_state') or relname like '%\\_aud'
				       or to_regclass('public.' || relname || '_aud') is not null)
				order by relname""", String.class);
		assertThat(tables).contains("deal", "deal_aud", "commitment", "commitment_aud", "citation_aud", "release",
				"seed_state");
		for (String table : tables) {
			result.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
					+ "order by t::text)), '') from " + table + " t", String.class));
		}
		result.put("sequences", jdbc.queryForObject("select string_agg(sequencename || '=' || "
				+ "coalesce(last_value::text, '-'), ',' order by sequencename) from pg_sequences where schemaname = 'public'",
				String.class));
		return result;
	}

	@Test
	@Order(1)
	void diff_ofTheSeedsTheDatabaseHolds_printsNoChanges_evenWhenOnlyTheirChecksumDiffers() {
		Map<String, String> before = fingerprint();
		SeedDiff diff = app.getBean(SeedDiff.class);
		ReleaseDiff same = diff.diff(SeedReaderTests.REAL);
		// A comment changes the checksum, not a fact: the loader writes, Envers finds no version to keep.
		ReleaseDiff commented = diff.diff(SeedReaderTests.with(SeedReaderTests.AMAZON, text -> text + "\n# a comment\n"));
		for (ReleaseDiff none : List.of(same, commented)) {
			assertThat(none.release()).isNull();
			assertThat(none.changes()).isEmpty();
			assertThat(print(none)).isEqualTo("no changes: a load would make no release\n");
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	@Order(2)
	void diff_ofChangedSeeds_fromTheCommandLine_namesEachChange_withItsFieldsBeforeAndAfter_andChangesNothing()
			throws Exception {
		write(changed());
		Map<String, String> before = fingerprint();
		Captured run = capture(() -> SeedCommand.run(DealgraphApplication.class,
				new String[] { SeedCommand.NAME, "--diff", this.dir.toString(), "--spring.datasource.url=" + db.url(),
						"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password() }));
		assertThat(run.exit()).as(run.err()).isZero();
		printed = run.out();
		assertThat(printed).contains("Seeds in " + this.dir + " are valid: ",
				"Compared with the ledger in " + db.url().replaceFirst("\\?.*", "") + ":\n", "A load would make release 2:\n",
				"  Deal: 1 changed\n    changed stargate\n", "      title: \"Stargate project\" -> \"Stargate moonshot\"\n",
				"      citations: \"" + OLD_EXCERPT + "\" -> (none)\n", "      citations: (none) -> \"" + NEW_EXCERPT + "\"\n",
				"  Commitment: 1 added, 1 removed\n", "    added   " + NEW_SLUG + "\n", "    removed " + OLD_SLUG + "\n",
				"In all: 1 added, 1 changed, 1 removed (2 kinds of fact)\n");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from release", Integer.class)).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aRealLoad_afterTheDiff_makesExactlyTheReleaseTheDiffPrinted() {
		ReleaseDiff dryRun = app.getBean(SeedDiff.class).diff(changed());
		assertThat(dryRun.release()).isEqualTo(2);
		assertThat(app.getBean(SeedLoader.class).load(changed())).isTrue();
		assertThat(jdbc.queryForList("select number from release order by number", Long.class)).containsExactly(1L, 2L);

		String port = app.getEnvironment().getProperty("local.server.port");
		HttpGraphQlTester graphQl = HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
		var response = graphQl.document("""
				{ changes(release: 2, first: 100) { totalCount nodes { operation typeName slug fields { field before after } } } }""")
			.execute();
		List<Map<String, Object>> nodes = response.path("changes.nodes").entity(
				new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
				}).get();
		response.path("changes.totalCount").entity(Integer.class).isEqualTo(nodes.size());
		List<Change> loaded = nodes.stream().map(SeedDiffTests::change).toList();
		assertThat(loaded).containsExactlyInAnyOrderElementsOf(dryRun.changes());
		assertThat(dryRun.changes()).hasSize(3);
		// Printed in the dry run's order (fact_change's id: kind, then fact), the real release reads as the diff did.
		List<Change> inDiffOrder = dryRun.changes().stream().filter(loaded::contains).toList();
		assertThat(printed).contains(print(new ReleaseDiff(2L, inDiffOrder)));
	}

	@Test
	@Order(4)
	void diff_ofInvalidSeeds_exitsOne_withTheValidatorsMessages_andTouchesNothing() throws Exception {
		write(SeedReaderTests.replacing(SeedReaderTests.AMAZON, "unit: GW", "unit: TW"));
		Map<String, String> before = fingerprint();
		Captured run = capture(() -> SeedCommand.run(DealgraphApplication.class,
				new String[] { SeedCommand.NAME, "--diff", this.dir.toString(), "--spring.datasource.url=" + db.url(),
						"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password() }));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("unknown unit 'TW'");
		assertThat(run.out()).doesNotContain("release");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@SuppressWarnings("unchecked")
	private static Change change(Map<String, Object> node) {
		List<Map<String, String>> fields = (List<Map<String, String>>) node.get("fields");
		return new Change((String) node.get("typeName"), (String) node.get("slug"),
				ChangeOperation.valueOf((String) node.get("operation")),
				fields.stream().map(f -> new FieldChange(f.get("field"), f.get("before"), f.get("after"))).toList());
	}

	private static String print(ReleaseDiff diff) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SeedDiff.print(diff, new PrintStream(out, true, StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	record Captured(int exit, String out, String err) {
	}

	private static Captured capture(Callable<Integer> command) throws Exception {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int exit = command.call();
			return new Captured(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private void write(SeedFiles files) throws IOException {
		for (Map.Entry<String, String> file : files.contents().entrySet()) {
			Path path = this.dir.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
	}

}
