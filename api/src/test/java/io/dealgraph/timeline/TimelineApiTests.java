package io.dealgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline: every event, and the dated moment of every other fact of the seeds (deals with an
 * announcement, effective or end date, dated commitments and the ends of their periods, conditions'
 * deadlines, dated statements, terms with a stated start or end).
 */
class TimelineApiTests extends ApiTest {

	// language=GraphQL
	private static final String TIMELINE = """
			query timeline($from: Date, $to: Date, $organizations: [String!], $direction: OrderDirection, $first: Int, $after: String) {
			  timeline(from: $from, to: $to, organizations: $organizations, direction: $direction, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node {
			        kind title
			        date { earliest latest precision display text }
			        fact {
			          __typename
			          ... on Event { slug }
			          ... on Deal { slug }
			          ... on Commitment { slug }
			          ... on Statement { slug }
			          ... on ExclusivityTerm { slug }
			          ... on Condition { slug }
			          ... on AgreementTerm { slug }
			        }
			        citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
			      }
			    }
			  }
			}""";

	/** Every entry the seeds give, as "KIND fact-slug". */
	private static final List<String> ALL = List.of("DEAL_STARTED microsoft-openai-partnership",
			"COMMITMENT openai-continues-increasing-azure-use-2025-01", "DEAL_STARTED stargate",
			"COMMITMENT_PERIOD_ENDED stargate-invests-500b-over-four-years",
			"EVENT stargate-launch-2025-01-21", "DEAL_ANNOUNCED stargate", "COMMITMENT stargate-invests-500b-over-four-years",
			"COMMITMENT stargate-deploys-100b-immediately", "DEAL_ANNOUNCED openai-aws-compute-2025",
			"COMMITMENT openai-commits-significant-resources-to-aws-2025",
			"EVENT microsoft-openai-earlier-agreement-adjustment", "COMMITMENT amazon-pledges-up-to-50b-investment",
			"COMMITMENT openai-ramps-up-aws-infrastructure-spending", "COMMITMENT openai-uses-trainium-for-training",
			"EVENT amazon-openai-partnership-announced-2026-02-27", "EVENT microsoft-openai-affirm-core-deal-2026-02-27",
			"DEAL_ANNOUNCED amazon-openai-partnership", "COMMITMENT amazon-invests-50b-in-openai-announced",
			"TERM_STARTED aws-exclusive-third-party-distribution-for-frontier",
			"TERM_STARTED azure-exclusive-cloud-for-stateless-openai-apis",
			"AGREEMENT_TERM_STARTED microsoft-openai-revenue-sharing-from-other-clouds",
			"AGREEMENT_TERM_ENDED microsoft-openai-revenue-sharing-from-other-clouds",
			"EVENT openai-revenue-chief-memo-reported-2026-04-13", "STATEMENT dresser-memo-microsoft-limited-our-ability",
			"STATEMENT openai-memo-microsoft-limited-its-ability", "STATEMENT dresser-memo-aws-demand-staggering",
			"STATEMENT openai-memo-amazon-alliance", "STATEMENT dresser-remarks-benefits-of-work-with-amazon",
			"EVENT microsoft-openai-restructuring-2026-04-announced",
			"DEAL_ANNOUNCED microsoft-openai-restructuring-2026-04",
			"STATEMENT microsoft-openai-joint-statement-evolve-partnership",
			"TERM_ENDED microsoft-exclusive-openai-ip-license",
			"TERM_ENDED microsoft-sole-cloud-for-third-party-api-products", "EVENT openai-models-on-aws-announced-2026-04",
			"DEAL_ANNOUNCED openai-models-on-aws");

