package io.dealgraph.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.dealgraph.seed.SeedReaderTests.AMAZON;
import static io.dealgraph.seed.SeedReaderTests.replacing;
import static io.dealgraph.seed.SeedReaderTests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a curator reads when a seed is wrong: file, line, entry and a fix, never the parser's internals. */
class SeedMessagesTests {

	static List<String> problems(SeedFiles files) {
		try {
			SeedReader.read(files);
		}
		catch (SeedException ex) {
			assertThat(ex.getMessage()).doesNotContain("tools.jackson", "Jackson", "JsonToken", "[Source:",
					"Exception", "SeedModel", "java.", "<stream end>", "in reader");
			return ex.problems();
		}
		throw new AssertionError("the seeds were accepted");
	}

	@Test
	void straightApostrophe_whereTheArticleHasACurlyOne_isNamedAsSuch() {
		List<String> problems = problems(replacing(AMAZON, "excerpt: \"OpenAI’s expansion to AWS",
				"excerpt: \"OpenAI's expansion to AWS"));
		assertThat(problems).singleElement()
			.asString()
			.startsWith(AMAZON + ":151 > commitments[4] (openai-uses-trainium-for-training) > citations[1]: ")
			.contains("excerpt does not occur in articles/003_1daeddfe6aa8ff9c.txt")
			.contains("the closest passage, at offset 9321, is \"OpenAI’s expansion to AWS")
			.endsWith("the article has ’ (U+2019) where the seed has ' at character 7 of the excerpt: copy the article's quotes");
	}

	@Test
	void straightDoubleQuotes_whereTheArticleHasCurlyOnes_areEachNamed() {
		List<String> problems = problems(replacing(AMAZON, "had “limited our ability” to reach",
				"had \\\"limited our ability\\\" to reach"));
		assertThat(problems.get(0)).startsWith(AMAZON + ":177 > statements[0] (dresser-memo-microsoft-limited-our-ability) > citations[0]")
			.endsWith("the article has “ (U+201C) where the seed has \" at character 97 of the excerpt; "
					+ "the article has ” (U+201D) where the seed has \" at character 117 of the excerpt: copy the article's quotes");
	}

	@Test
	void excerptNotFound_namesTheClosestPassage_itsOffset_andTheFirstDifference() {
		List<String> problems = problems(replacing(AMAZON, "excerpt: \"said Amazon would invest $50 billion in OpenAI\"",
				"excerpt: \"said Amazon would invest $60 billion in OpenAI\""));
		assertThat(problems).singleElement()
			.isEqualTo(AMAZON + ":23 > parties[0] (amazon INVESTOR) > citations[0]: excerpt does not occur in "
					+ "articles/004_52ffcf88c99ff17d.txt: \"said Amazon would invest $60 billion in OpenAI\"; "
					+ "the closest passage, at offset 999, is \"said Amazon would invest $50 billion in OpenAI\"; "
					+ "they differ at character 27 of the excerpt: the article has '5' where the seed has '6'");
		String article = SeedReaderTests.REAL.contents().get("articles/004_52ffcf88c99ff17d.txt");
		assertThat(article.substring(article.offsetByCodePoints(0, 999))).startsWith("said Amazon would invest $50 billion");
	}

	@Test
	void excerptWithAWordMissing_showsWhatTheArticleHasThere() {
		List<String> problems = problems(replacing(AMAZON, "excerpt: \"said Amazon would invest $50 billion in OpenAI\"",
				"excerpt: \"said Amazon would invest $50 in OpenAI\""));
		assertThat(problems).singleElement()
			.asString()
			.endsWith("the closest passage, at offset 999, is \"said Amazon would invest $50 billion in OpenAI\"; "
					+ "they differ at character 30 of the excerpt: the article has \"billion \" where the seed has nothing");
	}

	@Test
	void excerptFarFromEveryPassage_saysSo() {
		List<String> problems = problems(replacing(AMAZON, "excerpt: \"said Amazon would invest $50 billion in OpenAI\"",
				"excerpt: \"Zebras graze quietly on the moon tonight\""));
		assertThat(problems).singleElement().asString().endsWith("; no passage of the article is close to it");
	}

