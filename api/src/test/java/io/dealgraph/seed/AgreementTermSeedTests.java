package io.dealgraph.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Agreement terms in the seeds: each kind states only its own figures, and an entry under
 * {@code exclusivityTerms} must grant exclusivity.
 */
class AgreementTermSeedTests {

	static final String PARTNERSHIP = "deals/microsoft-openai-partnership.yml";

	static List<String> problems(SeedFiles files) {
		return catchThrowableOfType(SeedException.class, () -> SeedReader.read(files)).problems();
	}

	@Test
	void aRevenueShareWithAGrantor_aPercentageOnALicence_andAnUnknownKind_areEachRefused() {
		List<String> problems = problems(SeedReaderTests.with(PARTNERSHIP, text -> text
			.replace("    kind: REVENUE_SHARE\n    scope: \"revenue sharing from other cloud partnerships\"",
					"    kind: REVENUE_SHARE\n    grantor: openai\n    scope: \"revenue sharing from other cloud partnerships\"")
			.replace("    kind: LICENCE\n    exclusive: true\n", "    kind: LICENCE\n    exclusive: true\n    percentage: 20\n")
			.replace("  - slug: microsoft-sole-cloud-for-third-party-api-products\n",
					"  - slug: microsoft-sole-cloud-for-third-party-api-products\n    kind: EXCLUSIVE\n")));
		assertThat(problems).anySatisfy(p -> assertThat(p).contains("(microsoft-openai-revenue-sharing-from-other-clouds)")
			.contains("a revenue share names its payer and payee, not a grantor and holder"))
			.anySatisfy(p -> assertThat(p).contains("(microsoft-exclusive-openai-ip-license)")
				.contains("payer, payee, percentage and cap belong to a REVENUE_SHARE term, not a LICENCE one"))
			.anySatisfy(p -> assertThat(p).contains("(microsoft-sole-cloud-for-third-party-api-products)")
				.contains("unknown kind 'EXCLUSIVE'").contains("EXCLUSIVITY"));
	}

	@Test
	void aTermThatGrantsNoExclusivity_underExclusivityTerms_isToldToMoveUnderTerms() {
		List<String> problems = problems(SeedReaderTests.replacing(PARTNERSHIP, "    kind: LICENCE\n    exclusive: true\n",
				"    kind: LICENCE\n    exclusive: false\n"));
		assertThat(problems).anySatisfy(p -> assertThat(p).contains("exclusivityTerms[0] (microsoft-exclusive-openai-ip-license)")
			.contains("a LICENCE term grants no exclusivity: list it under 'terms:'"));
	}

	@Test
	void aClaimGroupWithoutOnePreferredClaim_isRefused_forCommitmentsAndForTermsApart() {
		List<String> problems = problems(SeedReaderTests.with(PARTNERSHIP, text -> text
			.replace("  - slug: microsoft-sole-cloud-for-third-party-api-products\n",
					"  - slug: microsoft-sole-cloud-for-third-party-api-products\n    claimGroup: microsoft-sole-cloud\n")
			.replace("  - slug: azure-exclusive-cloud-for-stateless-openai-apis\n",
					"  - slug: azure-exclusive-cloud-for-stateless-openai-apis\n    claimGroup: microsoft-sole-cloud\n")));
		assertThat(problems).anySatisfy(p -> assertThat(p)
			.contains("terms' claimGroup 'microsoft-sole-cloud': exactly one of its 2 claims must be preferred, found 0"));
		List<String> commitments = problems(SeedReaderTests.with(SeedReaderTests.AMAZON,
				text -> text.replace("    preferred: true\n", "")));
		assertThat(commitments).anySatisfy(p -> assertThat(p)
			.contains("claimGroup 'amazon-openai-investment': exactly one of its 2 claims must be preferred, found 0"));
	}

}
