package io.dealgraph.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.dealgraph.config.EmbeddedPostgresConfig.EarlyStart;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL started as soon as the environment is known ({@code main} adds the
 * listener), so that initdb overlaps the context's start: the bean takes that server, and nothing
 * is left running when the bean does not.
 */
class EmbeddedPostgresEarlyStartTests {

	@TempDir
	Path dir;

	private final EarlyStart early = new EarlyStart();

	private static ApplicationEnvironmentPreparedEvent prepared(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
				environment);
	}

	@Test
	void theServerStartedEarly_isTheOneTheBeanTakes_once() throws Exception {
		this.early.onApplicationEvent(prepared(Map.of("dealgraph.embedded.data-dir", this.dir.toString())));
		try (EmbeddedPostgres postgres = EarlyStart.take(this.dir, 0)) {
			assertThat(postgres).isNotNull();
			assertThat(this.dir.resolve("PG_VERSION")).exists();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("show data_directory")) {
				row.next();
				assertThat(Path.of(row.getString(1)).toRealPath()).isEqualTo(this.dir.toRealPath());
			}
			assertThat(EarlyStart.take(this.dir, 0)).isNull();
		}
	}

	@Test
	void aServerStartedForAnotherDataDirectory_isStopped_andNotTaken() throws Exception {
		Path other = this.dir.resolve("other");
		this.early.onApplicationEvent(prepared(Map.of("dealgraph.embedded.data-dir", other.toString())));
		assertThat(EarlyStart.take(this.dir.resolve("asked"), 0)).isNull();
		assertThat(other.resolve("PG_VERSION")).exists();
		assertThat(other.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aContextThatFails_stopsTheServerStartedEarly() throws Exception {
		this.early.onApplicationEvent(prepared(Map.of("dealgraph.embedded.data-dir", this.dir.toString())));
		this.early.onApplicationEvent(new ApplicationFailedEvent(new SpringApplication(), new String[0], null,
				new IllegalStateException("the context failed")));
		assertThat(this.dir.resolve("PG_VERSION")).exists();
		assertThat(this.dir.resolve("postmaster.pid")).doesNotExist();
		assertThat(EarlyStart.take(this.dir, 0)).isNull();
	}

	@Test
	void withADatabaseUrl_nothingStarts() throws Exception {
		this.early.onApplicationEvent(prepared(Map.of("spring.datasource.url", "jdbc:postgresql://db.example/dealgraph",
				"dealgraph.embedded.data-dir", this.dir.toString())));
		assertThat(EarlyStart.take(this.dir, 0)).isNull();
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

}
