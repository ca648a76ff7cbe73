package io.dealgraph.commitment;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code commitmentTotals} and {@code activity}. The seeds state five amounts: Stargate's $500B
 * and its $100B part, Amazon's $50B in two competing claims, and OpenAI's 2 GW; five commitments
 * state no amount.
 */
class AggregatesApiTests extends ApiTest {

	// language=GraphQL
	private static final String TOTALS = """
			query totals($groupBy: [CommitmentGrouping!], $filter: CommitmentFilter, $asOf: Date) {
			  commitmentTotals(groupBy: $groupBy, filter: $filter, asOf: $asOf) {
			    withoutAmount competingClaimsSkipped partsSkipped
			    groups {
			      committer { slug } recipient { slug } kind unit total count qualifiers
			      commitments { slug quantity { amount unit } partOf { slug } preferred }
			    }
			  }
			}""";

	@Test
	void commitmentTotals_byCommitter_sumEachCommitterInEachUnit() {
		GraphQlTester.Traversable response = totals(List.of("COMMITTER"), null, null)
			.path("commitmentTotals.withoutAmount").entity(Integer.class).isEqualTo(5)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups").entityList(Object.class).hasSize(3)
			.path("commitmentTotals.groups[?(@.unit == 'USD')].committer.slug").entityList(String.class)
			.containsExactly("stargate", "amazon")
			.path("commitmentTotals.groups[?(@.unit == 'GW')].committer.slug").entityList(String.class)
			.containsExactly("openai");
		assertGroup(response, "@.committer.slug == 'stargate'", "USD", "500000000000", 1, List.of("EXACT"),
				List.of("stargate-invests-500b-over-four-years"));
		assertGroup(response, "@.committer.slug == 'amazon'", "USD", "50000000000", 1, List.of("EXACT"),
				List.of("amazon-invests-50b-in-openai-announced"));
		assertGroup(response, "@.committer.slug == 'openai'", "GW", "2", 1, List.of("EXACT"),
				List.of("openai-consumes-2gw-trainium-on-aws"));
		response.path("commitmentTotals.groups[*].recipient").entityList(Object.class).get()
			.forEach(recipient -> assertThat(recipient).isNull());
		response.path("commitmentTotals.groups[*].kind").entityList(Object.class).get()
			.forEach(kind -> assertThat(kind).isNull());
	}

	@Test
	void commitmentTotals_skipTheHundredBillionPartOfTheFiveHundredBillion() {
		// language=GraphQL
		String document = """
				{ commitment(slug: "stargate-deploys-100b-immediately") { partOf { slug quantity { amount } } } }""";
		this.graphQl.document(document)
			.execute()
			.path("commitment.partOf.slug").entity(String.class).isEqualTo("stargate-invests-500b-over-four-years")
			.path("commitment.partOf.quantity.amount").entity(String.class).isEqualTo("500000000000");
		totals(List.of("COMMITTER"), Map.of("committer", "stargate"), null)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.withoutAmount").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("500000000000")
			.path("commitmentTotals.groups[0].commitments[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years")
			.path("commitmentTotals.groups[0].commitments[0].partOf").valueIsNull();
	}

	@Test
	void commitmentTotals_countOnlyThePreferredClaimOfAmazonsFiftyBillion() {
		totals(List.of("COMMITTER"), Map.of("committer", "amazon"), null)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("50000000000")
			.path("commitmentTotals.groups[*].count").entityList(Integer.class).containsExactly(1)
			.path("commitmentTotals.groups[*].qualifiers[*]").entityList(String.class).containsExactly("EXACT")
			.path("commitmentTotals.groups[0].commitments[*].slug").entityList(String.class)
			.containsExactly("amazon-invests-50b-in-openai-announced")
			.path("commitmentTotals.groups[0].commitments[*].preferred").entityList(Boolean.class)
			.containsExactly(true);
	}

