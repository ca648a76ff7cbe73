package io.dealgraph.graphql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.dealgraph.commitment.CommitmentFilter;
import io.dealgraph.commitment.Commitments;
import io.dealgraph.deal.DealFilter;
import io.dealgraph.deal.Deals;
import io.dealgraph.event.EventFilter;
import io.dealgraph.event.Events;
import io.dealgraph.exclusivity.ExclusivityTermFilter;
import io.dealgraph.exclusivity.ExclusivityTerms;
import io.dealgraph.search.SearchIndex;
import io.dealgraph.statement.StatementFilter;
import io.dealgraph.statement.Statements;
import io.dealgraph.support.ApiTest;
import io.dealgraph.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main filter is backed by an index: over a generated dataset large enough that PostgreSQL
 * would rather scan, the plan of the SQL the API generates uses the index. The data is inserted
 * and analyzed inside a transaction of the owner that is rolled back, so other tests never see
 * it; the repositories run as usual (on the reader, to capture their SQL), and the plans are
 * explained inside that transaction.
 */
class IndexUsageTests extends ApiTest {

	/** The owner writes the generated data; the API's own pool can only read. */
	JdbcTemplate jdbc;

	TransactionTemplate transaction;

	@Autowired
	void owner(@Qualifier("ownerDataSource") DataSource owner) {
		this.jdbc = new JdbcTemplate(owner);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
	}

	@Autowired
	Deals deals;

	@Autowired
	Commitments commitments;

	@Autowired
	ExclusivityTerms terms;

	@Autowired
	Statements statementsRepository;

	@Autowired
	Events events;

	@Autowired
	SearchIndex search;

	static final PageRequest PAGE = PageRequest.of(20, null);

	@Test
	void mainFilters_useTheirIndexes_overALargeDataset() {
		// The SQL the API generates, captured first: the generating transaction locks what it refreshes.
		List<Case> cases = List.of(
				capture("gen-org-7 as committer",
						() -> this.commitments.page(filter(c -> c.committer("gen-org-7")), null, PAGE, null),
						"commitment_committer_idx"),
				capture("amount range in one unit", () -> this.commitments.page(
						filter(c -> c.unit("GW").amountMin(new BigDecimal("10")).amountMax(new BigDecimal("20"))), null, PAGE,
						null), "commitment_unit_amount_idx"),
				capture("commitment date range", () -> this.commitments.page(
						filter(c -> c.from(LocalDate.parse("2021-03-01")).to(LocalDate.parse("2021-03-02"))), null, PAGE, null),
						"commitment_date_span_idx"),
				capture("a rare deal kind",
						() -> this.deals.page(new DealFilter(null, null, "LICENSING", null, null, null, null), null, PAGE, null),
						"deal_kind_idx"),
				capture("deals of one organization",
						() -> this.deals.page(new DealFilter("gen-org-7", null, null, null, null, null, null), null, PAGE, null),
						"deal_party_organization_idx"),
				capture("deals announced in a range",
						() -> this.deals.page(new DealFilter(null, null, null, null, LocalDate.parse("2021-03-01"),
								LocalDate.parse("2021-03-02"), null), null, PAGE, null),
						"deal_announced_span_idx"),
				capture("terms one organization holds",
						() -> this.terms.page(new ExclusivityTermFilter("gen-org-7", null, null, null, null), null, PAGE, null),
						"exclusivity_term_holder_idx"),
				capture("a rare statement channel",
						() -> this.statementsRepository.page(
								new StatementFilter(null, null, "JOINT_STATEMENT", null, null, null, null), null, PAGE),
						"statement_channel_idx"),
				capture("events in a range",
						() -> this.events.page(new EventFilter(null, null, null, LocalDate.parse("2021-03-01"),
								LocalDate.parse("2021-03-02"), null), null, PAGE),
						"event_date_span_idx"),
				capture("full-text search", () -> this.search.search("Bedrock", null, PAGE), "search_document_tsv_idx"));
		this.transaction.executeWithoutResult(status -> {
			generate();
			cases.forEach(this::assertPlanUsesIndex);
			status.setRollbackOnly();
		});
	}

	/** A filter's generated SQL and the index its plan must use. */
	record Case(String what, StatementCounter.Executed statement, String index) {
	}

	private Case capture(String what, Supplier<?> query, String index) {
		this.statements.reset();
		query.get();
		List<StatementCounter.Executed> executed = this.statements.executed();
		assertThat(executed).as(what).isNotEmpty();
		return new Case(what, executed.get(0), index);
	}

	/** A commitment filter built by changing the empty one. */
	static CommitmentFilter filter(java.util.function.UnaryOperator<FilterBuilder> change) {
		return change.apply(new FilterBuilder()).build();
	}

