package io.dealgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url} (env {@code DB_URL}), starts a real PostgreSQL from Maven
 * artifacts, keeping its data in {@code dealgraph.embedded.data-dir} between runs; the pools in
 * {@link DatabaseConfig} connect to it like to any external database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${dealgraph.embedded.data-dir}") Path dataDir,
			@Value("${dealgraph.embedded.port:0}") int port) throws IOException {
		EmbeddedPostgres postgres = EarlyStart.take(dataDir, port);
		if (postgres == null) {
			postgres = start(dataDir, port);
		}
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
		return postgres;
	}

	static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		Files.createDirectories(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * Starts the embedded PostgreSQL on its own thread as soon as the environment is known, so that
	 * initdb and the server's start overlap the seconds the application context takes to reach the
	 * bean; the bean then takes the running server. Only the service's {@code main} adds it; a
	 * context that fails first stops the server again.
	 */
	public static final class EarlyStart implements SmartApplicationListener {

		private record Started(Path dataDir, int port, CompletableFuture<EmbeddedPostgres> postgres) {
		}

		private static volatile Started started;

		@Override
		public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
			return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
					|| ApplicationFailedEvent.class.isAssignableFrom(type);
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
				Environment environment = prepared.getEnvironment();
				String dataDir = environment.getProperty("dealgraph.embedded.data-dir");
				if (!environment.getProperty("spring.datasource.url", "").isEmpty() || dataDir == null || started != null) {
					return;
				}
				Path dir = Path.of(dataDir);
				int port = environment.getProperty("dealgraph.embedded.port", Integer.class, 0);
				started = new Started(dir, port, CompletableFuture.supplyAsync(() -> {
					try {
						return start(dir, port);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, runnable -> new Thread(runnable, "embedded-postgres-start").start()));
			}
			else if (event instanceof ApplicationFailedEvent) {
				Started left = started;
				started = null;
				if (left != null) {
					try {
						close(left.postgres().join());
					}
					catch (CompletionException ex) {
						// It did not start: nothing to stop.
					}
				}
			}
		}

		/** The server started early for this data directory and port, or null (none, or started for others: stopped). */
		static EmbeddedPostgres take(Path dataDir, int port) throws IOException {
			Started left = started;
			started = null;
			if (left == null) {
				return null;
			}
			EmbeddedPostgres postgres;
			try {
				postgres = left.postgres().join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				throw ex;
			}
			if (left.port() == port && left.dataDir().toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize())) {
				return postgres;
			}
			close(postgres);
			return null;
		}

		private static void close(EmbeddedPostgres postgres) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL started early", ex);
			}
		}

	}

}