	@Test
	void commitmentTotals_neverMixUnits() {
		GraphQlTester.Traversable response = totals(List.of(), null, null)
			.path("commitmentTotals.groups[*].unit").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("USD", "GW"))
			.path("commitmentTotals.groups[?(@.unit == 'USD')].total").entityList(String.class)
			.containsExactly("550000000000")
			.path("commitmentTotals.groups[?(@.unit == 'USD')].count").entityList(Integer.class).containsExactly(2)
			.path("commitmentTotals.groups[?(@.unit == 'USD')].commitments[*].slug").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("amazon-invests-50b-in-openai-announced", "stargate-invests-500b-over-four-years"))
			.path("commitmentTotals.groups[?(@.unit == 'GW')].total").entityList(String.class).containsExactly("2");
		for (List<String> groupBy : List.of(List.<String>of(), List.of("COMMITTER"), List.of("RECIPIENT"),
				List.of("KIND"), List.of("COMMITTER", "RECIPIENT", "KIND"))) {
			List<Map<String, Object>> groups = totals(groupBy, null, null).path("commitmentTotals.groups")
				.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.get();
			assertThat(groups).as("groupBy %s", groupBy).isNotEmpty().allSatisfy(group -> {
				@SuppressWarnings("unchecked")
				List<Map<String, Map<String, Object>>> commitments = (List<Map<String, Map<String, Object>>>) group
					.get("commitments");
				assertThat(commitments).as("commitments of %s", group).hasSize((Integer) group.get("count"))
					.allSatisfy(c -> assertThat(c.get("quantity").get("unit")).isEqualTo(group.get("unit")));
			});
		}
	}

	@Test
	void commitmentTotals_byRecipientAndKind_haveOneTotalPerRecipientKindAndUnit() {
		GraphQlTester.Traversable response = totals(List.of("RECIPIENT", "KIND"), null, null)
			.path("commitmentTotals.withoutAmount").entity(Integer.class).isEqualTo(5)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups").entityList(Object.class).hasSize(3);
		List<Object> committers = response.path("commitmentTotals.groups[*].committer").entityList(Object.class).get();
		assertThat(committers).hasSize(3).containsOnlyNulls();
		assertGroup(response, "@.kind == 'COMPUTE_CAPACITY'", "GW", "2", 1, List.of("EXACT"),
				List.of("openai-consumes-2gw-trainium-on-aws"));
		response.path("commitmentTotals.groups[?(@.kind == 'COMPUTE_CAPACITY')].recipient.slug")
			.entityList(String.class).containsExactly("aws");
		// Stargate's commitment names no recipient
		assertGroup(response, "@.kind == 'INFRASTRUCTURE'", "USD", "500000000000", 1, List.of("EXACT"),
				List.of("stargate-invests-500b-over-four-years"));
		response.path("commitmentTotals.groups[?(@.kind == 'INFRASTRUCTURE')].recipient").entityList(Object.class)
			.get()
			.forEach(recipient -> assertThat(recipient).isNull());
		assertGroup(response, "@.kind == 'INVESTMENT'", "USD", "50000000000", 1, List.of("EXACT"),
				List.of("amazon-invests-50b-in-openai-announced"));
		response.path("commitmentTotals.groups[?(@.kind == 'INVESTMENT')].recipient.slug").entityList(String.class)
			.containsExactly("openai");
		// largest first within USD
		response.path("commitmentTotals.groups[?(@.unit == 'USD')].kind").entityList(String.class)
			.containsExactly("INFRASTRUCTURE", "INVESTMENT");
	}

	@Test
	void commitmentTotals_filteredByUnit_sumOnlyDollars() {
		totals(List.of("COMMITTER"), Map.of("unit", "USD"), null)
			.path("commitmentTotals.withoutAmount").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups[*].unit").entityList(String.class).containsExactly("USD", "USD")
			.path("commitmentTotals.groups[*].committer.slug").entityList(String.class)
			.containsExactly("stargate", "amazon")
			.path("commitmentTotals.groups[*].total").entityList(String.class)
			.containsExactly("500000000000", "50000000000");
		totals(List.of("COMMITTER"), Map.of("unit", "GW"), null)
			.path("commitmentTotals.groups[*].committer.slug").entityList(String.class).containsExactly("openai")
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("2")
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void commitmentTotals_asOfMid2025_sumOnlyWhatWasInForce() {
		// in force on 2025-06-01: Stargate's two (2025-01-21), Microsoft's billions (deal from 2016),
		// OpenAI's Azure use (January 2025); Amazon's and the AWS commitments came later
		totals(List.of("COMMITTER"), null, "2025-06-01")
			.path("commitmentTotals.withoutAmount").entity(Integer.class).isEqualTo(2)
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(0)
			.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups[*].committer.slug").entityList(String.class).containsExactly("stargate")
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("500000000000")
			.path("commitmentTotals.groups[0].commitments[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years");
		// on 2026-03-01 both Amazon claims are in force (the pledge's range is UNKNOWN): still only one counted
		totals(List.of("COMMITTER"), null, "2026-03-01")
			.path("commitmentTotals.competingClaimsSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups[?(@.committer.slug == 'amazon')].total").entityList(String.class)
			.containsExactly("50000000000");
	}

	@Test
	void commitmentTotals_withAnAmountBoundButNoUnit_isABadRequestNamingFilterUnit() {
		this.graphQl.document(TOTALS)
			.variable("filter", Map.of("amountMin", "1"))
			.execute()
			.errors()
			.satisfy(errors -> assertBadRequest(errors, "filter.unit", "commitmentTotals"));
	}

	@Test
	void activity_ofEventsByMonth_placesOnlyEventsDatedWithinOneMonth() {
		// 2025-01-21; 2026-02-27 (two); 2026-04-13, 2026-04-26..30, 2026-04-27..30; not placed: 2025-10-26..2026-04-30
		// language=GraphQL
		String document = """
				{ activity(of: EVENTS, by: MONTH) { notPlaced buckets { key month organization { slug } count } } }""";
		GraphQlTester.Traversable response = this.graphQl.document(document)
			.execute()
			.path("activity.buckets[*].key").entityList(String.class).containsExactly("2025-01", "2026-02", "2026-04")
			.path("activity.buckets[*].month").entityList(String.class).containsExactly("2025-01", "2026-02", "2026-04")
			.path("activity.buckets[*].count").entityList(Integer.class).containsExactly(1, 2, 3)
			.path("activity.notPlaced").entity(Integer.class).isEqualTo(1);
		assertThat(response.path("activity.buckets[*].organization").entityList(Object.class).get()).containsOnlyNulls();
	}

	@Test
	void activity_ofDealsByMonth_leavesHalfYearAndUndatedDealsUnplaced() {
		// stargate 2025-01-21; amazon-openai-partnership 2026-02-27; restructuring 2026-04-26..30 and
		// models on AWS 2026-04-27..30; not placed: late 2025 (HALF_YEAR) and the three undated deals
		// language=GraphQL
		String document = """
				{ activity(of: DEALS, by: MONTH) { notPlaced buckets { key month count } } }""";
		this.graphQl.document(document)
			.execute()
			.path("activity.buckets[*].key").entityList(String.class).containsExactly("2025-01", "2026-02", "2026-04")
			.path("activity.buckets[*].count").entityList(Integer.class).containsExactly(1, 1, 2)
			.path("activity.notPlaced").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void activity_byMonth_fromAndTo_countOnlyOverlappingItems() {
		// language=GraphQL
		String document = """
				{ april: activity(of: EVENTS, by: MONTH, from: "2026-04-01") { notPlaced buckets { key count } }
				  untilFebruary: activity(of: EVENTS, by: MONTH, to: "2026-02-28") { notPlaced buckets { key count } }
				  deals2025: activity(of: DEALS, by: MONTH, from: "2025-01-01", to: "2025-12-31") { notPlaced buckets { key count } } }""";
		this.graphQl.document(document)
			.execute()
			.path("april.buckets[*].key").entityList(String.class).containsExactly("2026-04")
			.path("april.buckets[*].count").entityList(Integer.class).containsExactly(3)
			.path("april.notPlaced").entity(Integer.class).isEqualTo(1)
			.path("untilFebruary.buckets[*].key").entityList(String.class).containsExactly("2025-01", "2026-02")
			.path("untilFebruary.buckets[*].count").entityList(Integer.class).containsExactly(1, 2)
			.path("untilFebruary.notPlaced").entity(Integer.class).isEqualTo(1)
			.path("deals2025.buckets[*].key").entityList(String.class).containsExactly("2025-01")
			.path("deals2025.buckets[*].count").entityList(Integer.class).containsExactly(1)
			.path("deals2025.notPlaced").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void activity_ofDealsByOrganization_countsEachDealForEveryParty() {
		// language=GraphQL
		String document = """
				{ activity(of: DEALS, by: ORGANIZATION) { notPlaced buckets { key month organization { slug } count } } }""";
		GraphQlTester.Traversable response = this.graphQl.document(document)
			.execute()
			.path("activity.notPlaced").entity(Integer.class).isEqualTo(0)
			.path("activity.buckets[0:4].key").entityList(String.class)
			.containsExactly("openai", "amazon", "aws", "microsoft")
			.path("activity.buckets[0:4].count").entityList(Integer.class).containsExactly(8, 4, 3, 2)
			.path("activity.buckets[4:].key").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("mgx", "oracle", "softbank", "stargate"))
			.path("activity.buckets[4:].count").entityList(Integer.class).containsExactly(1, 1, 1, 1)
			.path("activity.buckets").entityList(Object.class).hasSize(8);
		assertThat(response.path("activity.buckets[*].organization.slug").entityList(String.class).get())
			.isEqualTo(response.path("activity.buckets[*].key").entityList(String.class).get());
		assertThat(response.path("activity.buckets[*].month").entityList(Object.class).get()).containsOnlyNulls();
	}

	@Test
	void activity_ofEventsByOrganization_countsEachEventForEveryOrganizationInvolved() {
		// language=GraphQL
		String document = """
				{ all: activity(of: EVENTS, by: ORGANIZATION) { notPlaced buckets { key organization { slug } count } }
				  april: activity(of: EVENTS, by: ORGANIZATION, from: "2026-04-01") { buckets { key count } } }""";
		this.graphQl.document(document)
			.execute()
			.path("all.notPlaced").entity(Integer.class).isEqualTo(0)
			.path("all.buckets[0:4].key").entityList(String.class).containsExactly("openai", "microsoft", "amazon", "aws")
			.path("all.buckets[0:4].count").entityList(Integer.class).containsExactly(7, 4, 3, 2)
			.path("all.buckets[4:].key").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("mgx", "oracle", "softbank", "stargate"))
			.path("all.buckets[4:].count").entityList(Integer.class).containsExactly(1, 1, 1, 1)
			// from April: the earlier adjustment, the memo, the restructuring, the models on AWS
			.path("april.buckets[*].key").entityList(String.class).containsExactly("openai", "microsoft", "amazon", "aws")
			.path("april.buckets[*].count").entityList(Integer.class).containsExactly(4, 3, 2, 1);
	}

	private GraphQlTester.Response totals(List<String> groupBy, Map<String, Object> filter, String asOf) {
		return this.graphQl.document(TOTALS)
			.variable("groupBy", groupBy)
			.variable("filter", filter)
			.variable("asOf", asOf)
			.execute();
	}

	private static void assertGroup(GraphQlTester.Traversable response, String filter, String unit, String total,
			int count, List<String> qualifiers, List<String> slugs) {
		String group = "commitmentTotals.groups[?(" + filter + ")]";
		response.path(group + ".unit").entityList(String.class).containsExactly(unit)
			.path(group + ".total").entityList(String.class).containsExactly(total)
			.path(group + ".count").entityList(Integer.class).containsExactly(count)
			.path(group + ".qualifiers[*]").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyElementsOf(qualifiers))
			.path(group + ".commitments[*].slug").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyElementsOf(slugs))
			.path(group + ".commitments[*].quantity.unit").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyElementsOf(slugs.stream().map(s -> unit).toList()));
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
