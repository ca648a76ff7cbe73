package io.dealgraph.config;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Two pools on one database: the API reads through a role that can only read
 * ({@code dealgraph.db.reader-*}); Flyway and the seed loader write as the owner
 * ({@code spring.datasource.username}). With no URL configured both point at the embedded
 * PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	/** Seconds a connection may wait for the server before giving up: a hung database never pins a thread. */
	@Value("${dealgraph.db.socket-timeout:30}")
	private int socketTimeout;

	@Value("${dealgraph.db.connect-timeout:5}")
	private int connectTimeout;

	/** The reader's pool timeout applies to the owner too: neither waits the 30 s default for a dead database. */
	@Value("${spring.datasource.hikari.connection-timeout:3000}")
	private long poolTimeout;

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(ObjectProvider<EmbeddedPostgres> embedded, @Value("${spring.datasource.url:}") String url,
			@Value("${dealgraph.db.reader-username}") String username,
			@Value("${dealgraph.db.reader-password}") String password) {
		HikariDataSource dataSource = timeouts(new HikariDataSource());
		dataSource.setPoolName("reader");
		dataSource.setJdbcUrl(url(embedded, url));
		dataSource.setUsername(username);
		dataSource.setPassword(password);
		dataSource.setReadOnly(true);
		return dataSource;
	}

	@Bean
	@FlywayDataSource
	HikariDataSource ownerDataSource(ObjectProvider<EmbeddedPostgres> embedded,
			@Value("${spring.datasource.url:}") String url, @Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password) {
		HikariDataSource dataSource = timeouts(new HikariDataSource());
		dataSource.setPoolName("owner");
		dataSource.setJdbcUrl(url(embedded, url));
		dataSource.setUsername(embedded.getIfAvailable() != null && username.isEmpty() ? "postgres" : username);
		dataSource.setPassword(embedded.getIfAvailable() != null && password.isEmpty() ? "postgres" : password);
		dataSource.setMaximumPoolSize(2);
		dataSource.setMinimumIdle(0);
		return dataSource;
	}

	/**
	 * The API's JdbcTemplate: statements cancelled after the query timeout, and exceptions
	 * translated by their SQLException subclass, never by asking a possibly dead database for its
	 * metadata first.
	 */
	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource,
			@Value("${spring.jdbc.template.query-timeout:10s}") Duration queryTimeout) {
		JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
		jdbcTemplate.setQueryTimeout((int) Math.max(1, queryTimeout.toSeconds()));
		jdbcTemplate.setExceptionTranslator(new SQLExceptionSubclassTranslator());
		return jdbcTemplate;
	}

	private HikariDataSource timeouts(HikariDataSource dataSource) {
		// As strings: the driver reads them with Properties.getProperty, which ignores other types.
		dataSource.addDataSourceProperty("socketTimeout", String.valueOf(this.socketTimeout));
		dataSource.addDataSourceProperty("connectTimeout", String.valueOf(this.connectTimeout));
		dataSource.addDataSourceProperty("loginTimeout", String.valueOf(this.connectTimeout));
		// A statement waits for its cancel signal to be delivered: bound that too (10 s by default).
		dataSource.addDataSourceProperty("cancelSignalTimeout", String.valueOf(this.connectTimeout));
		dataSource.setConnectionTimeout(this.poolTimeout);
		return dataSource;
	}

	private static String url(ObjectProvider<EmbeddedPostgres> embedded, String url) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		// Not EmbeddedPostgres.getJdbcUrl: its user parameter would override each pool's own username.
		return postgres != null ? "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres" : url;
	}

}
