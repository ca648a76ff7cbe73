package io.dealgraph.seed;

import java.util.HashMap;
import java.util.Map;

import io.dealgraph.graphql.GlobalId;
import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Firm and contingent money, on a database of its own: the seeds, then a second release that adds
 * a report written as real ones are ("$25 billion: $5 billion now and up to $20 billion more, tied to
 * milestones"; "$15 billion upfront, the remaining $35 billion once conditions are met"), each
 * whole with its parts, the contingent parts with their conditions. Totals split every whole by its
 * parts' firmness and never count a whole and its parts twice; conditions are facts with citations
 * and history; a commitment's period ends it for {@code asOf}.
 */
public class ContingentMoneyTests {

	static final String ARTICLE = "articles/005_00c0ffee00c0ffee.txt";

	// No headline in the text: pages often lose theirs, and the title comes from the record.
	static final String TEXT = """
			Amazon agreed to invest $25 billion in OpenAI: $5 billion now and up to $20 billion more, tied to milestones.
			Microsoft will put in $15 billion upfront, the remaining $35 billion once conditions are met, such as a \
			listing before 2028, and lapsing if the cloud partnership ends.
			In May 2026 Oracle committed $10 billion to OpenAI; in June 2026 it enlarged the commitment to $12 billion.
			""";

	static final String SOURCE = """

			  - slug: contingent-money-report
			    file: %s
			    title: "Two investments in parts"
			    publisher: null
			    author: null
			    authorNote: null
			    published: null
			    publishedAt: null
			    publishedLocalTime: null
			    url: null
			    kind: NEWS
			    kindNote: "A report with reporting of its own (a fixture of this test)."
			    retrievedAt: "2026-12-01T09:30:00Z"
			""".formatted(ARTICLE);

	static final String DEAL = """
			deal:
			  slug: openai-investments-in-parts
			  title: "Investments in OpenAI in parts"
			  kind: INVESTMENT
			  status: ANNOUNCED
			  parent: null
			  summary: "Amazon and Microsoft investments in OpenAI, each in a firm and a contingent part."
			  announced: null
			  effective: null
			  ended: null
			  citations:
			    - source: contingent-money-report
			      excerpt: "Amazon agreed to invest $25 billion in OpenAI"
			parties: []
			commitments:
			  - slug: amazon-invests-25b
			    committer: amazon
			    recipient: openai
			    kind: INVESTMENT
			    amount: 25000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$25 billion"
			    modality: AGREED
			    description: "Amazon agreed to invest $25 billion in OpenAI, in two parts."
			    citations:
			      - source: contingent-money-report
			        excerpt: "Amazon agreed to invest $25 billion in OpenAI"
			  - slug: amazon-invests-5b-now
			    partOf: amazon-invests-25b
			    committer: amazon
			    recipient: openai
			    kind: INVESTMENT
			    amount: 5000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$5 billion"
			    horizon: "now"
			    firmness: FIRM
			    modality: AGREED
			    description: "The first $5 billion, now."
			    citations:
			      - source: contingent-money-report
			        excerpt: "$5 billion now"
			  - slug: amazon-invests-up-to-20b-on-milestones
			    partOf: amazon-invests-25b
			    committer: amazon
			    recipient: openai
			    kind: INVESTMENT
			    amount: 20000000000
			    unit: USD
			    qualifier: UP_TO
			    amountText: "up to $20 billion more"
			    firmness: CONTINGENT
			    modality: AGREED
			    description: "Up to $20 billion more, tied to milestones."
			    conditions:
			      - slug: amazon-openai-milestones
			        kind: TRIGGER
			        words: "tied to milestones"
			        citations:
			          - source: contingent-money-report
			            excerpt: "up to $20 billion more, tied to milestones"
			    citations:
			      - source: contingent-money-report
			        excerpt: "up to $20 billion more, tied to milestones"
			  - slug: microsoft-invests-50b
			    committer: microsoft
			    recipient: openai
			    kind: INVESTMENT
			    amount: 50000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$15 billion upfront, the remaining $35 billion"
			    modality: ANNOUNCED
			    description: "Microsoft will put in $50 billion, $15 billion upfront and $35 billion on conditions."
			    citations:
			      - source: contingent-money-report
			        excerpt: "Microsoft will put in $15 billion upfront, the remaining $35 billion"
			  - slug: microsoft-invests-15b-upfront
			    partOf: microsoft-invests-50b
			    committer: microsoft
			    recipient: openai
			    kind: INVESTMENT
			    amount: 15000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$15 billion upfront"
			    firmness: FIRM
			    modality: ANNOUNCED
			    description: "$15 billion upfront."
			    citations:
			      - source: contingent-money-report
			        excerpt: "Microsoft will put in $15 billion upfront"
			  - slug: microsoft-invests-35b-on-conditions
			    partOf: microsoft-invests-50b
			    committer: microsoft
			    recipient: openai
			    kind: INVESTMENT
			    amount: 35000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "the remaining $35 billion"
			    firmness: CONTINGENT
			    modality: ANNOUNCED
			    description: "The remaining $35 billion, once conditions are met."
			    conditions:
			      - slug: microsoft-openai-listing-before-2028
			        kind: TRIGGER
			        words: "a listing before 2028"
			        deadline: {earliest: null, latest: 2027-12-31, precision: RANGE, text: "before 2028"}
			        citations:
			          - source: contingent-money-report
			            excerpt: "the remaining $35 billion once conditions are met, such as a listing before 2028"
			      - slug: microsoft-openai-lapses-with-cloud-partnership
			        kind: LAPSE
			        words: "lapsing if the cloud partnership ends"
			        citations:
			          - source: contingent-money-report
			            excerpt: "and lapsing if the cloud partnership ends"
			    citations:
			      - source: contingent-money-report
			        excerpt: "the remaining $35 billion once conditions are met"
			  - slug: oracle-commits-10b-2026-05
			    committer: oracle
			    recipient: openai
			    kind: INVESTMENT
			    amount: 10000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$10 billion"
			    modality: ANNOUNCED
			    description: "In May 2026 Oracle committed $10 billion to OpenAI."
			    date: {earliest: 2026-05-01, latest: 2026-05-31, precision: MONTH, text: "In May 2026"}
			    citations:
			      - source: contingent-money-report
			        excerpt: "In May 2026 Oracle committed $10 billion to OpenAI"
			  - slug: oracle-enlarges-to-12b-2026-06
			    amends: oracle-commits-10b-2026-05
			    amendment: ENLARGES
			    committer: oracle
			    recipient: openai
			    kind: INVESTMENT
			    amount: 12000000000
			    unit: USD
			    qualifier: EXACT
			    amountText: "$12 billion"
			    modality: ANNOUNCED
			    description: "In June 2026 Oracle enlarged its commitment to OpenAI to $12 billion."
			    date: {earliest: 2026-06-01, latest: 2026-06-30, precision: MONTH, text: "in June 2026"}
			    citations:
			      - source: contingent-money-report
			        excerpt: "in June 2026 it enlarged the commitment to $12 billion"
			exclusivityTerms: []
			statements: []
			events: []
			""";

	static ConfigurableApplicationContext app;

	static HttpGraphQlTester graphQl;

	public static Map<String, String> withReport() {
		Map<String, String> contents = new HashMap<>(SeedReaderTests.REAL.contents());
		contents.put(ARTICLE, TEXT);
		contents.put("sources.yml", contents.get("sources.yml").stripTrailing() + "\n" + SOURCE);
		contents.put("deals/openai-investments-in-parts.yml", DEAL);
		return contents;
	}

	@BeforeAll
	static void start() {
		app = OwnDatabaseApp.start("ledger_contingent_money", "dealgraph-contingent-money");
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(withReport()))).isTrue();
		graphQl = OwnDatabaseApp.graphQl(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void totals_splitEachWholeByItsPartsFirmness_andCountNoWholeAndItsPartsTwice_inOneStatement() {
		double before = statements();
		var response = graphQl.document("""
				{ commitmentTotals(filter: {deal: "openai-investments-in-parts"}) {
				    partsSkipped amendedSkipped
				    groups { committer { slug } unit total firm contingent unknown count }
				} }""").execute();
		assertThat(statements() - before).isEqualTo(1);
		// Oracle's $10 billion, enlarged to $12 billion, counts once: as the $12 billion.
		response.path("commitmentTotals.partsSkipped").entity(Integer.class).isEqualTo(4)
			.path("commitmentTotals.amendedSkipped").entity(Integer.class).isEqualTo(1)
			.path("commitmentTotals.groups[*].committer.slug").entityList(String.class).containsExactly("microsoft", "amazon", "oracle")
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("50000000000", "25000000000", "12000000000")
			.path("commitmentTotals.groups[*].firm").entityList(String.class).containsExactly("15000000000", "5000000000", "0")
			.path("commitmentTotals.groups[*].contingent").entityList(String.class).containsExactly("35000000000", "20000000000", "0")
			.path("commitmentTotals.groups[*].unknown").entityList(String.class).containsExactly("0", "0", "12000000000")
			.path("commitmentTotals.groups[*].count").entityList(Integer.class).containsExactly(1, 1, 1);
	}

	@Test
	void aWholeWhosePartsLeaveARest_countsTheRestByItsOwnFirmness() {
		// Stargate: $500 billion, of which $100 billion immediately; the source says neither is firm.
		graphQl.document("""
				{ commitmentTotals(filter: {deal: "stargate"}) { groups { total firm contingent unknown } } }""")
			.execute()
			.path("commitmentTotals.groups[*].total").entityList(String.class).containsExactly("500000000000")
			.path("commitmentTotals.groups[*].firm").entityList(String.class).containsExactly("0")
			.path("commitmentTotals.groups[*].unknown").entityList(String.class).containsExactly("500000000000");
	}

	@Test
	void aWhole_listsItsParts_andThePartOfFilterAndFirmnessFilter_selectThem() {
		graphQl.document("""
				{ commitment(slug: "microsoft-invests-50b") {
				    firmness
				    parts { totalCount nodes { slug firmness partOf { slug } } }
				  }
				  contingent: commitments(filter: {partOf: "microsoft-invests-50b", firmness: CONTINGENT}) { nodes { slug } }
				  firm: commitments(filter: {firmness: FIRM}, first: 100) { nodes { slug } }
				}""").execute()
			.path("commitment.firmness").entity(String.class).isEqualTo("UNKNOWN")
			.path("commitment.parts.totalCount").entity(Integer.class).isEqualTo(2)
			.path("commitment.parts.nodes[*].slug").entityList(String.class)
			.contains("microsoft-invests-15b-upfront", "microsoft-invests-35b-on-conditions").hasSize(2)
			.path("commitment.parts.nodes[*].partOf.slug").entityList(String.class)
			.containsExactly("microsoft-invests-50b", "microsoft-invests-50b")
			.path("contingent.nodes[*].slug").entityList(String.class).containsExactly("microsoft-invests-35b-on-conditions")
			.path("firm.nodes[*].slug").entityList(String.class)
			.contains("amazon-invests-5b-now", "microsoft-invests-15b-upfront", "microsoft-invests-billions-in-openai").hasSize(3);
	}

	@Test
	void aContingentPart_listsItsConditions_inTheSourcesWords_withDeadlinesAndCitations() {
		graphQl.document("""
				{ commitment(slug: "microsoft-invests-35b-on-conditions") {
				    conditions { slug kind words deadline { earliest latest precision text }
				                 commitment { slug } corroboration citations { nodes { excerpt startOffset } } }
				} }""").execute()
			.path("commitment.conditions[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-listing-before-2028", "microsoft-openai-lapses-with-cloud-partnership")
			.path("commitment.conditions[*].kind").entityList(String.class).containsExactly("TRIGGER", "LAPSE")
			.path("commitment.conditions[0].words").entity(String.class).isEqualTo("a listing before 2028")
			.path("commitment.conditions[0].deadline.earliest").valueIsNull()
			.path("commitment.conditions[0].deadline.latest").entity(String.class).isEqualTo("2027-12-31")
			.path("commitment.conditions[0].deadline.precision").entity(String.class).isEqualTo("RANGE")
			.path("commitment.conditions[1].deadline").valueIsNull()
			.path("commitment.conditions[*].commitment.slug").entityList(String.class).containsExactly("microsoft-invests-35b-on-conditions", "microsoft-invests-35b-on-conditions")
			.path("commitment.conditions[*].corroboration").entityList(Integer.class).containsExactly(1, 1)
			.path("commitment.conditions[1].citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("and lapsing if the cloud partnership ends")
			.path("commitment.conditions[1].citations.nodes[0].startOffset").entity(Integer.class)
			.isEqualTo(TEXT.indexOf("and lapsing if the cloud partnership ends"));
	}

	@Test
	void aCondition_isANode_withAHistory_andAbsentFromTheReleaseBeforeIt() {
		String id = GlobalId.of("Condition", "amazon-openai-milestones");
		graphQl.document("""
				query($id: ID!) {
				  node(id: $id) { ... on Condition { slug words history { release { number } operation } recordedIn { number } } }
				  before: condition(slug: "amazon-openai-milestones", release: 1) { slug }
				  now: condition(slug: "amazon-openai-milestones") { id }
				  changes(release: 2, first: 100) { nodes { typeName slug operation } }
				}""").variable("id", id).execute()
			.path("node.slug").entity(String.class).isEqualTo("amazon-openai-milestones")
			.path("node.words").entity(String.class).isEqualTo("tied to milestones")
			.path("node.history[*].operation").entityList(String.class).containsExactly("ADDED")
			.path("node.recordedIn.number").entity(Integer.class).isEqualTo(2)
			.path("before").valueIsNull()
			.path("now.id").entity(String.class).isEqualTo(id)
			.path("changes.nodes[?(@.typeName == 'Condition')].slug").entityList(String.class)
			.contains("amazon-openai-milestones", "microsoft-openai-listing-before-2028",
					"microsoft-openai-lapses-with-cloud-partnership").hasSize(3);
	}

	@Test
	void aConditionMovedToAnotherCommitment_isLoadable_andTheDiffShowsTheMove_leavingTheDatabaseAsItWas() {
		Map<String, String> contents = withReport();
		String deal = contents.get("deals/openai-investments-in-parts.yml");
		String block = deal.substring(deal.indexOf("      - slug: microsoft-openai-lapses-with-cloud-partnership"),
				deal.indexOf("    citations:\n      - source: contingent-money-report\n        excerpt: \"the remaining $35 billion once"));
		String whole = "    description: \"Microsoft will put in $50 billion, $15 billion upfront and $35 billion on conditions.\"\n";
		contents.put("deals/openai-investments-in-parts.yml",
				deal.replace(block, "").replace(whole, whole + "    conditions:\n" + block));
		SeedDiff.ReleaseDiff diff = app.getBean(SeedDiff.class).diff(new SeedFiles(contents));
		assertThat(diff.changes()).filteredOn(change -> change.typeName().equals("Condition"))
			.extracting(SeedDiff.Change::slug)
			.containsOnly("microsoft-openai-lapses-with-cloud-partnership")
			.isNotEmpty();
		graphQl.document("""
				{ condition(slug: "microsoft-openai-lapses-with-cloud-partnership") { commitment { slug } } }""")
			.execute()
			.path("condition.commitment.slug").entity(String.class).isEqualTo("microsoft-invests-35b-on-conditions");
	}

	@Test
	void aSource_saysWhatKindOfEvidenceItIs_andWhenItWasRetrieved_andItsTitleNeedNotOccurInItsText() {
		graphQl.document("""
				{ source(slug: "contingent-money-report") { title kind kindNote retrievedAt url }
				  news: sources(filter: {kind: NEWS}) { nodes { slug } }
				  aggregators: sources(filter: {kind: AGGREGATOR}) { totalCount }
				  commentary: sources(filter: {kind: COMMENTARY}) { nodes { slug kind retrievedAt } }
				}""").execute()
			.path("source.title").entity(String.class).isEqualTo("Two investments in parts")
			.path("source.kind").entity(String.class).isEqualTo("NEWS")
			.path("source.kindNote").entity(String.class).isEqualTo("A report with reporting of its own (a fixture of this test).")
			.path("source.retrievedAt").entity(String.class).isEqualTo("2026-12-01T09:30:00.000Z")
			.path("source.url").valueIsNull()
			.path("news.nodes[*].slug").entityList(String.class).containsExactly("contingent-money-report")
			.path("aggregators.totalCount").entity(Integer.class).isEqualTo(4)
			.path("commentary.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-shifts-aggressively-toward-amazon-2026-04-30")
			.path("commentary.nodes[0].retrievedAt").valueIsNull();
		assertThat(TEXT).doesNotContain("Two investments in parts");
	}

	@Test
	void anAmendedCommitment_endsWhenItsAmendmentIsMade_soNoDayCountsBoth() {
		graphQl.document("""
				{ commitment(slug: "oracle-commits-10b-2026-05") {
				    amendedBy { slug amendment amends { slug } } may: inForce(on: "2026-05-31") june: inForce(on: "2026-06-15")
				    july: inForce(on: "2026-07-15")
				  }
				  may: commitmentTotals(filter: {committer: "oracle"}, asOf: "2026-05-31") { amendedSkipped groups { total } }
				  july: commitmentTotals(filter: {committer: "oracle"}, asOf: "2026-07-15") { amendedSkipped groups { total } }
				  mayList: commitments(filter: {committer: "oracle"}, asOf: "2026-05-31") { nodes { slug } }
				  julyList: commitments(filter: {committer: "oracle"}, asOf: "2026-07-15") { nodes { slug } }
				}""").execute()
			.path("commitment.amendedBy[*].slug").entityList(String.class).containsExactly("oracle-enlarges-to-12b-2026-06")
			.path("commitment.amendedBy[0].amendment").entity(String.class).isEqualTo("ENLARGES")
			.path("commitment.amendedBy[0].amends.slug").entity(String.class).isEqualTo("oracle-commits-10b-2026-05")
			.path("commitment.may").entity(String.class).isEqualTo("TRUE")
			.path("commitment.june").entity(String.class).isEqualTo("UNKNOWN")
			.path("commitment.july").entity(String.class).isEqualTo("FALSE")
			.path("may.amendedSkipped").entity(Integer.class).isEqualTo(0)
			.path("may.groups[*].total").entityList(String.class).containsExactly("10000000000")
			.path("july.amendedSkipped").entity(Integer.class).isEqualTo(0)
			.path("july.groups[*].total").entityList(String.class).containsExactly("12000000000")
			.path("mayList.nodes[*].slug").entityList(String.class).containsExactly("oracle-commits-10b-2026-05")
			.path("julyList.nodes[*].slug").entityList(String.class).containsExactly("oracle-enlarges-to-12b-2026-06");
	}

	@Test
	void anUndatedAmendment_aSecondAmendmentOfTheSameCommitment_anAmendmentWithoutAnAmount_andACircle_areEachRefused() {
		Map<String, String> contents = withReport();
		String deal = contents.get("deals/openai-investments-in-parts.yml");
		String second = deal.substring(deal.indexOf("  - slug: oracle-enlarges-to-12b-2026-06"), deal.indexOf("exclusivityTerms: []"))
			.replace("oracle-enlarges-to-12b-2026-06", "oracle-enlarges-to-15b-2026-07")
			.replace("    amount: 12000000000\n", "")
			.replace("    date: {earliest: 2026-06-01, latest: 2026-06-30, precision: MONTH, text: \"in June 2026\"}\n", "");
		contents.put("deals/openai-investments-in-parts.yml", deal.replace("exclusivityTerms: []", second + "exclusivityTerms: []")
			.replace("  - slug: oracle-commits-10b-2026-05\n", "  - slug: oracle-commits-10b-2026-05\n    amends: oracle-enlarges-to-12b-2026-06\n    amendment: REPLACES\n"));
		assertThatThrownBy(() -> SeedReader.read(new SeedFiles(contents))).isInstanceOf(SeedException.class)
			.satisfies(ex -> assertThat(((SeedException) ex).problems())
				.anySatisfy(p -> assertThat(p).contains("(oracle-enlarges-to-15b-2026-07)")
					.contains("an amendment needs its date"))
				.anySatisfy(p -> assertThat(p).contains("(oracle-enlarges-to-15b-2026-07)")
					.contains("a commitment that ENLARGES one of $10 billion states its own amount"))
				.anySatisfy(p -> assertThat(p).contains("'oracle-commits-10b-2026-05' is already amended by"))
				.anySatisfy(p -> assertThat(p).contains("amends goes round in a circle: ")
					.contains("oracle-commits-10b-2026-05").contains("oracle-enlarges-to-12b-2026-06")));
	}

	@Test
	void partsThatAddUpToMoreThanTheirWhole_areRefused() {
		Map<String, String> contents = withReport();
		contents.put("deals/openai-investments-in-parts.yml", contents.get("deals/openai-investments-in-parts.yml")
			.replace("    amount: 5000000000\n", "    amount: 6000000000\n"));
		assertThatThrownBy(() -> SeedReader.read(new SeedFiles(contents))).isInstanceOf(SeedException.class)
			.satisfies(ex -> assertThat(((SeedException) ex).problems()).anySatisfy(p -> assertThat(p)
				.contains("(amazon-invests-25b)").contains("its parts add up to 26000000000 USD, more than its own 25000000000")));
	}

	@Test
	void totalsOfParts_areRefused_withWhereToAskForThem() {
		graphQl.document("""
				{ commitmentTotals(filter: {partOf: "microsoft-invests-50b"}) { groups { total } } }""").execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("filter.partOf").contains("commitments(filter: {partOf: ...})");
			}));
	}

	@Test
	void aCommitmentsPeriod_endsIt_forAsOf_andInForce() {
		graphQl.document("""
				{ commitment(slug: "stargate-invests-500b-over-four-years") {
				    horizon period { start { earliest } end { earliest latest precision } length }
				    during: inForce(on: "2027-06-01") ending: inForce(on: "2029-01-15") after: inForce(on: "2045-01-01")
				  }
				  later: commitments(filter: {deal: "stargate"}, asOf: "2045-01-01") { nodes { slug } }
				  meanwhile: commitments(filter: {deal: "stargate"}, asOf: "2027-06-01") { nodes { slug } }
				}""").execute()
			.path("commitment.horizon").entity(String.class).isEqualTo("over four years")
			.path("commitment.period.start.earliest").entity(String.class).isEqualTo("2025-01-21")
			.path("commitment.period.end.earliest").entity(String.class).isEqualTo("2029-01-01")
			.path("commitment.period.end.latest").entity(String.class).isEqualTo("2029-01-31")
			.path("commitment.period.end.precision").entity(String.class).isEqualTo("MONTH")
			.path("commitment.period.length").entity(String.class).isEqualTo("P4Y")
			.path("commitment.during").entity(String.class).isEqualTo("TRUE")
			.path("commitment.ending").entity(String.class).isEqualTo("UNKNOWN")
			.path("commitment.after").entity(String.class).isEqualTo("FALSE")
			// The $100 billion states no end: still running, as far as the source says.
			.path("later.nodes[*].slug").entityList(String.class).containsExactly("stargate-deploys-100b-immediately")
			.path("meanwhile.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-invests-500b-over-four-years", "stargate-deploys-100b-immediately");
	}

	@Test
	void aTriggerOnACommitmentNotContingent_wordsNotInTheExcerpts_aBadLength_andAnUnknownSourceKind_areEachRefused() {
		Map<String, String> contents = withReport();
		String deal = contents.get("deals/openai-investments-in-parts.yml");
		contents.put("deals/openai-investments-in-parts.yml", deal
			.replace("    firmness: CONTINGENT\n    modality: AGREED\n", "    modality: AGREED\n")
			.replace("words: \"a listing before 2028\"", "words: \"an IPO before 2028\"")
			.replace("    horizon: \"now\"\n", "    horizon: \"now\"\n    period: {length: four years}\n"));
		contents.put("sources.yml", contents.get("sources.yml").replace("    kind: NEWS\n", "    kind: NEWZ\n"));
		assertThatThrownBy(() -> SeedReader.read(new SeedFiles(contents))).isInstanceOf(SeedException.class)
			.satisfies(ex -> assertThat(((SeedException) ex).problems()).anySatisfy(p -> assertThat(p)
				.contains("amazon-invests-up-to-20b-on-milestones").contains("(amazon-openai-milestones)")
				.contains("a TRIGGER condition makes its commitment contingent: set firmness: CONTINGENT"))
				.anySatisfy(p -> assertThat(p).contains("(microsoft-openai-listing-before-2028)")
					.contains("the words do not occur verbatim in any of its citation excerpts"))
				.anySatisfy(p -> assertThat(p).contains("amazon-invests-5b-now")
					.contains("period.length 'four years' is not an ISO 8601 length"))
				.anySatisfy(p -> assertThat(p).contains("(contingent-money-report)").contains("NEWZ")
					.contains("AGGREGATOR, COMMENTARY, NEWS, PRIMARY").contains("NEWS")));
	}

	private static double statements() {
		return OwnDatabaseApp.statements(app);
	}

}
