package io.dealgraph.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two pools on one database: the API reads through a role that can only read
 * ({@code dealgraph.db.reader-*}); Flyway and the seed loader write as the owner
 * ({@code spring.datasource.username}). With no URL configured both point at the embedded
 * PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(ObjectProvider<EmbeddedPostgres> embedded, @Value("${spring.datasource.url:}") String url,
			@Value("${dealgraph.db.reader-username}") String username,
			@Value("${dealgraph.db.reader-password}") String password) {
		HikariDataSource dataSource = new HikariDataSource();
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
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("owner");
		dataSource.setJdbcUrl(url(embedded, url));
		dataSource.setUsername(embedded.getIfAvailable() != null && username.isEmpty() ? "postgres" : username);
		dataSource.setPassword(embedded.getIfAvailable() != null && password.isEmpty() ? "postgres" : password);
		dataSource.setMaximumPoolSize(2);
		dataSource.setMinimumIdle(0);
		return dataSource;
	}

	private static String url(ObjectProvider<EmbeddedPostgres> embedded, String url) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		// Not EmbeddedPostgres.getJdbcUrl: its user parameter would override each pool's own username.
		return postgres != null ? "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres" : url;
	}

}