	@Test
	void timeline_ascending_listsEveryDatedFactEarliestFirst() {
		GraphQlTester.Response response = timeline(Map.of("first", 100));
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(35)
			.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> entries = entries(response);
		assertThat(entries).containsExactlyInAnyOrderElementsOf(ALL);
		// The Microsoft–OpenAI partnership's start in 2016 comes first; the end of Stargate's four years last.
		assertThat(entries.get(0)).isEqualTo("DEAL_STARTED microsoft-openai-partnership");
		assertThat(entries.get(1)).isEqualTo("COMMITMENT openai-continues-increasing-azure-use-2025-01");
		assertThat(entries.subList(32, 34)).containsExactlyInAnyOrder("EVENT openai-models-on-aws-announced-2026-04",
				"DEAL_ANNOUNCED openai-models-on-aws");
		assertThat(entries.get(34)).isEqualTo("COMMITMENT_PERIOD_ENDED stargate-invests-500b-over-four-years");
		assertThat(sortDays(response)).isSorted();
		// undated facts have no entry: the 2 GW, Microsoft's billions, the two Microsoft statements
		assertThat(entries).noneMatch(e -> e.endsWith(" openai-consumes-2gw-trainium-on-aws")
				|| e.endsWith(" microsoft-invests-billions-in-openai")
				|| e.endsWith(" microsoft-amazon-collaborations-always-contemplated"));
	}

	@Test
	void timeline_descending_isTheAscendingTimelineReversed() {
		List<String> ascending = entries(timeline(Map.of("first", 100)));
		GraphQlTester.Response response = timeline(Map.of("first", 100, "direction", "DESC"));
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(35);
		List<String> descending = entries(response);
		assertThat(descending).hasSize(35).first().isEqualTo("COMMITMENT_PERIOD_ENDED stargate-invests-500b-over-four-years");
		assertThat(descending).containsExactlyElementsOf(reversed(ascending));
		assertThat(reversed(sortDays(response))).isSorted();
	}

	@Test
	void timeline_entries_carryKindDateTitleFactAndCitations() {
		GraphQlTester.Response response = timeline(Map.of("first", 100));
		String memo = "timeline.edges[?(@.node.fact.slug == 'openai-revenue-chief-memo-reported-2026-04-13')].node";
		String ipEnded = "timeline.edges[?(@.node.fact.slug == 'microsoft-exclusive-openai-ip-license')].node";
		String investment = "timeline.edges[?(@.node.fact.slug == 'amazon-invests-50b-in-openai-announced')].node";
		String alliance = "timeline.edges[?(@.node.fact.slug == 'openai-memo-amazon-alliance')].node";
		String stargate = "timeline.edges[?(@.node.fact.slug == 'stargate')].node";
		response.path(memo + ".kind").entityList(String.class).containsExactly("EVENT")
			.path(memo + ".fact.__typename").entityList(String.class).containsExactly("Event")
			.path(memo + ".title").entityList(String.class).containsExactly("Memo from OpenAI’s revenue chief reported")
			.path(memo + ".date.display").entityList(String.class).containsExactly("13 April 2026")
			.path(memo + ".date.precision").entityList(String.class).containsExactly("DAY")
			.path(memo + ".citations.totalCount").entityList(Integer.class).containsExactly(3)
			.path(memo + ".citations.nodes[*].source.slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-signals-strategic-shift-from-microsoft-to-amazon", "cloud-politics-heat-up"))
			.path(memo + ".citations.nodes[*].excerpt").entityList(String.class)
			.contains("A leaked memo from OpenAI’s revenue chief indicates that the organization is actively deepening its alliance with Amazon.")
			.path(ipEnded + ".kind").entityList(String.class).containsExactly("TERM_ENDED")
			.path(ipEnded + ".fact.__typename").entityList(String.class).containsExactly("ExclusivityTerm")
			.path(ipEnded + ".title").entityList(String.class)
			.containsExactly("exclusive license to OpenAI’s intellectual property")
			.path(ipEnded + ".date.earliest").entityList(String.class).containsExactly("2026-04-26")
			.path(ipEnded + ".date.latest").entityList(String.class).containsExactly("2026-04-30")
			.path(ipEnded + ".date.precision").entityList(String.class).containsExactly("WEEK")
			.path(ipEnded + ".citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("This latest change ends Microsoft’s exclusive license to OpenAI’s intellectual property")
			.path(investment + ".kind").entityList(String.class).containsExactly("COMMITMENT")
			.path(investment + ".fact.__typename").entityList(String.class).containsExactly("Commitment")
			.path(investment + ".title").entityList(String.class)
			.containsExactly("OpenAI said Amazon would invest $50 billion in OpenAI when the partnership was announced.")
			.path(investment + ".date.display").entityList(String.class).containsExactly("27 February 2026")
			.path(investment + ".citations.nodes[*].creditedOutlet").entityList(String.class)
			.containsExactly("openai.com")
			.path(alliance + ".kind").entityList(String.class).containsExactly("STATEMENT")
			.path(alliance + ".title").entityList(String.class).containsExactly("alliance")
			.path(alliance + ".date.display").entityList(String.class).containsExactly("by 13 April 2026")
			.path(alliance + ".citations.totalCount").entityList(Integer.class).containsExactly(2)
			// Announced and taken effect the same day: two entries of the deal, each with the deal's citations.
			.path(stargate + ".kind").entityList(String.class).containsExactly("DEAL_ANNOUNCED", "DEAL_STARTED")
			.path(stargate + ".fact.__typename").entityList(String.class).containsExactly("Deal", "Deal")
			.path(stargate + ".title").entityList(String.class).containsExactly("Stargate project", "Stargate project")
			.path(stargate + ".date.text").entityList(String.class)
			.containsExactly("On January 21, 2025", "On January 21, 2025, it launched the Stargate project")
			.path(stargate + ".citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("On January 21, 2025, it launched the Stargate project with SoftBank, Oracle, and MGX",
					"On January 21, 2025, it launched the Stargate project with SoftBank, Oracle, and MGX");
	}