	private void generate() {
		this.jdbc.execute("""
				insert into organization (slug, name, kind)
				select 'gen-org-' || g, 'Generated Org ' || g, 'COMPANY' from generate_series(1, 2000) g""");
		this.jdbc.execute("""
				insert into deal (slug, title, kind, status, summary, announced_earliest, announced_latest, announced_precision, announced_text)
				select 'gen-deal-' || g, 'Generated deal ' || g, case when g % 1000 = 0 then 'LICENSING' else 'PARTNERSHIP' end,
				       'ACTIVE', 'A generated deal', date '2018-01-01' + g / 10, date '2018-01-01' + g / 10, 'DAY', 'generated'
				from generate_series(1, 30000) g""");
		this.jdbc.execute("""
				insert into deal_party (deal_id, organization_id, role)
				select d.id, o.id, 'PARTNER' from deal d
				join organization o on o.slug = 'gen-org-' || (1 + d.id % 2000) where d.slug like 'gen-deal-%'""");
		this.jdbc.execute("""
				insert into commitment (slug, deal_id, committer_id, kind, amount, unit, qualifier, amount_text, modality,
				                        description, date_earliest, date_latest, date_precision, date_text)
				select 'gen-commitment-' || d.id, d.id, p.organization_id, 'INVESTMENT', 1000 + d.id % 100000,
				       case when d.id % 50 = 0 then 'GW' else 'USD' end, 'EXACT', 'generated', 'ANNOUNCED',
				       'A generated commitment', d.announced_earliest, d.announced_latest, 'DAY', 'generated'
				from deal d join deal_party p on p.deal_id = d.id where d.slug like 'gen-deal-%'""");
		this.jdbc.execute("""
				insert into exclusivity_term (slug, deal_id, grantor_id, holder_id, scope, status)
				select 'gen-term-' || d.id, d.id, p.organization_id, p.organization_id, 'generated scope', 'IN_FORCE'
				from deal d join deal_party p on p.deal_id = d.id where d.slug like 'gen-deal-%'""");
		this.jdbc.execute("""
				insert into statement (slug, quote, channel, deal_id, date_earliest, date_latest, date_precision, date_text)
				select 'gen-statement-' || d.id, 'A generated quote', 'REMARKS', d.id,
				       d.announced_earliest, d.announced_latest, 'DAY', 'generated'
				from deal d where d.slug like 'gen-deal-%'""");
		this.jdbc.execute("""
				insert into event (slug, title, kind, deal_id, description, date_earliest, date_latest, date_precision, date_text)
				select 'gen-event-' || d.id, 'Generated event', 'ANNOUNCEMENT', d.id, 'A generated event',
				       d.announced_earliest, d.announced_latest, 'DAY', 'generated'
				from deal d where d.slug like 'gen-deal-%'""");
		this.jdbc.execute("refresh materialized view search_document");
		this.jdbc.execute("analyze");
	}

	private void assertPlanUsesIndex(Case c) {
		StatementCounter.Executed page = c.statement();
		String plan = this.jdbc.execute((ConnectionCallback<String>) connection -> {
			try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + page.sql())) {
				for (int i = 0; i < page.parameters().size(); i++) {
					StatementCounter.Parameter parameter = page.parameters().get(i);
					if (parameter.isNull()) {
						explain.setNull(i + 1, (Integer) parameter.value());
					}
					else {
						explain.setObject(i + 1, parameter.value());
					}
				}
				try (ResultSet rs = explain.executeQuery()) {
					rs.next();
					return rs.getString(1);
				}
			}
		});
		assertThat(plan).as(c.what() + ": plan of " + page.sql()).contains("\"Index Name\": \"" + c.index() + "\"");
	}

	/** Mutable builder for the many-fielded filter record. */
	static final class FilterBuilder {

		String committer;

		String unit;

		BigDecimal amountMin;

		BigDecimal amountMax;

		LocalDate from;

		LocalDate to;

		FilterBuilder committer(String value) {
			this.committer = value;
			return this;
		}

		FilterBuilder unit(String value) {
			this.unit = value;
			return this;
		}

		FilterBuilder amountMin(BigDecimal value) {
			this.amountMin = value;
			return this;
		}

		FilterBuilder amountMax(BigDecimal value) {
			this.amountMax = value;
			return this;
		}

		FilterBuilder from(LocalDate value) {
			this.from = value;
			return this;
		}

		FilterBuilder to(LocalDate value) {
			this.to = value;
			return this;
		}

		CommitmentFilter build() {
			return new CommitmentFilter(this.committer, null, null, null, null, this.unit, null, this.amountMin,
					this.amountMax, this.from, this.to, null);
		}

	}

}