	@Test
	void unknownOrganization_suggestsTheClosestSlugs() {
		assertThat(problems(replacing(AMAZON, "committer: amazon", "committer: amazn"))).singleElement()
			.isEqualTo(AMAZON + ":58 > commitments[0] (amazon-invests-50b-in-openai-announced): "
					+ "committer refers to unknown slug 'amazn'; did you mean amazon?");
	}

	@Test
	void unknownSource_suggestsTheClosestSlugs() {
		assertThat(problems(replacing(AMAZON, "source: cloud-politics-heat-up", "source: cloud-politic-heat-up")))
			.singleElement()
			.isEqualTo(AMAZON + ":12 > deal (amazon-openai-partnership) > citations[0]: "
					+ "unknown source 'cloud-politic-heat-up'; did you mean cloud-politics-heat-up?");
	}

	@Test
	void unknownEnumValue_listsTheAllowedValues_andSuggestsTheClosest() {
		assertThat(problems(replacing(AMAZON, "role: INVESTOR", "role: INVESTR"))).singleElement()
			.isEqualTo(AMAZON + ":20 > parties[0] (amazon INVESTR): unknown role 'INVESTR' (known: CLOUD_PROVIDER, "
					+ "CO_DEVELOPER, CUSTOMER, DISTRIBUTOR, INVESTEE, INVESTOR, LICENSEE, LICENSOR, PARTNER, VENTURE); "
					+ "did you mean INVESTOR, INVESTEE?");
		assertThat(problems(replacing(AMAZON, "unit: GW", "unit: TW"))).singleElement()
			.isEqualTo(AMAZON + ":101 > commitments[2] (openai-consumes-2gw-trainium-on-aws): "
					+ "unknown unit 'TW': write USD, GW, MW, COUNT (with countOf), or another currency's ISO 4217 code "
					+ "such as EUR, GBP or JPY; did you mean GW, MW?");
		assertThat(problems(replacing(AMAZON, "unit: GW", "unit: eur"))).singleElement()
			.asString().endsWith("unknown unit 'eur': write USD, GW, MW, COUNT (with countOf), or another currency's ISO 4217 code "
					+ "such as EUR, GBP or JPY (did you mean EUR?)");
		assertThat(problems(replacing(AMAZON, "unit: GW", "unit: COUNT"))).singleElement()
			.asString().endsWith("(openai-consumes-2gw-trainium-on-aws): a COUNT needs countOf, the thing counted in the plural "
					+ "(chips, cores, data centres)");
		assertThat(problems(replacing(AMAZON, "unit: GW\n    qualifier: EXACT", "unit: GW\n    qualifier: ORDER_OF"))).singleElement()
			.asString().endsWith("(openai-consumes-2gw-trainium-on-aws): an ORDER_OF amount is the power of ten its words start at "
					+ "(tens of millions: 10000000; billions: 1000000000), got 2");
	}

	@Test
	void unknownPrecision_listsThePrecisions() {
		assertThat(problems(replacing(AMAZON, "latest: 2026-02-27, precision: DAY, text: \"February 27, 2026\"",
				"latest: 2026-02-27, precision: DAYS, text: \"February 27, 2026\"")))
			.singleElement()
			.isEqualTo(AMAZON + ":8 > deal (amazon-openai-partnership): announced has unknown precision 'DAYS' "
					+ "(known: DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, RANGE); did you mean DAY?");
	}

	@Test
	void dateWhosePrecisionDoesNotFit_namesThePrecisionThatDoes() {
		assertThat(problems(replacing(AMAZON, "announced: {earliest: 2026-02-27, latest: 2026-02-27, precision: DAY",
				"announced: {earliest: 2026-02-23, latest: 2026-02-27, precision: DAY")))
			.singleElement()
			.isEqualTo(AMAZON + ":8 > deal (amazon-openai-partnership): announced: 2026-02-23..2026-02-27 is not a single DAY; "
					+ "precision WEEK fits it; a DAY has earliest = latest");
		assertThat(problems(replacing(AMAZON, "announced: {earliest: 2026-02-27, latest: 2026-02-27, precision: DAY",
				"announced: {earliest: 2026-01-01, latest: 2026-03-31, precision: MONTH")))
			.singleElement()
			.asString()
			.endsWith("announced: 2026-01-01..2026-03-31 is not a single MONTH; precision QUARTER fits it; "
					+ "the MONTH containing 2026-01-01 is 2026-01-01..2026-01-31");
	}