	@Test
	void timeline_fromAndTo_keepEntriesWhoseSpanOverlapsTheDays() {
		GraphQlTester.Response response = timeline(Map.of("first", 100, "from", "2026-04-01", "to", "2026-04-15"));
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(11);
		// open-ended and long spans overlap; the stateless term began by 2026-02-27 and the
		// restructuring came after 2026-04-15
		assertThat(entries(response)).containsExactlyInAnyOrder("EVENT microsoft-openai-earlier-agreement-adjustment",
				"COMMITMENT amazon-pledges-up-to-50b-investment", "COMMITMENT openai-ramps-up-aws-infrastructure-spending",
				"COMMITMENT openai-uses-trainium-for-training",
				"TERM_STARTED aws-exclusive-third-party-distribution-for-frontier",
				"EVENT openai-revenue-chief-memo-reported-2026-04-13",
				"STATEMENT dresser-memo-microsoft-limited-our-ability", "STATEMENT openai-memo-microsoft-limited-its-ability",
				"STATEMENT dresser-memo-aws-demand-staggering", "STATEMENT openai-memo-amazon-alliance",
				"STATEMENT dresser-remarks-benefits-of-work-with-amazon");
		assertThat(sortDays(response)).isSorted();
		GraphQlTester.Response only2025 = timeline(Map.of("first", 100, "from", "2025-01-01", "to", "2025-06-30"));
		assertThat(entries(only2025)).containsExactlyInAnyOrder(
				"COMMITMENT openai-continues-increasing-azure-use-2025-01", "EVENT stargate-launch-2025-01-21",
				"DEAL_ANNOUNCED stargate", "DEAL_STARTED stargate", "COMMITMENT stargate-invests-500b-over-four-years",
				"COMMITMENT stargate-deploys-100b-immediately",
				// spans open at their start overlap every earlier day
				"TERM_STARTED azure-exclusive-cloud-for-stateless-openai-apis",
				"AGREEMENT_TERM_STARTED microsoft-openai-revenue-sharing-from-other-clouds",
				"STATEMENT dresser-memo-microsoft-limited-our-ability", "STATEMENT openai-memo-microsoft-limited-its-ability",
				"STATEMENT dresser-memo-aws-demand-staggering", "STATEMENT openai-memo-amazon-alliance",
				"STATEMENT dresser-remarks-benefits-of-work-with-amazon");
		GraphQlTester.Response oneDay = timeline(Map.of("first", 100, "from", "2026-02-27", "to", "2026-02-27"));
		assertThat(entries(oneDay)).containsExactlyInAnyOrder("EVENT microsoft-openai-earlier-agreement-adjustment",
				"COMMITMENT amazon-pledges-up-to-50b-investment", "COMMITMENT openai-ramps-up-aws-infrastructure-spending",
				"COMMITMENT openai-uses-trainium-for-training", "EVENT amazon-openai-partnership-announced-2026-02-27",
				"EVENT microsoft-openai-affirm-core-deal-2026-02-27", "DEAL_ANNOUNCED amazon-openai-partnership",
				"COMMITMENT amazon-invests-50b-in-openai-announced",
				"TERM_STARTED aws-exclusive-third-party-distribution-for-frontier",
				"TERM_STARTED azure-exclusive-cloud-for-stateless-openai-apis",
				"AGREEMENT_TERM_STARTED microsoft-openai-revenue-sharing-from-other-clouds",
				"STATEMENT dresser-memo-microsoft-limited-our-ability", "STATEMENT openai-memo-microsoft-limited-its-ability",
				"STATEMENT dresser-memo-aws-demand-staggering", "STATEMENT openai-memo-amazon-alliance",
				"STATEMENT dresser-remarks-benefits-of-work-with-amazon");
	}

