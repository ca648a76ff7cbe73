package io.dealgraph.seed;

import java.util.HashMap;
import java.util.List;
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
 * Claim groups for dates, on a database of its own: the seeds (release 1), then a fixture report
 * whose sources disagree on when a partnership took effect (2021 against 2019) and on the day a lab
 * was launched (release 2). The five seeded articles hold no such disagreement, so none is made up
 * in seeds/. Each claim has its own citations; the preferred one's date is the deal's or event's
 * own, which the validator holds, with the curators' mistakes at their file and line.
 */
class DateClaimsTests {

	static final String ARTICLE = "articles/005_0da7ec1a1ed0da7e.txt";

	static final String TEXT = """
			Northwind and OpenAI announced their cloud partnership on March 3, 2021, and it took effect in 2021.
			A later profile says the partnership had in fact started in 2019, two years before it was announced.
			The companies opened their joint lab at a launch event on 12 May 2022; one report dates the launch to 10 May 2022.
			""";

	static final String SOURCE = """

			  - slug: date-claims-report
			    file: %s
			    title: "A partnership dated twice"
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

	static final String PATH = "deals/northwind-openai-partnership.yml";

	static final String DEAL = """
			dates:
			  took-effect: {earliest: 2021-01-01, latest: 2021-12-31, precision: YEAR, text: "it took effect in 2021"}
			  launched: {earliest: 2022-05-12, latest: 2022-05-12, precision: DAY, text: "at a launch event on 12 May 2022"}
			deal:
			  slug: northwind-openai-partnership
			  title: "Northwind–OpenAI cloud partnership"
			  kind: PARTNERSHIP
			  status: ACTIVE
			  parent: null
			  summary: "A cloud partnership between Northwind and OpenAI, dated differently by two sources."
			  announced: {earliest: 2021-03-03, latest: 2021-03-03, precision: DAY, text: "on March 3, 2021"}
			  effective: {sameAs: took-effect}
			  ended: null
			  dateClaims:
			    - slug: northwind-openai-effective-2021
			      field: EFFECTIVE
			      date: {sameAs: took-effect}
			      preferred: true
			      note: "The announcement's own account."
			      citations:
			        - source: date-claims-report
			          excerpt: "it took effect in 2021"
			    - slug: northwind-openai-effective-2019
			      field: EFFECTIVE
			      date: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: "had in fact started in 2019"}
			      citations:
			        - source: date-claims-report
			          excerpt: "the partnership had in fact started in 2019"
			  citations:
			    - source: date-claims-report
			      excerpt: "Northwind and OpenAI announced their cloud partnership on March 3, 2021"
			parties: []
			commitments: []
			exclusivityTerms: []
			statements: []
			events:
			  - slug: northwind-openai-joint-lab-launched
			    title: "Joint lab launched"
			    kind: LAUNCH
			    description: "Northwind and OpenAI opened a joint lab."
			    organizations: [openai]
			    date: {sameAs: launched}
			    dateClaims:
			      - slug: northwind-openai-lab-launched-12-may-2022
			        date: {sameAs: launched}
			        preferred: true
			        citations:
			          - source: date-claims-report
			            excerpt: "opened their joint lab at a launch event on 12 May 2022"
			      - slug: northwind-openai-lab-launched-10-may-2022
			        field: OCCURRED
			        date: {earliest: 2022-05-10, latest: 2022-05-10, precision: DAY, text: "one report dates the launch to 10 May 2022"}
			        citations:
			          - source: date-claims-report
			            excerpt: "one report dates the launch to 10 May 2022"
			    citations:
			      - source: date-claims-report
			        excerpt: "The companies opened their joint lab"
			""";

	static ConfigurableApplicationContext app;

	static HttpGraphQlTester graphQl;

	static SeedLoader loader;

	static Map<String, String> withReport(String deal) {
		Map<String, String> contents = new HashMap<>(SeedReaderTests.REAL.contents());
		contents.put(ARTICLE, TEXT);
		contents.put("sources.yml", contents.get("sources.yml").stripTrailing() + "\n" + SOURCE);
		contents.put(PATH, deal);
		return contents;
	}

	@BeforeAll
	static void start() {
		app = OwnDatabaseApp.start("ledger_date_claims", "dealgraph-date-claims");
		loader = app.getBean(SeedLoader.class);
		assertThat(loader.load(new SeedFiles(withReport(DEAL)))).isTrue();
		graphQl = OwnDatabaseApp.graphQl(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void aDealsDateClaims_listEachSourcesDate_withItsOwnCitations_thePreferredFirst_inOneStatement() {
		double before = statements();
		var response = graphQl.document("""
				{ deal(slug: "northwind-openai-partnership") {
				    effective { text }
				    dateClaims { slug field date { earliest text } preferred note deal { slug } event { slug }
				                 corroboration citations { nodes { excerpt } } }
				    effectiveOnly: dateClaims(field: EFFECTIVE) { slug }
				    announcedOnly: dateClaims(field: ANNOUNCED) { slug }
				} }""").execute();
		assertThat(statements() - before).as("one statement for the root field").isEqualTo(1);
		response.path("deal.effective.text").entity(String.class).isEqualTo("it took effect in 2021")
			.path("deal.dateClaims[*].slug").entityList(String.class)
			.containsExactly("northwind-openai-effective-2021", "northwind-openai-effective-2019")
			.path("deal.dateClaims[*].field").entityList(String.class).containsExactly("EFFECTIVE", "EFFECTIVE")
			.path("deal.dateClaims[*].preferred").entityList(Boolean.class).containsExactly(true, false)
			.path("deal.dateClaims[0].date.text").entity(String.class).isEqualTo("it took effect in 2021")
			.path("deal.dateClaims[1].date.text").entity(String.class).isEqualTo("had in fact started in 2019")
			.path("deal.dateClaims[1].date.earliest").entity(String.class).isEqualTo("2019-01-01")
			.path("deal.dateClaims[0].note").entity(String.class).isEqualTo("The announcement's own account.")
			.path("deal.dateClaims[1].note").valueIsNull()
			.path("deal.dateClaims[*].deal.slug").entityList(String.class)
			.containsExactly("northwind-openai-partnership", "northwind-openai-partnership")
			.path("deal.dateClaims[0].event").valueIsNull()
			.path("deal.dateClaims[*].corroboration").entityList(Integer.class).containsExactly(1, 1)
			.path("deal.dateClaims[0].citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("it took effect in 2021")
			.path("deal.dateClaims[1].citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("the partnership had in fact started in 2019")
			.path("deal.effectiveOnly[*].slug").entityList(String.class).hasSize(2)
			.path("deal.announcedOnly").entityList(Object.class).hasSize(0);
	}

	@Test
	void anEventsDateClaims_thePreferredFirst_andADateNoSourceDisputes_hasNone_oneStatementPerRootField() {
		double before = statements();
		var response = graphQl.document("""
				{ event(slug: "northwind-openai-joint-lab-launched") {
				    date { display }
				    dateClaims { slug field date { display } preferred event { slug } citations { nodes { excerpt } } }
				  }
				  undisputed: deal(slug: "microsoft-openai-partnership") { effective { display } dateClaims { slug } }
				}""").execute();
		assertThat(statements() - before).as("one statement per root field").isEqualTo(2);
		response.path("event.date.display").entity(String.class).isEqualTo("12 May 2022")
			.path("event.dateClaims[*].slug").entityList(String.class)
			.containsExactly("northwind-openai-lab-launched-12-may-2022", "northwind-openai-lab-launched-10-may-2022")
			.path("event.dateClaims[*].field").entityList(String.class).containsExactly("OCCURRED", "OCCURRED")
			.path("event.dateClaims[*].date.display").entityList(String.class).containsExactly("12 May 2022", "10 May 2022")
			.path("event.dateClaims[*].preferred").entityList(Boolean.class).containsExactly(true, false)
			.path("event.dateClaims[*].event.slug").entityList(String.class)
			.containsExactly("northwind-openai-joint-lab-launched", "northwind-openai-joint-lab-launched")
			.path("event.dateClaims[1].citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("one report dates the launch to 10 May 2022")
			.path("undisputed.effective.display").entity(String.class).isEqualTo("2016")
			.path("undisputed.dateClaims").entityList(Object.class).hasSize(0);
	}

	@Test
	void aDateClaim_isANode_addedInTheReleaseThatLoadedIt_andAbsentFromTheReleaseBefore() {
		String id = GlobalId.of("DateClaim", "northwind-openai-effective-2019");
		graphQl.document("""
				query($id: ID!) {
				  node(id: $id) { ... on DateClaim { slug preferred recordedIn { number } history { operation release { number } } } }
				  before: dateClaim(slug: "northwind-openai-effective-2019", release: 1) { slug }
				  now: dateClaim(slug: "northwind-openai-effective-2019") { id deal { slug } }
				  changes(release: 2, first: 100) { nodes { typeName slug operation } }
				}""").variable("id", id).execute()
			.path("node.slug").entity(String.class).isEqualTo("northwind-openai-effective-2019")
			.path("node.preferred").entity(Boolean.class).isEqualTo(false)
			.path("node.recordedIn.number").entity(Integer.class).isEqualTo(2)
			.path("node.history[0].operation").entity(String.class).isEqualTo("ADDED")
			.path("node.history[0].release.number").entity(Integer.class).isEqualTo(2)
			.path("before").valueIsNull()
			.path("now.id").entity(String.class).isEqualTo(id)
			.path("now.deal.slug").entity(String.class).isEqualTo("northwind-openai-partnership")
			.path("changes.nodes[?(@.typeName == 'DateClaim')].slug").entityList(String.class)
			.contains("northwind-openai-effective-2021", "northwind-openai-effective-2019",
					"northwind-openai-lab-launched-12-may-2022", "northwind-openai-lab-launched-10-may-2022")
			.hasSize(4)
			.path("changes.nodes[?(@.typeName == 'DateClaim')].operation").entityList(String.class)
			.satisfies(operations -> assertThat(operations).containsOnly("ADDED"));
	}

	@Test
	void aReloadThatPrefersTheOtherClaim_isOneRelease_changingBothClaimsAndTheDealsDate() {
		String preferring2019 = DEAL.replace("""
				      preferred: true
				      note: "The announcement's own account."
				""", """
				      note: "The announcement's own account."
				""").replace("""
				      date: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: "had in fact started in 2019"}
				""", """
				      date: {sameAs: deal effective}
				      preferred: true
				""").replace("effective: {sameAs: took-effect}",
				"effective: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: \"had in fact started in 2019\"}");
		try {
			assertThat(loader.load(new SeedFiles(withReport(preferring2019)))).isTrue();
			int release = graphQl.document("{ releases(first: 1) { nodes { number } } }").execute()
				.path("releases.nodes[0].number").entity(Integer.class).get();
			graphQl.document("""
					query($release: Int!) {
					  deal(slug: "northwind-openai-partnership") { effective { text } dateClaims { slug preferred } }
					  changes(release: $release, first: 100) { nodes { typeName slug operation fields { field before after } } }
					}""").variable("release", release).execute()
				.path("deal.effective.text").entity(String.class).isEqualTo("had in fact started in 2019")
				.path("deal.dateClaims[*].slug").entityList(String.class)
				.containsExactly("northwind-openai-effective-2019", "northwind-openai-effective-2021")
				.path("deal.dateClaims[*].preferred").entityList(Boolean.class).containsExactly(true, false)
				.path("changes.nodes[*].typeName").entityList(String.class)
				.satisfies(types -> assertThat(types).containsOnly("DateClaim", "Deal"))
				.path("changes.nodes[?(@.slug == 'northwind-openai-effective-2019')].fields[?(@.field == 'preferred')].after")
				.entityList(String.class).containsExactly("true")
				.path("changes.nodes[?(@.slug == 'northwind-openai-effective-2021')].fields[?(@.field == 'preferred')].after")
				.entityList(String.class).containsExactly("false")
				.path("changes.nodes[?(@.slug == 'northwind-openai-partnership')].fields[?(@.field == 'effectiveEarliest')].after")
				.entityList(String.class).containsExactly("2019-01-01");
		}
		finally {
			assertThat(loader.load(new SeedFiles(withReport(DEAL)))).isTrue();
		}
	}

	@Test
	void aClaimAddedToADealAlreadyLoaded_isAddedItself_andAnItemOfTheDealsChange() {
		String third = DEAL.replace("  citations:\n    - source: date-claims-report\n      excerpt: \"Northwind", """
				    - slug: northwind-openai-effective-two-years-before
				      field: EFFECTIVE
				      date: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: "two years before it was announced"}
				      citations:
				        - source: date-claims-report
				          excerpt: "two years before it was announced"
				""" + "  citations:\n    - source: date-claims-report\n      excerpt: \"Northwind");
		assertThat(third).contains("northwind-openai-effective-two-years-before");
		try {
			assertThat(loader.load(new SeedFiles(withReport(third)))).isTrue();
			int release = graphQl.document("{ releases(first: 1) { nodes { number } } }").execute()
				.path("releases.nodes[0].number").entity(Integer.class).get();
			graphQl.document("""
					query($release: Int!) {
					  deal(slug: "northwind-openai-partnership") { dateClaims(field: EFFECTIVE) { slug } }
					  changes(release: $release, first: 100) { nodes { typeName slug operation fields { field before after } } }
					}""").variable("release", release).execute()
				.path("deal.dateClaims[*].slug").entityList(String.class).containsExactly("northwind-openai-effective-2021",
						"northwind-openai-effective-2019", "northwind-openai-effective-two-years-before")
				.path("changes.nodes[?(@.typeName == 'DateClaim')].slug").entityList(String.class)
				.containsExactly("northwind-openai-effective-two-years-before")
				.path("changes.nodes[?(@.typeName == 'DateClaim')].operation").entityList(String.class).containsExactly("ADDED")
				.path("changes.nodes[?(@.typeName == 'Deal')].operation").entityList(String.class).containsExactly("CHANGED")
				.path("changes.nodes[?(@.typeName == 'Deal')].fields[*].field").entityList(String.class).containsExactly("dateClaims")
				.path("changes.nodes[?(@.typeName == 'Deal')].fields[*].after").entityList(String.class)
				.containsExactly("northwind-openai-effective-two-years-before");
		}
		finally {
			assertThat(loader.load(new SeedFiles(withReport(DEAL)))).isTrue();
		}
	}

	@Test
	void aDateWithTwoPreferredClaims_orNone_orAPreferredDateNotTheDealsOwn_isRefused_atItsFileAndLine() {
		String twoPreferred = DEAL.replace("""
				      date: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: "had in fact started in 2019"}
				""", """
				      date: {earliest: 2019-01-01, latest: 2019-12-31, precision: YEAR, text: "had in fact started in 2019"}
				      preferred: true
				""");
		assertThat(problems(twoPreferred)).containsExactly(PATH + ":" + line(twoPreferred, "  dateClaims:")
				+ " > deal (northwind-openai-partnership): exactly one of the 2 claims of its effective date must be preferred,"
				+ " found 2 (northwind-openai-effective-2021, northwind-openai-effective-2019);"
				+ " give preferred: true to the one whose date is its effective");

		String nonePreferred = DEAL.replace("""
				        date: {sameAs: launched}
				        preferred: true
				""", """
				        date: {sameAs: launched}
				""");
		assertThat(problems(nonePreferred)).containsExactly(PATH + ":" + line(nonePreferred, "    dateClaims:")
				+ " > events[0] (northwind-openai-joint-lab-launched): exactly one of the 2 claims of its date must be preferred,"
				+ " found 0; give preferred: true to the one whose date is its date");

		String anotherDate = DEAL.replace("effective: {sameAs: took-effect}",
				"effective: {earliest: 2021-01-01, latest: 2021-12-31, precision: YEAR, text: \"in 2021\"}");
		assertThat(problems(anotherDate)).containsExactly(PATH + ":" + line(anotherDate, "      date: {sameAs: took-effect}")
				+ " > deal (northwind-openai-partnership) > dateClaims[0] (northwind-openai-effective-2021): the preferred claim's date"
				+ " 2021-01-01..2021-12-31 YEAR \"it took effect in 2021\" is not its effective 2021-01-01..2021-12-31 YEAR \"in 2021\":"
				+ " they are one date; write it once under dates: and give both {sameAs: <name>}, or prefer the claim that states it");
	}

	@Test
	void aLoneClaim_aClaimAboutAnotherFactsDate_andAClaimWithoutItsFieldOrCitations_areEachRefused() {
		String claims = DEAL.replace("      field: EFFECTIVE\n      date: {earliest: 2019-01-01",
				"      field: ENDED\n      date: {earliest: 2019-01-01").replace("""
				        field: OCCURRED
				""", """
				        field: ANNOUNCED
				""").replace("""
				      field: EFFECTIVE
				      date: {sameAs: took-effect}
				""", """
				      date: {sameAs: took-effect}
				""");
		assertThat(problems(claims)).containsExactlyInAnyOrder(
				PATH + ":" + line(claims, "    - slug: northwind-openai-effective-2021")
						+ " > deal (northwind-openai-partnership) > dateClaims[0] (northwind-openai-effective-2021): 'field' is required",
				PATH + ":" + line(claims, "      field: ENDED")
						+ " > deal (northwind-openai-partnership) > dateClaims[1] (northwind-openai-effective-2019): the only claim of its"
						+ " ended date: claims are for a date sources disagree on, two or more of them; with one, leave dateClaims out"
						+ " and cite the ended itself",
				PATH + ":" + line(claims, "        field: ANNOUNCED")
						+ " > events[0] (northwind-openai-joint-lab-launched) > dateClaims[1] (northwind-openai-lab-launched-10-may-2022):"
						+ " field ANNOUNCED is no date of an event: a claim here is about OCCURRED",
				PATH + ":" + line(claims, "      - slug: northwind-openai-lab-launched-12-may-2022")
						+ " > events[0] (northwind-openai-joint-lab-launched) > dateClaims[0] (northwind-openai-lab-launched-12-may-2022):"
						+ " the only claim of its date: claims are for a date sources disagree on, two or more of them;"
						+ " with one, leave dateClaims out and cite the date itself");
	}

	private static List<String> problems(String deal) {
		try {
			SeedReader.read(new SeedFiles(withReport(deal)));
		}
		catch (SeedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the seeds were accepted");
	}

	/** The line (from 1) of the file where a line begins with the text, first. */
	private static int line(String text, String occurring) {
		int at = text.indexOf("\n" + occurring);
		assertThat(at).as(occurring).isNotNegative();
		return (int) text.substring(0, at + 1).lines().count() + 1;
	}

	private static double statements() {
		return OwnDatabaseApp.statements(app);
	}

}
