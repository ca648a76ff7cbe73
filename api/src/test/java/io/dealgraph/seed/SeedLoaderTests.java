package io.dealgraph.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading seeds into the real database: once, idempotently, and all or nothing. */
class SeedLoaderTests extends ApiTest {

	static final List<String> TABLES = List.of("source", "organization", "organization_alias", "person", "deal",
			"deal_party", "event", "event_organization", "commitment", "exclusivity_term", "statement",
			"statement_speaker", "citation", "seed_state");

	@Autowired
	SeedLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreRealSeeds() {
		this.loader.load(SeedReaderTests.REAL);
	}

	/** Row count and an md5 of every row of every table, so any change shows. */
	Map<String, String> fingerprint() {
		Map<String, String> result = new LinkedHashMap<>();
		for (String table : TABLES) {
			String sql = "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
					+ table + " t";
			if (table.equals("seed_state")) {
				sql = "select count(*) || ':' || coalesce(string_agg(checksum, ','), '') from seed_state";
			}
			result.put(table, this.jdbc.queryForObject(sql, String.class));
		}
		return result;
	}

	@Test
	void realSeeds_areLoadedAtStartUp_withEveryCitation() {
		Seeds seeds = SeedReader.read(SeedReaderTests.REAL);
		assertThat(this.jdbc.queryForObject("select count(*) from citation", Integer.class))
			.isEqualTo(seeds.citations().size());
		assertThat(this.jdbc.queryForObject("select count(*) from source", Integer.class)).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select checksum from seed_state", String.class))
			.isEqualTo(SeedReaderTests.REAL.checksum());
	}

	@Test
	void loadingTheSameSeedsTwice_writesNothing() {
		Map<String, String> before = fingerprint();
		assertThat(this.loader.load(SeedReaderTests.REAL)).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aChangedSeed_updatesItsRows_andChangingItBackRestoresTheSameRows() {
		Map<String, String> before = fingerprint();
		SeedFiles changed = SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
				"title: \"The Stargate project\"");
		assertThat(this.loader.load(changed)).isTrue();
		assertThat(this.jdbc.queryForObject("select title from deal where slug = 'stargate'", String.class))
			.isEqualTo("The Stargate project");
		assertThat(fingerprint().get("deal")).isNotEqualTo(before.get("deal"));
		assertThat(fingerprint().get("citation")).isEqualTo(before.get("citation"));

		assertThat(this.loader.load(SeedReaderTests.REAL)).isTrue();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void everyKindOfBadSeed_leavesTheDatabaseExactlyAsItWas() {
		Map<String, String> before = fingerprint();
		String tooLong = "-" + "x".repeat(121);
		// Seeds the reader accepts and the database refuses inside the loader's transaction, each in
		// another table, after the rows before it were written: the slug domain allows 120 characters.
		Map<String, SeedFiles> refusedByTheDatabase = new LinkedHashMap<>();
		refusedByTheDatabase.put("commitment", SeedReaderTests.replacing(SeedReaderTests.AMAZON,
				"slug: openai-consumes-2gw-trainium-on-aws", "slug: openai-consumes-2gw-trainium-on-aws" + tooLong));
		refusedByTheDatabase.put("exclusivity_term", SeedReaderTests.replacing(SeedReaderTests.AMAZON,
				"slug: aws-exclusive-third-party-distribution-for-frontier",
				"slug: aws-exclusive-third-party-distribution-for-frontier" + tooLong));
		refusedByTheDatabase.put("statement", SeedReaderTests.replacing(SeedReaderTests.AMAZON,
				"slug: dresser-memo-aws-demand-staggering", "slug: dresser-memo-aws-demand-staggering" + tooLong));
		refusedByTheDatabase.put("event", SeedReaderTests.replacing(SeedReaderTests.AMAZON,
				"slug: amazon-openai-partnership-announced-2026-02-27",
				"slug: amazon-openai-partnership-announced-2026-02-27" + tooLong));
		refusedByTheDatabase.forEach((table, files) -> {
			assertThat(SeedReader.read(files).summary()).as(table + ": the reader accepts it").isNotEmpty();
			assertThatThrownBy(() -> this.loader.load(files)).as(table)
				.isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("insert into " + table)
				.rootCause()
				.hasMessageContaining("slug");
			assertThat(fingerprint()).as(table).isEqualTo(before);
		});
		// Seeds the reader refuses: no transaction opens at all.
		List<SeedFiles> refusedByTheReader = List.of(
				SeedReaderTests.replacing(SeedReaderTests.AMAZON, "committer: amazon", "committer: amazn"),
				SeedReaderTests.replacing(SeedReaderTests.AMAZON, "unit: GW", "unit: TW"),
				SeedReaderTests.replacing(SeedReaderTests.AMAZON, "amount: 2\n", "amount: 2.00001\n"),
				SeedReaderTests.replacing(SeedReaderTests.AMAZON, "amount: 2\n", "amount: 12345678901234567\n"),
				SeedReaderTests.replacing(SeedReaderTests.AMAZON, "$50 billion in OpenAI\"", "$60 billion in OpenAI\""),
				SeedReaderTests.with("deals/copy.yml", ignored -> SeedReaderTests.REAL.contents().get(SeedReaderTests.AMAZON)),
				SeedReaderTests.with("deals/broken.yml", ignored -> "deal: [unclosed"));
		for (SeedFiles files : refusedByTheReader) {
			assertThatThrownBy(() -> this.loader.load(files)).isInstanceOf(SeedException.class);
			assertThat(fingerprint()).isEqualTo(before);
		}
	}

	@Test
	void aSeedTheDatabaseRejectsHalfwayThrough_isRolledBackWhole() {
		Map<String, String> before = fingerprint();
		// Valid for the reader, refused by the slug domain (at most 120 characters) after many rows were written.
		String longSlug = "stargate-" + "x".repeat(130);
		SeedFiles files = SeedReaderTests.replacing("deals/stargate.yml", "slug: stargate-invests-500b-over-four-years",
				"slug: " + longSlug);
		assertThatThrownBy(() -> this.loader.load(files)).hasMessageContaining("slug");
		assertThat(fingerprint()).isEqualTo(before);
	}

}