	@Test
	void timeline_organizations_keepEntriesInvolvingAnyOfThem() {
		GraphQlTester.Response stargate = timeline(Map.of("first", 100, "organizations", List.of("stargate")));
		stargate.path("timeline.totalCount").entity(Integer.class).isEqualTo(6);
		assertThat(entries(stargate)).containsExactlyInAnyOrder("EVENT stargate-launch-2025-01-21",
				"DEAL_ANNOUNCED stargate", "DEAL_STARTED stargate", "COMMITMENT stargate-invests-500b-over-four-years",
				"COMMITMENT stargate-deploys-100b-immediately", "COMMITMENT_PERIOD_ENDED stargate-invests-500b-over-four-years");
		GraphQlTester.Response microsoft = timeline(Map.of("first", 100, "organizations", List.of("microsoft")));
		microsoft.path("timeline.totalCount").entity(Integer.class).isEqualTo(13);
		// The revenue share names no payer or payee: its deal's parties, Microsoft among them.
		assertThat(entries(microsoft)).containsExactlyInAnyOrder("DEAL_STARTED microsoft-openai-partnership",
				"AGREEMENT_TERM_STARTED microsoft-openai-revenue-sharing-from-other-clouds",
				"AGREEMENT_TERM_ENDED microsoft-openai-revenue-sharing-from-other-clouds",
				"COMMITMENT openai-continues-increasing-azure-use-2025-01",
				"EVENT microsoft-openai-earlier-agreement-adjustment", "EVENT microsoft-openai-affirm-core-deal-2026-02-27",
				"TERM_STARTED azure-exclusive-cloud-for-stateless-openai-apis",
				"EVENT openai-revenue-chief-memo-reported-2026-04-13",
				"EVENT microsoft-openai-restructuring-2026-04-announced",
				"DEAL_ANNOUNCED microsoft-openai-restructuring-2026-04",
				"STATEMENT microsoft-openai-joint-statement-evolve-partnership",
				"TERM_ENDED microsoft-exclusive-openai-ip-license",
				"TERM_ENDED microsoft-sole-cloud-for-third-party-api-products");
		assertThat(sortDays(microsoft)).isSorted();
		GraphQlTester.Response either = timeline(Map.of("first", 100, "organizations", List.of("softbank", "alphabet")));
		assertThat(entries(either)).containsExactlyInAnyOrder("EVENT stargate-launch-2025-01-21",
				"DEAL_ANNOUNCED stargate", "DEAL_STARTED stargate");
		// After the launch day, only the end of the four years.
		GraphQlTester.Response combined = timeline(
				Map.of("first", 100, "organizations", List.of("stargate"), "from", "2025-01-22"));
		assertThat(entries(combined)).containsExactly("COMMITMENT_PERIOD_ENDED stargate-invests-500b-over-four-years");
	}

