package io.dealgraph.seed;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed checks, without a database. */
class SeedReaderTests {

	static final SeedFiles REAL = SeedFiles.fromClasspath("classpath:seeds");

	static final String AMAZON = "deals/amazon-openai-partnership.yml";

	/** The real seeds with one file changed. */
	static SeedFiles with(String path, UnaryOperator<String> change) {
		Map<String, String> contents = new HashMap<>(REAL.contents());
		contents.put(path, change.apply(contents.getOrDefault(path, "")));
		return new SeedFiles(contents);
	}

	static SeedFiles replacing(String path, String from, String to) {
		return with(path, text -> {
			assertThat(text).as("fixture text in " + path).contains(from);
			return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
		});
	}

	@Test
	void realSeeds_areValid_andCoverEveryKindOfFact() {
		Seeds seeds = SeedReader.read(REAL);
		assertThat(seeds.sources()).hasSize(5);
		assertThat(seeds.deals()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(seeds.summary()).contains("5 sources", "commitments", "exclusivity terms", "statements", "events");
		assertThat(seeds.citations()).isNotEmpty();
	}

	@Test
	void everyLocatedExcerpt_isTheSourceTextAtItsOffsets() {
		Seeds seeds = SeedReader.read(REAL);
		seeds.citations().values().forEach(citation -> {
			String text = seeds.sourceTexts().get(citation.source()).text();
			int start = text.offsetByCodePoints(0, citation.start());
			int end = text.offsetByCodePoints(0, citation.end());
			assertThat(text.substring(start, end)).isEqualTo(citation.excerpt());
		});
	}

	@Test
	void excerpt_matchesAcrossDifferentWhitespace_andKeepsTheSourceText() {
		// "limited its ability to reach customers" stands on one line in article 001; the seed may wrap it.
		SeedFiles files = replacing(AMAZON, "excerpt: \"said Amazon would invest $50 billion in OpenAI\"",
				"excerpt: \"said Amazon   would invest\\n $50 billion in OpenAI\"");
		Seeds seeds = SeedReader.read(files);
		assertThat(seeds.citations().values()).anySatisfy(
				c -> assertThat(c.excerpt()).isEqualTo("said Amazon would invest $50 billion in OpenAI"));
	}

	@Test
	void unknownReference_namesFileEntryAndSlug() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "committer: amazon", "committer: amazn")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON + ":58 > commitments[0] (amazon-invests-50b-in-openai-announced)")
			.hasMessageContaining("committer refers to unknown slug 'amazn'");
	}

	@Test
	void unknownSource_inACitation_isReported() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "source: cloud-politics-heat-up", "source: nowhere")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON + ":12 > deal (amazon-openai-partnership) > citations[0]")
			.hasMessageContaining("unknown source 'nowhere'");
	}

	@Test
	void unknownUnit_isReportedWithTheKnownUnits() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "unit: GW", "unit: TW")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining("(openai-consumes-2gw-trainium-on-aws)")
			.hasMessageContaining("unknown unit 'TW': write USD, GW, MW, COUNT (with countOf), or another currency's ISO 4217 code");
	}

	@Test
	void unknownEnum_isReported() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "role: INVESTOR", "role: BACKER")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON + ":20 > parties[0] (amazon BACKER): unknown role 'BACKER'");
	}

	@Test
	void excerptNotInTheSourceText_isReported() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "excerpt: \"said Amazon would invest $50 billion in OpenAI\"",
				"excerpt: \"said Amazon would invest $60 billion in OpenAI\"")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON + ":23 > parties[0] (amazon INVESTOR) > citations[0]")
			.hasMessageContaining("excerpt does not occur in articles/004_52ffcf88c99ff17d.txt");
	}

	@Test
	void excerptAtAWrongOffset_isReportedWithTheRightOne() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON,
				"excerpt: \"said Amazon would invest $50 billion in OpenAI\"\n",
				"excerpt: \"said Amazon would invest $50 billion in OpenAI\"\n        start: 3\n")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining("excerpt does not occur at offset 3 of articles/004_52ffcf88c99ff17d.txt (it occurs at [");
	}

	@Test
	void duplicateSlug_isReported() {
		SeedFiles files = with("deals/copy-of-amazon.yml", ignored -> REAL.contents().get(AMAZON));
		assertThatThrownBy(() -> SeedReader.read(files)).isInstanceOf(SeedException.class)
			.hasMessageContaining("duplicate slug 'amazon-openai-partnership'")
			.hasMessageContaining("duplicate slug 'amazon-invests-50b-in-openai-announced'");
	}

	@Test
	void malformedFile_namesTheFileAndLine() {
		SeedFiles files = with("deals/broken.yml", ignored -> "deal:\n  slug: [unclosed\n");
		assertThatThrownBy(() -> SeedReader.read(files)).isInstanceOf(SeedException.class)
			.hasMessageContaining("deals/broken.yml:3: not well-formed YAML: expected ',' or ']', but got the end of the file")
			.hasMessageContaining("(while parsing a flow sequence at line 2)");
	}

	@Test
	void unknownField_isMalformed() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "amountText: \"$50 billion\"", "amountTxt: \"$50 billion\"")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON)
			.hasMessageContaining("amountTxt");
	}

	@Test
	void dateMorePreciseThanItsSpan_isReported() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON,
				"announced: {earliest: 2026-02-27, latest: 2026-02-27, precision: DAY",
				"announced: {earliest: 2026-02-01, latest: 2026-02-27, precision: MONTH")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining(AMAZON + ":8 > deal (amazon-openai-partnership): announced: 2026-02-01..2026-02-27 is not a single MONTH");
	}

	@Test
	void anAmountTheLedgerWouldRoundOrCouldNotHold_isReported_notChanged() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "amount: 2\n", "amount: 2.00001\n")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining("(openai-consumes-2gw-trainium-on-aws): amount must have at most 16 digits before the point and 4 after it, got 2.00001");
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "amount: 2\n", "amount: 12345678901234567\n")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining("got 12345678901234567");
		// Trailing zeros are not digits the ledger would lose.
		assertThat(SeedReader.read(replacing(AMAZON, "amount: 2\n", "amount: 2.000000\n")).summary()).isNotEmpty();
	}

	@Test
	void amountWithoutUnit_isReported() {
		assertThatThrownBy(() -> SeedReader.read(replacing(AMAZON, "unit: GW", "unit: null")))
			.isInstanceOf(SeedException.class)
			.hasMessageContaining("(openai-consumes-2gw-trainium-on-aws): an amount needs its unit, qualifier and amountText");
	}

	@Test
	void factWithoutCitation_isReported() {
		SeedFiles files = replacing("deals/stargate.yml", """
				  ended: null
				  citations:
				    - source: cloud-politics-heat-up
				      excerpt: "On January 21, 2025, it launched the Stargate project with SoftBank, Oracle, and MGX"
				      outlet: openai.com
				""", """
				  ended: null
				  citations: []
				""");
		assertThatThrownBy(() -> SeedReader.read(files)).isInstanceOf(SeedException.class)
			.hasMessageContaining("deals/stargate.yml:1 > deal (stargate): needs at least one citation");
	}

	@Test
	void everyProblem_isListed_notOnlyTheFirst() {
		SeedFiles files = with(AMAZON, t -> t.replace("unit: GW", "unit: TW").replace("role: INVESTOR", "role: BACKER"));
		assertThatThrownBy(() -> SeedReader.read(files)).isInstanceOf(SeedException.class)
			.satisfies(ex -> assertThat(((SeedException) ex).problems()).hasSizeGreaterThanOrEqualTo(2));
	}

}
