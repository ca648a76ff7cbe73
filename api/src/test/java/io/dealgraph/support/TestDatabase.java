package io.dealgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run against, started once per JVM: PostgreSQL 18 in
 * Testcontainers (the image docker-compose.yml uses) where a Docker engine answers, otherwise the
 * embedded PostgreSQL 18 from Maven artifacts.
 */
public final class TestDatabase {

	public static final String IMAGE = "postgres:18";

	private static Connection connection;

	private TestDatabase() {
	}

	/** Where the test database is and how to log in. */
	public record Connection(String url, String username, String password, String kind) {

		/** A new, empty database of that name on the same server (one a run before left is dropped first). */
		public Connection fresh(String database) {
			try (java.sql.Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database);
				statement.execute("create database " + database);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + database + ": " + ex.getMessage(), ex);
			}
			return new Connection(this.url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database), this.username,
					this.password, this.kind);
		}

	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static boolean dockerAvailable() {
		if ("embedded".equals(System.getenv("DEALGRAPH_TEST_DB"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"testcontainers " + IMAGE);
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary data directory goes with it
				}
			}));
			// No user in the URL: it would override the username each pool logs in with.
			return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
					"postgres", "embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
