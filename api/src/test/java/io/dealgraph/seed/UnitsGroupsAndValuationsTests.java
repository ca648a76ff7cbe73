package io.dealgraph.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures beyond dollars and gigawatts, and groups that commit together, on a database of its own:
 * the seeds, then a release with a report stating megawatts, a count of chips, an order of
 * magnitude of cores, euros, a round with three investors and the valuation it puts on its venture,
 * then a release in which a fourth investor joins the round. Amounts of different units, currencies
 * or things counted are never added; a group's amount counts once; the history keeps who joined.
 */
class UnitsGroupsAndValuationsTests {

	static final String ARTICLE = "articles/006_0badc0de0badc0de.txt";

	static final String TEXT = """
			Amazon will supply OpenAI with 1.2 million chips and 300 MW of new capacity in Europe.
			SoftBank, Oracle and MGX put EUR 1.7 billion into Stargate, at a post-money valuation of EUR 20 billion.
			Oracle added up to EUR 500 million of its own.
			Together the sites bring tens of millions of cores online.
			""";

	static final String SOURCE = """

			  - slug: units-and-groups-report
			    file: %s
			    title: "Chips, megawatts and a round in euros"
			    publisher: null
			    author: null
			    authorNote: null
			    published: null
			    publishedAt: null
			    publishedLocalTime: null
			    url: null
			    kind: NEWS
			    kindNote: "A report with reporting of its own (a fixture of this test)."
			    retrievedAt: null
			""".formatted(ARTICLE);

	static final String DEAL = """
			deal:
			  slug: stargate-europe-round
			  title: "Stargate's round in euros"
			  kind: INVESTMENT
			  status: ANNOUNCED
			  parent: null
			  summary: "SoftBank, Oracle and MGX put EUR 1.7 billion into Stargate; Amazon supplies chips and capacity."
			  announced: null
			  effective: null
			  ended: null
			  valuation:
			    organization: stargate
			    amount: 20000000000
			    unit: EUR
			    qualifier: EXACT
			    basis: POST_MONEY
			    text: "a post-money valuation of EUR 20 billion"
			  citations:
			    - source: units-and-groups-report
			      excerpt: "SoftBank, Oracle and MGX put EUR 1.7 billion into Stargate, at a post-money valuation of EUR 20 billion"
			parties: []
			commitments:
			  - slug: amazon-supplies-1-2m-chips
			    committer: amazon
			    recipient: openai
			    kind: COMPUTE_CAPACITY
			    amount: 1200000
			    unit: COUNT
			    countOf: chips
			    qualifier: EXACT
			    amountText: "1.2 million chips"
			    modality: ANNOUNCED
			    description: "Amazon will supply OpenAI with 1.2 million chips."
			    citations:
			      - source: units-and-groups-report
			        excerpt: "Amazon will supply OpenAI with 1.2 million chips"
			  - slug: amazon-supplies-300mw
			    committer: amazon
			    recipient: openai
			    kind: COMPUTE_CAPACITY
			    amount: 300
			    unit: MW
			    qualifier: EXACT
			    amountText: "300 MW"
			    modality: ANNOUNCED
			    description: "Amazon will supply OpenAI with 300 MW of new capacity in Europe."
			    citations:
			      - source: units-and-groups-report
			        excerpt: "300 MW of new capacity in Europe"
			  - slug: amazon-brings-tens-of-millions-of-cores
			    committer: amazon
			    recipient: openai
			    kind: COMPUTE_CAPACITY
			    amount: 10000000
			    unit: COUNT
			    countOf: cores
			    qualifier: ORDER_OF
			    amountText: "tens of millions of cores"
			    modality: ANNOUNCED
			    description: "The sites bring tens of millions of cores online."
			    citations:
			      - source: units-and-groups-report
			        excerpt: "Together the sites bring tens of millions of cores online."
			  - slug: softbank-oracle-mgx-put-eur-1-7b
			    committer: softbank
			    coCommitters: [%s]
			    recipient: stargate
			    kind: INVESTMENT
			    amount: 1700000000
			    unit: EUR
			    qualifier: EXACT
			    amountText: "EUR 1.7 billion"
			    modality: ANNOUNCED
			    description: "SoftBank, Oracle and MGX put EUR 1.7 billion into Stargate."
			    citations:
			      - source: units-and-groups-report
			        excerpt: "SoftBank, Oracle and MGX put EUR 1.7 billion into Stargate"
			  - slug: oracle-adds-up-to-eur-500m
			    committer: oracle
			    recipient: stargate
			    kind: INVESTMENT
			    amount: 500000000
			    unit: EUR
			    qualifier: UP_TO
			    amountText: "up to EUR 500 million"
			    modality: ANNOUNCED
			    description: "Oracle added up to EUR 500 million of its own."
			    citations:
			      - source: units-and-groups-report
			        excerpt: "Oracle added up to EUR 500 million of its own."
			exclusivityTerms: []
			statements: []
			events: []
			""";

