package io.dealgraph.fact;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.dealgraph.commitment.QuantityUnit;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Quantity.text} and {@code FuzzyDate.display} as people write them (db/V18): through the
 * API where the seeds hold such a fact, and by calling the SQL functions for the cases they do not
 * (a quarter, trillions, other currencies, amounts the words cannot state exactly).
 */
class PeopleWrittenTextTests extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	/** The owner may write; its rolled-back transactions are seen by no other test. */
	JdbcTemplate owner;

	TransactionTemplate transaction;

	@Autowired
	void owner(@Qualifier("ownerDataSource") DataSource owner) {
		this.owner = new JdbcTemplate(owner);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
	}

	@Test
	void seededFacts_readTheirDatesAndQuantitiesAsPeopleWriteThem_inOneStatementPerRootField() {
		// language=GraphQL
		String document = """
				{
				  day: deal(slug: "amazon-openai-partnership") { announced { display } }
				  week: deal(slug: "microsoft-openai-restructuring-2026-04") { announced { display } }
				  month: commitment(slug: "openai-continues-increasing-azure-use-2025-01") { date { display } }
				  halfYear: deal(slug: "openai-aws-compute-2025") { announced { display } }
				  year: deal(slug: "microsoft-openai-partnership") { effective { display } }
				  range: deal(slug: "openai-models-on-aws") { announced { display } }
				  openStart: exclusivityTerm(slug: "azure-exclusive-cloud-for-stateless-openai-apis") { validFrom { display } }
				  openEnd: exclusivityTerm(slug: "aws-exclusive-third-party-distribution-for-frontier") { validFrom { display } }
				  fiveHundredBillion: commitment(slug: "stargate-invests-500b-over-four-years") {
				    quantity { amount text } period { end { display } }
				  }
				  hundredBillion: commitment(slug: "stargate-deploys-100b-immediately") { quantity { amount text } }
				  upTo: commitment(slug: "amazon-pledges-up-to-50b-investment") { quantity { amount text } }
				  gigawatts: commitment(slug: "openai-consumes-2gw-trainium-on-aws") { quantity { amount text } }
				}""";
		this.statements.reset();
		this.graphQl.document(document)
			.execute()
			.path("day.announced.display").entity(String.class).isEqualTo("27 February 2026")
			.path("week.announced.display").entity(String.class).isEqualTo("week of 26 April 2026")
			.path("month.date.display").entity(String.class).isEqualTo("January 2025")
			.path("halfYear.announced.display").entity(String.class).isEqualTo("second half of 2025")
			.path("year.effective.display").entity(String.class).isEqualTo("2016")
			.path("range.announced.display").entity(String.class).isEqualTo("between 27 April 2026 and 30 April 2026")
			.path("openStart.validFrom.display").entity(String.class).isEqualTo("by 27 February 2026")
			.path("openEnd.validFrom.display").entity(String.class).isEqualTo("from 27 February 2026")
			.path("fiveHundredBillion.quantity.text").entity(String.class).isEqualTo("$500 billion")
			.path("fiveHundredBillion.quantity.amount").entity(String.class).isEqualTo("500000000000")
			.path("fiveHundredBillion.period.end.display").entity(String.class).isEqualTo("January 2029")
			.path("hundredBillion.quantity.text").entity(String.class).isEqualTo("$100 billion")
			.path("upTo.quantity.text").entity(String.class).isEqualTo("up to $50 billion")
			.path("upTo.quantity.amount").entity(String.class).isEqualTo("50000000000")
			.path("gigawatts.quantity.text").entity(String.class).isEqualTo("2 GW");
		assertThat(this.statements.count()).as("at most one statement per root field").isLessThanOrEqualTo(12);
	}

	/** earliest, latest, precision, display. */
	static final List<String[]> DATES = List.of(
			new String[] { "2026-04-13", "2026-04-13", "DAY", "13 April 2026" },
			new String[] { "2026-01-05", "2026-01-05", "DAY", "5 January 2026" },
			new String[] { "2026-04-27", "2026-05-03", "WEEK", "week of 27 April 2026" },
			new String[] { "2026-04-01", "2026-04-30", "MONTH", "April 2026" },
			new String[] { "2026-04-01", "2026-06-30", "QUARTER", "Q2 2026" },
			new String[] { "2025-10-01", "2025-12-31", "QUARTER", "Q4 2025" },
			new String[] { "2026-01-01", "2026-06-30", "HALF_YEAR", "first half of 2026" },
			new String[] { "2025-07-01", "2025-12-31", "HALF_YEAR", "second half of 2025" },
			new String[] { "2016-01-01", "2016-12-31", "YEAR", "2016" },
			new String[] { "2025-10-26", "2026-04-30", "RANGE", "between 26 October 2025 and 30 April 2026" },
			new String[] { null, "2026-04-13", "RANGE", "by 13 April 2026" },
			new String[] { "2026-04-13", null, "RANGE", "from 13 April 2026" },
			new String[] { "2025-01-01", "2026-12-31", "RANGE", "2025–2026" },
			new String[] { "2025-01-01", "2025-12-31", "RANGE", "2025" },
			new String[] { "2026-04-13", "2026-04-13", "RANGE", "13 April 2026" },
			new String[] { null, null, "RANGE", "undated" });

	@Test
	void fuzzyDisplay_writesEveryPrecisionAsPeopleDo() {
		for (String[] c : DATES) {
			String display = this.jdbc.queryForObject(
					"select dg_fuzzy_display(cast(? as date), cast(? as date), ?)", String.class, (Object[]) Arrays.copyOf(c, 3));
			assertThat(display).as(String.join(", ", Arrays.asList(c))).isEqualTo(c[3]);
		}
	}

	/** amount, unit code as a seed writes it (a currency, GW, MW, or what a COUNT counts), qualifier, text. */
	static final List<String[]> QUANTITIES = List.of(
			new String[] { "50000000000", "USD", "UP_TO", "up to $50 billion" },
			new String[] { "50000000000.0000", "USD", "EXACT", "$50 billion" },
			new String[] { "1500000000000", "USD", "EXACT", "$1.5 trillion" },
			new String[] { "1000000000000", "USD", "AT_LEAST", "at least $1 trillion" },
			new String[] { "500000000", "USD", "ABOUT", "about $500 million" },
			new String[] { "12500000000", "USD", "MORE_THAN", "more than $12.5 billion" },
			new String[] { "1250000", "USD", "EXACT", "$1.25 million" },
			new String[] { "99526000000", "USD", "EXACT", "$99.526 billion" },
			new String[] { "250000", "USD", "EXACT", "$250,000" },
			new String[] { "999999.99", "USD", "EXACT", "$999,999.99" },
			// Words that would round are not used: the digits, all of them.
			new String[] { "1234567890", "USD", "EXACT", "$1,234,567,890" },
			new String[] { "1234567000", "USD", "EXACT", "$1,234,567,000" },
			new String[] { "1234500", "USD", "EXACT", "$1,234,500" },
			new String[] { "1234567890123.4567", "USD", "EXACT", "$1,234,567,890,123.4567" },
			new String[] { "2", "GW", "EXACT", "2 GW" },
			new String[] { "1.5", "GW", "UP_TO", "up to 1.5 GW" },
			new String[] { "1000.0000", "GW", "EXACT", "1,000 GW" },
			new String[] { "5000000000", "EUR", "EXACT", "EUR 5 billion" },
			new String[] { "1234567", "EUR", "ABOUT", "about EUR 1,234,567" },
			new String[] { "300", "MW", "EXACT", "300 MW" },
			new String[] { "1200000", "chips", "EXACT", "1.2 million chips" },
			new String[] { "20", "data centres", "AT_LEAST", "at least 20 data centres" },
			// An order of magnitude, in the words it was written in.
			new String[] { "10000000", "cores", "ORDER_OF", "tens of millions of cores" },
			new String[] { "100000000000", "USD", "ORDER_OF", "hundreds of billions of dollars" },
			new String[] { "1000000000", "JPY", "ORDER_OF", "billions of JPY" },
			new String[] { "10", "GW", "ORDER_OF", "tens of GW" },
			new String[] { "10000", "chips", "ORDER_OF", "tens of thousands of chips" });

	@Test
	void quantityText_writesMoneyWithItsScaleWordsOnlyWhereTheyAreExact() {
		for (String[] c : QUANTITIES) {
			QuantityUnit unit = QuantityUnit.of(c[1].matches("[A-Z]+") ? c[1] : "COUNT", c[1].matches("[A-Z]+") ? null : c[1]);
			String text = this.jdbc.queryForObject("select dg_quantity_text(cast(? as numeric), ?, ?, ?, ?)", String.class, c[0],
					unit.unit().name(), unit.currency(), unit.countOf(), c[2]);
			assertThat(text).as(String.join(", ", Arrays.asList(c))).isEqualTo(c[3]);
		}
	}

	@Test
	void bothFunctions_areInlinedByThePlanner_soNoRowPaysAFunctionCall() {
		String plan = String.join("\n", this.jdbc.queryForList("""
				explain (verbose, costs off)
				select dg_fuzzy_display(c.date_earliest, c.date_latest, c.date_precision),
				       dg_quantity_text(c.amount, c.unit, c.currency, c.count_of, c.qualifier)
				from commitment c""", String.class));
		assertThat(plan).contains("CASE").doesNotContain("dg_fuzzy_display(", "dg_quantity_text(", "dg_money_words(", "dg_magnitude_words(",
				"dg_day_text(");
	}

	@Test
	void claimsThatDisagreeOnTheDate_listTheDatesAsPeopleWriteThem() {
		List<String> values = this.transaction.execute(status -> {
			status.setRollbackOnly();
			Long openai = this.owner.queryForObject("select id from organization where slug = 'openai'", Long.class);
			String insert = """
					insert into commitment (slug, committer_id, kind, modality, description, claim_group, claim_preferred,
					                        date_earliest, date_latest, date_precision, date_text)
					values (?, ?, 'INVESTMENT', 'REPORTED', 'a claim', 'test-date-claims', ?, cast(? as date), cast(? as date), ?, 'words')""";
			this.owner.update(insert, "test-claim-in-march", openai, true, "2026-03-01", "2026-03-31", "MONTH");
			this.owner.update(insert, "test-claim-late-2025", openai, false, "2025-07-01", "2025-12-31", "HALF_YEAR");
			return this.owner.queryForList("""
					select value from claim_value
					where claim_group = 'test-date-claims' and attribute = 'DATE' order by value_ord""", String.class);
		});
		assertThat(values).containsExactly("March 2026", "second half of 2025");
	}

}
