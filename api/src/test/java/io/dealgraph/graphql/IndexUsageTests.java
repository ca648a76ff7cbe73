package io.dealgraph.graphql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

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
 * it; each filter's GraphQL query runs as usual (its compiled statement captured on the reader),
 * and the plan of that statement is explained inside the transaction.
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

	@Test
	void mainFilters_useTheirIndexes_overALargeDataset() {
		// The SQL the API generates, captured first: the generating transaction locks what it refreshes.
		List<Case> cases = List.of(
				capture("gen-org-7 as committer", "commitments(filter: {committer: \"gen-org-7\"})", "commitment_committer_idx"),
				capture("amount range in one unit", "commitments(filter: {unit: GW, amountMin: \"10\", amountMax: \"20\"})",
						"commitment_unit_amount_idx"),
				capture("commitment date range", "commitments(filter: {from: \"2021-03-01\", to: \"2021-03-02\"})",
						"commitment_date_span_idx"),
				capture("a rare deal kind", "deals(filter: {kind: LICENSING})", "deal_kind_idx"),
				capture("deals of one organization", "deals(filter: {organization: \"gen-org-7\"})",
						"deal_party_organization_idx"),
				capture("deals announced in a range",
						"deals(filter: {announcedFrom: \"2021-03-01\", announcedTo: \"2021-03-02\"})", "deal_announced_span_idx"),
				capture("terms one organization holds", "exclusivityTerms(filter: {holder: \"gen-org-7\"})",
						"exclusivity_term_holder_idx"),
				capture("a rare statement channel", "statements(filter: {channel: JOINT_STATEMENT})", "statement_channel_idx"),
				capture("events in a range", "events(filter: {from: \"2021-03-01\", to: \"2021-03-02\"})",
						"event_date_span_idx"),
				capture("full-text search", "search(query: \"Bedrock\")", "search_document_tsv_idx"));
		this.transaction.executeWithoutResult(status -> {
			generate();
			cases.forEach(this::assertPlanUsesIndex);
			status.setRollbackOnly();
		});
	}

	/** A filter's generated SQL and the index its plan must use. */
	record Case(String what, StatementCounter.Executed statement, String index) {
	}

	/** The one statement of a root connection asked for its first page of 20, with its total. */
	private Case capture(String what, String connection, String index) {
		this.statements.reset();
		this.graphQl.document("{ page: " + connection.replaceFirst("\\(", "(first: 20, ") + " { totalCount nodes { __typename } } }")
			.execute()
			.path("page.totalCount").hasValue();
		List<StatementCounter.Executed> executed = this.statements.executed();
		assertThat(executed).as(what).hasSize(1);
		return new Case(what, executed.get(0), index);
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
		String plan = explain("explain (format json) " + page.sql(), page.parameters());
		assertThat(plan).as(c.what() + ": plan of " + page.sql()).contains("\"Index Name\": \"" + c.index() + "\"");
		// The reader plans a repeated statement once, without its values (plan_cache_mode
		// force_generic_plan, config/DatabaseConfig): that generic plan must use the index too.
		this.jdbc.execute("prepare index_case as " + numbered(page.sql(), page.parameters().size()));
		this.jdbc.execute("set local plan_cache_mode = force_generic_plan");
		String generic = explain("explain (verbose, format json) execute index_case(" + page.parameters().stream()
			.map(parameter -> parameter.isNull() ? "null" : "'" + String.valueOf(parameter.value()).replace("'", "''") + "'")
			.collect(Collectors.joining(", ")) + ")", List.of());
		this.jdbc.execute("deallocate index_case");
		this.jdbc.execute("set local plan_cache_mode = auto");
		assertThat(generic).as(c.what() + ": generic plan of " + page.sql())
			.containsPattern("\\$\\d") // planned without the values: its conditions name the parameters
			.contains("\"Index Name\": \"" + c.index() + "\"");
	}

	private String explain(String sql, List<StatementCounter.Parameter> parameters) {
		return this.jdbc.execute((ConnectionCallback<String>) connection -> {
			try (PreparedStatement explain = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.size(); i++) {
					StatementCounter.Parameter parameter = parameters.get(i);
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
	}

	/** The statement with its JDBC {@code ?} markers as PostgreSQL's {@code $1..$n}, skipping quoted text. */
	private static String numbered(String sql, int parameters) {
		StringBuilder out = new StringBuilder();
		char quote = 0;
		int n = 0;
		for (char ch : sql.toCharArray()) {
			if (quote != 0) {
				quote = ch == quote ? 0 : quote;
				out.append(ch);
			}
			else if (ch == '\'' || ch == '"') {
				quote = ch;
				out.append(ch);
			}
			else if (ch == '?') {
				out.append('$').append(++n);
			}
			else {
				out.append(ch);
			}
		}
		assertThat(n).as("parameter markers in " + sql).isEqualTo(parameters);
		return out.toString();
	}

}
