package io.dealgraph.hardening;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The seeds with hubs as large as the benchmark's SF1000 makes them: OpenAI commits 190,000
 * commitments to Amazon (SF1000 holds 190,099 commitments in all) and is a party to 20,000 more
 * deals, so a total sums them all and a page of OpenAI's deals reads them all. A database of its own,
 * served by an application context of its own with the production limits; built once per JVM.
 */
final class HubDataset {

	static final String DATABASE = "hardening_hubs";

	static final int COMMITMENTS = 190_000;

	static final int DEALS = 20_000;

	private static final Logger log = LoggerFactory.getLogger(HubDataset.class);

	private static HubDataset dataset;

	final ConfigurableApplicationContext app;

	final int port;

	private HubDataset(ConfigurableApplicationContext app) {
		this.app = app;
		this.port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
	}

	static synchronized HubDataset get() {
		if (dataset == null) {
			long started = System.nanoTime();
			TestDatabase.Connection db = TestDatabase.get();
			String url = db.fresh(DATABASE).url();
			ConfigurableApplicationContext app = new SpringApplicationBuilder(DealgraphApplication.class).run(
					"--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
					"--spring.datasource.password=" + db.password(), "--server.port=0",
					"--spring.application.name=dealgraph-hubs");
			Runtime.getRuntime().addShutdownHook(new Thread(app::close));
			execute(url, db, List.of("""
					insert into commitment (slug, deal_id, committer_id, recipient_id, kind, amount, unit, qualifier, amount_text,
					                        modality, description)
					select 'hub-commitment-' || g, d.id, o.id, a.id, 'INVESTMENT', 1000000 + g, 'USD', 'EXACT', '$1 million',
					       'REPORTED', 'OpenAI committed $1 million, the ' || g || 'th such commitment.'
					from generate_series(1, %d) g, organization o, organization a, deal d
					where o.slug = 'openai' and a.slug = 'amazon' and d.slug = 'amazon-openai-partnership'""".formatted(COMMITMENTS),
					"""
							insert into deal (slug, title, kind, status, summary, announced_earliest, announced_latest,
							                  announced_precision, announced_text)
							select 'hub-deal-' || g, 'Hub deal ' || g, 'PARTNERSHIP', 'ACTIVE', 'One of OpenAI''s many deals.',
							       date '2020-01-01' + mod(g, 2000), date '2020-01-01' + mod(g, 2000), 'DAY', 'on day ' || g
							from generate_series(1, %d) g""".formatted(DEALS),
					"""
							insert into deal_party (deal_id, organization_id, role)
							select d.id, o.id, 'PARTNER' from deal d, organization o
							where d.slug like 'hub-deal-%' and o.slug = 'openai'""",
					"analyze"));
			log.info("Hub dataset: {} commitments and {} deals of OpenAI ({} and {} in the database), built in {} s", COMMITMENTS, DEALS,
					count(url, db, "select count(*) from commitment where slug like 'hub-%'"),
					count(url, db, "select count(*) from deal_party p join deal d on d.id = p.deal_id where d.slug like 'hub-%'"),
					(System.nanoTime() - started) / 1_000_000_000);
			dataset = new HubDataset(app);
		}
		return dataset;
	}

	static long count(String url, TestDatabase.Connection db, String sql) {
		try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(String url, TestDatabase.Connection db, List<String> statements) {
		try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Hub dataset: " + ex.getMessage(), ex);
		}
	}

}
