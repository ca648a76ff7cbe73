package io.dealgraph.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.dealgraph.seed.SeedModel.DealFile;

import static io.dealgraph.seed.SeedMessagesTests.problems;
import static io.dealgraph.seed.SeedReaderTests.REAL;
import static io.dealgraph.seed.SeedReaderTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** A date, party list or citations written once in a deal file and referred to with {@code sameAs}. */
class SeedReferencesTests {

	static final String STARGATE = "deals/stargate.yml";

	static final String LAUNCH = "{earliest: 2025-01-21, latest: 2025-01-21, precision: DAY, text: \"On January 21, 2025\"}";

	/** Stargate written with references: a named date, the event's citations, the parties as organizations. */
	static String stargateWithReferences() {
		String text = REAL.contents().get(STARGATE);
		text = "dates:\n  launch: " + LAUNCH + "\n\n" + text.replace("date: " + LAUNCH, "date: {sameAs: launch}");
		text = text.replace("organizations: [openai, softbank, oracle, mgx, stargate]", "organizations: {sameAs: parties}");
		int deal = text.indexOf("  ended: null\n  citations:\n");
		int parties = text.indexOf("\nparties:");
		return text.substring(0, deal) + "  ended: null\n  citations: {sameAs: event stargate-launch-2025-01-21}\n"
				+ text.substring(parties);
	}

	static DealFile stargate(Seeds seeds) {
		return seeds.deals().stream().filter(d -> d.deal().slug().equals("stargate")).findFirst().orElseThrow();
	}

	@Test
	void namedDate_eventCitations_andParties_readAsIfWrittenOut() {
		String written = stargateWithReferences();
		assertThat(written).contains("date: {sameAs: launch}", "citations: {sameAs: event", "{sameAs: parties}");
		DealFile expected = stargate(SeedReader.read(REAL));
		DealFile read = stargate(SeedReader.read(with(STARGATE, ignored -> written)));
		assertThat(read.commitments().get(0).date()).isEqualTo(expected.commitments().get(0).date());
		assertThat(read.events().get(0).date()).isEqualTo(expected.events().get(0).date());
		assertThat(read.events().get(0).organizations()).containsExactly("openai", "softbank", "oracle", "mgx", "stargate");
		assertThat(read.deal().citations()).isEqualTo(expected.deal().citations());
	}

	@Test
	void sameAsAnotherKeyOfTheDeal() {
		DealFile read = stargate(SeedReader.read(with(STARGATE, text -> text.replace(
				"effective: {earliest: 2025-01-21, latest: 2025-01-21, precision: DAY, text: \"On January 21, 2025, it launched the Stargate project\"}",
				"effective: {sameAs: deal announced}"))));
		assertThat(read.deal().effective()).isEqualTo(read.deal().announced());
	}

	@Test
	void unknownReference_suggestsTheClosest_atItsLine() {
		List<String> problems = problems(with(STARGATE,
				ignored -> stargateWithReferences().replace("{sameAs: event stargate-launch-2025-01-21}",
						"{sameAs: event stargate-launch-2025-01-12}")));
		assertThat(problems).contains(STARGATE + ":14 > deal (stargate) > citations: sameAs refers to unknown event "
				+ "'stargate-launch-2025-01-12' of this file; did you mean stargate-launch-2025-01-21?");
		String misspelt = stargateWithReferences().replace("{sameAs: launch}", "{sameAs: lunch}");
		// The line of the commitment's first date that refers to it.
		int line = misspelt.substring(0, misspelt.indexOf("    date: {sameAs: lunch}")).split("\n", -1).length;
		assertThat(problems(with(STARGATE, ignored -> misspelt)))
			.contains(STARGATE + ":" + line + " > commitments[0] (stargate-invests-500b-over-four-years) > date: sameAs refers to "
					+ "unknown 'lunch'; did you mean launch? (write the name of a date under 'dates:', 'event <slug>', "
					+ "'deal' or 'parties')");
	}

}