	@Test
	void unknownKey_isPlacedAtItsLine_withTheKeysThatAreAllowed() {
		assertThat(problems(replacing(AMAZON, "amountText: \"$50 billion\"", "amountTxt: \"$50 billion\"")))
			.singleElement()
			.asString()
			.startsWith(AMAZON + ":64 > commitments[0] (amazon-invests-50b-in-openai-announced) > amountTxt: "
					+ "unknown key 'amountTxt'; did you mean amountText, amount? (keys here: ")
			.contains("committer", "claimGroup");
	}

	@Test
	void valueOfTheWrongType_saysWhatIsExpected() {
		List<String> problems = problems(with(AMAZON, text -> text.replace("amount: 2\n", "amount: two\n")
			.replace("latest: 2026-02-27, precision: DAY, text: \"February 27, 2026\"",
					"latest: 2026-02-30, precision: DAY, text: \"February 27, 2026\"")));
		assertThat(problems).containsExactlyInAnyOrder(
				AMAZON + ":8 > deal (amazon-openai-partnership) > announced > latest: '2026-02-30' is not a date "
						+ "(YYYY-MM-DD, such as 2026-04-13)",
				AMAZON + ":233 > events[0] (amazon-openai-partnership-announced-2026-02-27) > date > latest: '2026-02-30' "
						+ "is not a date (YYYY-MM-DD, such as 2026-04-13)",
				AMAZON + ":100 > commitments[2] (openai-consumes-2gw-trainium-on-aws) > amount: 'two' is not a number");
	}

	@Test
	void listWhereATextIsExpected_saysWhatIsExpected() {
		assertThat(problems(replacing(AMAZON, "title: \"Amazon–OpenAI strategic partnership\"", "title: [a, b]")))
			.singleElement()
			.isEqualTo(AMAZON + ":3 > deal (amazon-openai-partnership) > title: expected text (not a list or a mapping)");
	}

	@Test
	void malformedYaml_namesTheLine_inWords() {
		assertThat(problems(with("deals/broken.yml", ignored -> "deal:\n  slug: x\n  title: Amazon: the deal\n")))
			.singleElement()
			.isEqualTo("deals/broken.yml:3: not well-formed YAML: mapping values are not allowed here: "
					+ "a value that contains ': ' must be in double quotes");
	}

	@Test
	void duplicateSlug_isPlacedAtEveryCopy() {
		List<String> problems = problems(with("deals/copy-of-amazon.yml", ignored -> realAmazon()));
		assertThat(problems).contains("deals/amazon-openai-partnership.yml:2 > deals (amazon-openai-partnership): "
				+ "duplicate slug 'amazon-openai-partnership' (also at deals/copy-of-amazon.yml:2)");
	}

	@Test
	void everyProblemOfEveryFile_isReportedAtOnce() {
		SeedFiles files = with(AMAZON, t -> t.replace("amountText: \"$50 billion\"", "amountTxt: \"$50 billion\"")
			.replace("horizon: null\n    modality: ANNOUNCED", "horizn: null\n    modality: ANNOUNCED"));
		SeedFiles both = new SeedFiles(new java.util.HashMap<>(files.contents()) {
			{
				put("deals/broken.yml", "deal: [unclosed\n");
			}
		});
		assertThat(problems(both)).hasSize(3)
			.anySatisfy(p -> assertThat(p).contains("unknown key 'amountTxt'"))
			.anySatisfy(p -> assertThat(p).contains("unknown key 'horizn'; did you mean horizon?"))
			.anySatisfy(p -> assertThat(p).startsWith("deals/broken.yml:2: not well-formed YAML"));
	}

	private static String realAmazon() {
		return SeedReaderTests.REAL.contents().get(AMAZON);
	}

}