	@Test
	void timeline_withAnUnknownOrganization_isABadRequestNamingOrganizations() {
		this.graphQl.document(TIMELINE)
			.variable("organizations", List.of("microsoft", "no-such-organization"))
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "organizations", "timeline"));
	}

	@Test
	void timeline_walkedOneByOne_visitsEveryEntryOnceInTheOrderOfOnePage() {
		assertThat(walk(Map.of())).containsExactlyElementsOf(entries(timeline(Map.of("first", 100))));
		assertThat(walk(Map.of("direction", "DESC", "organizations", List.of("microsoft"))))
			.containsExactlyElementsOf(entries(timeline(Map.of("first", 100, "direction", "DESC",
					"organizations", List.of("microsoft")))))
			.hasSize(13);
	}

	private List<String> walk(Map<String, Object> arguments) {
		List<String> visited = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page <= 40; page++) {
			GraphQlTester.Request<?> request = this.graphQl.document(TIMELINE).variable("first", 1).variable("after", after);
			arguments.forEach(request::variable);
			GraphQlTester.Response response = request.execute();
			List<String> entries = entries(response);
			assertThat(entries).as("page %d", page).hasSize(1);
			assertThat(response.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).get()).isEqualTo(page > 0);
			int total = response.path("timeline.totalCount").entity(Integer.class).get();
			visited.addAll(entries);
			after = response.path("timeline.pageInfo.endCursor").entity(String.class).get();
			assertThat(cursors.add(after)).as("new cursor on page %d", page).isTrue();
			boolean hasNext = response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			assertThat(hasNext).as("hasNextPage on page %d", page).isEqualTo(visited.size() < total);
			if (!hasNext) {
				return visited;
			}
		}
		throw new AssertionError("the walk did not end: " + visited);
	}

	private GraphQlTester.Response timeline(Map<String, Object> arguments) {
		GraphQlTester.Request<?> request = this.graphQl.document(TIMELINE);
		arguments.forEach(request::variable);
		return request.execute();
	}

	/** Each entry as "KIND fact-slug", in the order returned. */
	private static List<String> entries(GraphQlTester.Response response) {
		List<String> kinds = response.path("timeline.edges[*].node.kind").entityList(String.class).get();
		List<String> slugs = response.path("timeline.edges[*].node.fact.slug").entityList(String.class).get();
		assertThat(slugs).hasSameSizeAs(kinds);
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			entries.add(kinds.get(i) + " " + slugs.get(i));
		}
		return entries;
	}

	/** The day each entry sorts by: its earliest day, or its latest where the start is open. */
	private static List<LocalDate> sortDays(GraphQlTester.Response response) {
		List<Map<String, String>> dates = response.path("timeline.edges[*].node.date")
			.entity(new ParameterizedTypeReference<List<Map<String, String>>>() {
			})
			.get();
		return dates.stream()
			.map(d -> LocalDate.parse(d.get("earliest") != null ? d.get("earliest") : d.get("latest")))
			.toList();
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static void assertBadRequest(List<ResponseError> errors, String argument, String path) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", argument);
			assertThat(error.getMessage()).contains("'" + argument + "'");
			assertThat(error.getPath()).isEqualTo(path);
		});
	}

}
