package io.dealgraph.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The generated dataset of the benchmark at scale factor 100 (about 10^4 deals): a database of its
 * own on the test PostgreSQL, migrated and seeded by a second application context that then serves
 * it, filled by {@code bench/sql/generate.sql}. Built once per JVM.
 */
final class Sf100Dataset {

	static final int SCALE_FACTOR = 100;

	static final String DATABASE = "golden_sf100";

	static final Path GENERATOR = Path.of("..", "bench", "sql", "generate.sql");

	private static final Logger log = LoggerFactory.getLogger(Sf100Dataset.class);

	private static Sf100Dataset dataset;

	final int port;

	final long deals;

	private Sf100Dataset(int port, long deals) {
		this.port = port;
		this.deals = deals;
	}

	static synchronized Sf100Dataset get() {
		if (dataset == null) {
			dataset = build();
		}
		return dataset;
	}

	private static Sf100Dataset build() {
		long started = System.nanoTime();
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh(DATABASE).url();
		// Arguments, not default properties: application.yml's own datasource settings outrank those.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(DealgraphApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--server.port=0");
		Runtime.getRuntime().addShutdownHook(new Thread(app::close));
		execute(url, db, statements(script()));
		execute(url, db, List.of("analyze"));
		int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
		long deals = count(url, db);
		log.info("SF{} dataset: {} deals, built in {} s", SCALE_FACTOR, deals, (System.nanoTime() - started) / 1_000_000_000);
		return new Sf100Dataset(port, deals);
	}

	/** The generator with its psql variable substituted; psql's own meta-commands dropped. */
	static String script() {
		try {
			StringBuilder sql = new StringBuilder();
			for (String line : Files.readAllLines(GENERATOR)) {
				if (!line.startsWith("\\")) {
					sql.append(line.replaceAll("(?<![:\\w]):sf\\b", Integer.toString(SCALE_FACTOR))).append('\n');
				}
			}
			return sql.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Splits a script at the semicolons outside quotes, dollar quotes and comments. */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String dollarTag = null;
		boolean quoted = false;
		for (int i = 0; i < script.length(); i++) {
			char c = script.charAt(i);
			if (dollarTag != null) {
				if (script.startsWith(dollarTag, i)) {
					current.append(dollarTag);
					i += dollarTag.length() - 1;
					dollarTag = null;
					continue;
				}
			}
			else if (quoted) {
				quoted = c != '\'';
			}
			else if (c == '\'') {
				quoted = true;
			}
			else if (c == '-' && script.startsWith("--", i)) {
				int end = script.indexOf('\n', i);
				i = (end < 0 ? script.length() : end) - 1;
				continue;
			}
			else if (c == '$' && script.substring(i).matches("(?s)^\\$\\w*\\$.*")) {
				dollarTag = script.substring(i, script.indexOf('$', i + 1) + 1);
				current.append(dollarTag);
				i += dollarTag.length() - 1;
				continue;
			}
			else if (c == ';') {
				if (!current.toString().isBlank()) {
					statements.add(current.toString().trim());
				}
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().trim());
		}
		return statements;
	}

	private static void execute(String url, TestDatabase.Connection db, List<String> statements) {
		try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("SF" + SCALE_FACTOR + " dataset: " + ex.getMessage(), ex);
		}
	}

	private static long count(String url, TestDatabase.Connection db) {
		try (Connection connection = DriverManager.getConnection(url, db.username(), db.password());
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select count(*) from deal")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
