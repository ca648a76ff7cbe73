package io.dealgraph.seed;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.seed.SeedModel.CommitmentSeed;
import io.dealgraph.seed.SeedModel.ConditionSeed;
import io.dealgraph.seed.SeedModel.DateSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.EventSeed;
import io.dealgraph.seed.SeedModel.StatementSeed;
import io.dealgraph.seed.SeedModel.TermSeed;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline holds every dated fact of the seeds and nothing else: the list of what it must hold
 * is read from the seed files (every date a deal, commitment, condition, statement, term or event
 * states), not from the database the timeline reads.
 */
class TimelineCoverageTests extends ApiTest {

	@Test
	void theTimeline_showsEveryDatedFactOfTheSeeds_2016Included() {
		List<String> expected = new ArrayList<>();
		for (DealFile file : SeedReader.read(SeedFiles.fromClasspath("classpath:seeds")).deals()) {
			String deal = file.deal().slug();
			add(expected, "DEAL_ANNOUNCED", deal, file.deal().announced());
			add(expected, "DEAL_STARTED", deal, file.deal().effective());
			add(expected, "DEAL_ENDED", deal, file.deal().ended());
			for (CommitmentSeed c : list(file.commitments())) {
				add(expected, "COMMITMENT", c.slug(), c.date());
				add(expected, "COMMITMENT_PERIOD_ENDED", c.slug(), c.period() == null ? null : c.period().end());
				for (ConditionSeed condition : list(c.conditions())) {
					add(expected, "CONDITION_DEADLINE", condition.slug(), condition.deadline());
				}
			}
			for (TermSeed t : file.allTerms()) {
				boolean exclusive = t.kindOrExclusivity().equals("EXCLUSIVITY")
						|| (t.kindOrExclusivity().equals("LICENCE") && Boolean.TRUE.equals(t.exclusive()));
				add(expected, exclusive ? "TERM_STARTED" : "AGREEMENT_TERM_STARTED", t.slug(), t.validFrom());
				add(expected, exclusive ? "TERM_ENDED" : "AGREEMENT_TERM_ENDED", t.slug(), t.validTo());
			}
			for (StatementSeed s : list(file.statements())) {
				add(expected, "STATEMENT", s.slug(), s.date());
			}
			for (EventSeed e : list(file.events())) {
				add(expected, "EVENT", e.slug(), e.date());
			}
		}
		var response = this.graphQl.document("""
				{ timeline(first: 100) {
				    totalCount
				    nodes { kind date { earliest latest precision }
				            fact { ... on Deal { slug } ... on Commitment { slug } ... on Condition { slug } ... on Statement { slug }
				                   ... on ExclusivityTerm { slug } ... on AgreementTerm { slug } ... on Event { slug } } }
				} }""").execute();
		List<String> kinds = response.path("timeline.nodes[*].kind").entityList(String.class).get();
		List<String> slugs = response.path("timeline.nodes[*].fact.slug").entityList(String.class).get();
		List<String> actual = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			actual.add(kinds.get(i) + " " + slugs.get(i));
		}
		assertThat(expected).hasSizeGreaterThan(30);
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(expected.size())
			.path("timeline.nodes[0].kind").entity(String.class).isEqualTo("DEAL_STARTED")
			.path("timeline.nodes[0].fact.slug").entity(String.class).isEqualTo("microsoft-openai-partnership")
			.path("timeline.nodes[0].date.earliest").entity(String.class).isEqualTo("2016-01-01")
			.path("timeline.nodes[0].date.precision").entity(String.class).isEqualTo("YEAR");
	}

	private static void add(List<String> entries, String kind, String slug, DateSeed date) {
		if (date != null && date.precision() != null) {
			entries.add(kind + " " + slug);
		}
	}

	private static <T> List<T> list(List<T> items) {
		return items == null ? List.of() : items;
	}

}