	static ConfigurableApplicationContext app;

	static HttpGraphQlTester graphQl;

	/** The seeds with the report, the round's further committers as listed. */
	static Map<String, String> withReport(String coCommitters) {
		Map<String, String> contents = new HashMap<>(SeedReaderTests.REAL.contents());
		contents.put(ARTICLE, TEXT);
		contents.put("sources.yml", contents.get("sources.yml").stripTrailing() + "\n" + SOURCE);
		contents.put("deals/stargate-europe-round.yml", DEAL.formatted(coCommitters));
		return contents;
	}

	@BeforeAll
	static void start() {
		app = OwnDatabaseApp.start("ledger_units_groups", "dealgraph-units-groups");
		// Release 2 states the round with SoftBank and Oracle; in release 3, MGX is named too.
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(withReport("oracle")))).isTrue();
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(withReport("oracle, mgx")))).isTrue();
		graphQl = OwnDatabaseApp.graphQl(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void quantities_sayTheirUnitsCurrencyAndThingCounted_andReadAsPeopleWriteThem() {
		graphQl.document("""
				{ commitments(filter: {deal: "stargate-europe-round"}, orderBy: {field: AMOUNT, direction: ASC}) {
				    nodes { slug quantity { amount unit currency countOf qualifier text } }
				  }
				  usd: commitment(slug: "stargate-invests-500b-over-four-years") { quantity { unit currency countOf text } }
				}""").execute()
			// By unit, then currency or the thing counted, then amount.
			.path("commitments.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-supplies-1-2m-chips", "amazon-brings-tens-of-millions-of-cores", "amazon-supplies-300mw",
					"oracle-adds-up-to-eur-500m", "softbank-oracle-mgx-put-eur-1-7b")
			.path("commitments.nodes[*].quantity.unit").entityList(String.class)
			.containsExactly("COUNT", "COUNT", "MW", "OTHER_CURRENCY", "OTHER_CURRENCY")
			.path("commitments.nodes[*].quantity.currency").entityList(String.class).containsExactly(null, null, null, "EUR", "EUR")
			.path("commitments.nodes[*].quantity.countOf").entityList(String.class).containsExactly("chips", "cores", null, null, null)
			.path("commitments.nodes[*].quantity.amount").entityList(String.class)
			.containsExactly("1200000", "10000000", "300", "500000000", "1700000000")
			.path("commitments.nodes[*].quantity.qualifier").entityList(String.class)
			.containsExactly("EXACT", "ORDER_OF", "EXACT", "UP_TO", "EXACT")
			.path("commitments.nodes[*].quantity.text").entityList(String.class)
			.containsExactly("1.2 million chips", "tens of millions of cores", "300 MW", "up to EUR 500 million", "EUR 1.7 billion")
			.path("usd.quantity.unit").entity(String.class).isEqualTo("USD")
			.path("usd.quantity.currency").entity(String.class).isEqualTo("USD")
			.path("usd.quantity.countOf").valueIsNull()
			.path("usd.quantity.text").entity(String.class).isEqualTo("$500 billion");
	}

	@Test
	void totals_neverAddDifferentCurrenciesOrThingsCounted_andCountAGroupsAmountOnce_inOneStatement() {
		double before = statements();
		var response = graphQl.document("""
				{ commitmentTotals(filter: {deal: "stargate-europe-round"}, groupBy: [COMMITTER]) {
				    groups { committer { slug } unit currency countOf total count qualifiers }
				} }""").execute();
		assertThat(statements() - before).isEqualTo(1);
		response.path("commitmentTotals.groups[*].unit").entityList(String.class)
			.containsExactly("COUNT", "COUNT", "MW", "OTHER_CURRENCY", "OTHER_CURRENCY")
			.path("commitmentTotals.groups[*].countOf").entityList(String.class).containsExactly("chips", "cores", null, null, null)
			.path("commitmentTotals.groups[*].currency").entityList(String.class).containsExactly(null, null, null, "EUR", "EUR")
			// The round's EUR 1.7 billion counts once, under its first-named committer.
			.path("commitmentTotals.groups[*].committer.slug").entityList(String.class)
			.containsExactly("amazon", "amazon", "amazon", "softbank", "oracle")
			.path("commitmentTotals.groups[*].total").entityList(String.class)
			.containsExactly("1200000", "10000000", "300", "1700000000", "500000000")
			.path("commitmentTotals.groups[*].qualifiers").entityList(Object.class)
			.containsExactly(List.of("EXACT"), List.of("ORDER_OF"), List.of("EXACT"), List.of("EXACT"), List.of("UP_TO"));
		graphQl.document("""
				{ commitmentTotals(filter: {deal: "stargate-europe-round"}, groupBy: []) { groups { unit currency countOf total count } } }""")
			.execute()
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("1200000", "10000000", "300", "2200000000")
			.path("commitmentTotals.groups[*].count").entityList(Integer.class).containsExactly(1, 1, 1, 2);
	}

	@Test
	void filters_selectOneCurrencyOrThingCounted_andAmountBoundsNeedOneUnit() {
		graphQl.document("""
				{ eur: commitments(filter: {currency: "EUR", amountMin: "1000000000"}) { nodes { slug } }
				  chips: commitments(filter: {countOf: "chips"}) { nodes { slug } }
				  counts: commitments(filter: {unit: COUNT}) { totalCount }
				  dollars: commitments(filter: {currency: "USD"}) { totalCount }
				  usd: commitments(filter: {unit: USD}) { totalCount }
				}""").execute()
			.path("eur.nodes[*].slug").entityList(String.class).containsExactly("softbank-oracle-mgx-put-eur-1-7b")
			.path("chips.nodes[*].slug").entityList(String.class).containsExactly("amazon-supplies-1-2m-chips")
			.path("counts.totalCount").entity(Integer.class).isEqualTo(2)
			.path("dollars.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive())
			.path("usd.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		assertThat(count("{ commitments(filter: {currency: \"USD\"}) { totalCount } }"))
			.isEqualTo(count("{ commitments(filter: {unit: USD}) { totalCount } }"));
		graphQl.document("{ commitments(filter: {unit: COUNT, amountMin: \"1\"}) { totalCount } }").execute().errors()
			.satisfy(errors -> badRequest(errors, "filter.countOf", "commitments"));
		graphQl.document("{ commitments(filter: {unit: OTHER_CURRENCY, amountMax: \"1\"}) { totalCount } }").execute().errors()
			.satisfy(errors -> badRequest(errors, "filter.currency", "commitments"));
		graphQl.document("{ commitmentTotals(filter: {currency: \"EURO\"}) { withoutAmount } }").execute().errors()
			.satisfy(errors -> badRequest(errors, "filter.currency", "commitmentTotals"));
		graphQl.document("{ commitments(filter: {countOf: \"Chips\"}) { totalCount } }").execute().errors()
			.satisfy(errors -> badRequest(errors, "filter.countOf", "commitments"));
	}

	@Test
	void aGroupCommitment_listsEveryCommitter_andTheOrganizationFilterFindsEachOfThem() {
		graphQl.document("""
				{ commitment(slug: "softbank-oracle-mgx-put-eur-1-7b") { committer { slug } committers { slug } }
				  single: commitment(slug: "oracle-adds-up-to-eur-500m") { committers { slug } }
				  mgx: commitments(filter: {organization: "mgx", deal: "stargate-europe-round"}) { nodes { slug } }
				  mgxFirst: commitments(filter: {committer: "mgx", deal: "stargate-europe-round"}) { totalCount }
				}""").execute()
			.path("commitment.committer.slug").entity(String.class).isEqualTo("softbank")
			.path("commitment.committers[*].slug").entityList(String.class).containsExactly("softbank", "mgx", "oracle")
			.path("single.committers[*].slug").entityList(String.class).containsExactly("oracle")
			.path("mgx.nodes[*].slug").entityList(String.class).containsExactly("softbank-oracle-mgx-put-eur-1-7b")
			.path("mgxFirst.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aCommitterJoiningAGroup_isAChangeOfItsCommitment_andTheReleaseBeforeListsTheGroupAsItWas() {
		graphQl.document("""
				{ changes(release: 3, first: 100) { nodes { typeName slug operation fields { field before after } } }
				  before: commitment(slug: "softbank-oracle-mgx-put-eur-1-7b", release: 2) { committers { slug } }
				}""").execute()
			.path("changes.nodes[*].slug").entityList(String.class).containsExactly("softbank-oracle-mgx-put-eur-1-7b")
			.path("changes.nodes[0].operation").entity(String.class).isEqualTo("CHANGED")
			.path("changes.nodes[0].fields[*].field").entityList(String.class).containsExactly("committers")
			.path("changes.nodes[0].fields[0].before").valueIsNull()
			.path("changes.nodes[0].fields[0].after").entity(String.class).isEqualTo("mgx")
			.path("before.committers[*].slug").entityList(String.class).containsExactly("softbank", "oracle");
	}

	@Test
	void aDeal_saysWhatItValuesAnOrganizationAt_inTheSourcesWords() {
		graphQl.document("""
				{ deal(slug: "stargate-europe-round") {
				    valuation { organization { slug } quantity { amount unit currency text } basis text }
				  }
				  none: deal(slug: "stargate") { valuation { text } }
				}""").execute()
			.path("deal.valuation.organization.slug").entity(String.class).isEqualTo("stargate")
			.path("deal.valuation.quantity.amount").entity(String.class).isEqualTo("20000000000")
			.path("deal.valuation.quantity.unit").entity(String.class).isEqualTo("OTHER_CURRENCY")
			.path("deal.valuation.quantity.currency").entity(String.class).isEqualTo("EUR")
			.path("deal.valuation.quantity.text").entity(String.class).isEqualTo("EUR 20 billion")
			.path("deal.valuation.basis").entity(String.class).isEqualTo("POST_MONEY")
			.path("deal.valuation.text").entity(String.class).isEqualTo("a post-money valuation of EUR 20 billion")
			.path("none.valuation").valueIsNull();
	}

	@Test
	void aValuationNotQuotedByItsDeal_aValuationInGigawatts_andACommitterListedTwice_areEachRefused() {
		Map<String, String> contents = withReport("oracle, softbank");
		String deal = contents.get("deals/stargate-europe-round.yml")
			.replace("text: \"a post-money valuation of EUR 20 billion\"", "text: \"a valuation of EUR 20 billion\"")
			.replace("    unit: EUR\n    qualifier: EXACT\n    basis", "    unit: GW\n    qualifier: EXACT\n    basis");
		contents.put("deals/stargate-europe-round.yml", deal);
		assertThat(SeedMessagesTests.problems(new SeedFiles(contents))).containsExactlyInAnyOrder(
				"deals/stargate-europe-round.yml:11 > deal (stargate-europe-round): a valuation is money: "
						+ "write USD or another currency's ISO 4217 code, not 'GW'",
				"deals/stargate-europe-round.yml:1 > deal (stargate-europe-round): valuation.text does not occur verbatim in any of "
						+ "the deal's citation excerpts",
				"deals/stargate-europe-round.yml:66 > commitments[3] (softbank-oracle-mgx-put-eur-1-7b): coCommitters lists "
						+ "'softbank' twice, or as the committer too: name each once");
	}

	private static int count(String document) {
		return graphQl.document(document).execute().path("commitments.totalCount").entity(Integer.class).get();
	}

	private static void badRequest(List<ResponseError> errors, String argument, String path) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("argument", argument);
			assertThat(error.getPath()).isEqualTo(path);
		});
	}

	private static double statements() {
		return OwnDatabaseApp.statements(app);
	}

}
