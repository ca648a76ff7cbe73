package io.dealgraph.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Two pools on one database: the API reads through a role that can only read
 * ({@code dealgraph.db.reader-*}); Flyway and the seed loader write as the owner
 * ({@code spring.datasource.username}). With no URL configured both point at the embedded
 * PostgreSQL.
 * <p>
 * With read replicas ({@code dealgraph.db.replica-urls}), the API's DataSource routes each
 * connection to a replica in rotation, or to the primary's reader pool when none is; the owner's
 * pool stays on the primary ({@link ReplicaSet}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	/** Seconds a connection may wait for the server before giving up: a hung database never pins a thread. */
	@Value("${dealgraph.db.socket-timeout:30}")
	private int socketTimeout;

	@Value("${dealgraph.db.connect-timeout:5}")
	private int connectTimeout;

	/**
	 * How PostgreSQL plans the reader's repeated statements ({@code plan_cache_mode}). The compiled
	 * read path sends one statement text per plan shape with its values bound; after pgjdbc's
	 * prepareThreshold (5 uses on a connection) it is a named prepared statement. In {@code auto}
	 * PostgreSQL kept planning it again for every request (custom plans): at SF1000 planning cost as
	 * much as executing (bench/NOTES.md). {@code force_generic_plan} plans each shape once per
	 * connection; one-off statements (the first uses, export pages) are still planned with their
	 * values. {@code IndexUsageTests} checks the generic plans use the indexes.
	 */
	@Value("${dealgraph.db.reader-plan-cache-mode:force_generic_plan}")
	private String readerPlanCacheMode;

	private static final Set<String> PLAN_CACHE_MODES = Set.of("auto", "force_generic_plan", "force_custom_plan");

	/** The reader's pool timeout applies to the owner too: neither waits the 30 s default for a dead database. */
	@Value("${spring.datasource.hikari.connection-timeout:3000}")
	private long poolTimeout;

	private static final String REPLICAS_CONFIGURED = "!'${dealgraph.db.replica-urls:}'.trim().isEmpty()";

	/** The API's DataSource: the primary's reader pool, or a router over the replicas and it. */
	@Bean
	@Primary
	DataSource dataSource(ObjectProvider<EmbeddedPostgres> embedded, ObjectProvider<ReplicaSet> replicas,
			ObjectProvider<MeterRegistry> meters, Environment environment, @Value("${spring.datasource.url:}") String url,
			@Value("${dealgraph.db.reader-username}") String username,
			@Value("${dealgraph.db.reader-password}") String password) {
		HikariDataSource primary = readerPool(environment, "reader", url(embedded, url), username,
				readerPassword(embedded, password));
		ReplicaSet replicaSet = replicas.getIfAvailable();
		DataSource reader = replicaSet != null ? new ReplicaRoutingDataSource(primary, replicaSet) : primary;
		return ProxyDataSourceBuilder.create("reader", reader).listener(new StatementCount(meters)).build();
	}

	/**
	 * {@code dealgraph_db_statements_total}: every statement the API's DataSource executes, counted
	 * by datasource-proxy at the JDBC layer (a batch counts each of its statements).
	 */
	static final class StatementCount implements QueryExecutionListener {

		private final ObjectProvider<MeterRegistry> meters;

		private volatile Counter counter;

		StatementCount(ObjectProvider<MeterRegistry> meters) {
			this.meters = meters;
		}

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
			Counter count = this.counter;
			if (count == null) {
				MeterRegistry registry = this.meters.getIfAvailable();
				if (registry == null) {
					return;
				}
				count = Counter.builder("dealgraph.db.statements")
					.description("SQL statements run by the API's DataSource (queries; migrations and seeds not counted)")
					.register(registry);
				this.counter = count;
			}
			count.increment(Math.max(1, queries.size()));
		}

	}

	/** The replicas, their pools (the same settings as the primary's reader pool) and their checker. */
	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(REPLICAS_CONFIGURED)
	ReplicaSet replicaSet(Environment environment, @Qualifier("ownerDataSource") HikariDataSource owner,
			@Value("${dealgraph.db.replica-urls}") String urls,
			@Value("${dealgraph.db.replica-max-lag:10s}") Duration maxLag,
			@Value("${dealgraph.db.replica-check-interval:2s}") Duration interval,
			@Value("${dealgraph.db.reader-username}") String username,
			@Value("${dealgraph.db.reader-password}") String password) {
		List<String> list = Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
		List<HikariDataSource> pools = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			HikariDataSource pool = readerPool(environment, "reader-replica-" + (i + 1), list.get(i), username, password);
			// A replica that is down at start-up must not fail the start: the checker keeps it out.
			pool.setInitializationFailTimeout(-1);
			pools.add(pool);
		}
		ReplicaSet.Target primary = new ReplicaSet.Target(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword());
		return new ReplicaSet(pools, primary, maxLag, interval, this.connectTimeout);
	}

	@Bean
	@ConditionalOnExpression(REPLICAS_CONFIGURED)
	ReplicasHealthIndicator replicasHealthIndicator(ReplicaSet replicaSet) {
		return new ReplicasHealthIndicator(replicaSet);
	}

	@Bean
	@FlywayDataSource
	HikariDataSource ownerDataSource(ObjectProvider<EmbeddedPostgres> embedded,
			@Value("${spring.datasource.url:}") String url, @Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password,
			@Value("${dealgraph.db.reader-password:}") String readerPassword) {
		// Before Flyway creates the reader role (V3) with whatever password it is given.
		readerPassword(embedded, readerPassword);
		HikariDataSource dataSource = timeouts(new HikariDataSource());
		dataSource.setPoolName("owner");
		// Named in pg_stat_activity and the statement log, apart from the API's queries (the bench
		// captures the API's statements by the driver's default name).
		dataSource.addDataSourceProperty("ApplicationName", "dealgraph owner");
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

	/** A read-only pool as the reader, with {@code spring.datasource.hikari.*} applied as to any Boot pool. */
	private HikariDataSource readerPool(Environment environment, String name, String url, String username,
			String password) {
		HikariDataSource dataSource = timeouts(new HikariDataSource());
		dataSource.setPoolName(name);
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(username);
		dataSource.setPassword(password);
		dataSource.setReadOnly(true);
		if (!PLAN_CACHE_MODES.contains(this.readerPlanCacheMode)) {
			throw new IllegalStateException("dealgraph.db.reader-plan-cache-mode (DB_READER_PLAN_CACHE_MODE) must be one of "
					+ PLAN_CACHE_MODES.stream().sorted().toList() + ", not '" + this.readerPlanCacheMode + "'");
		}
		dataSource.setConnectionInitSql("set plan_cache_mode = " + this.readerPlanCacheMode);
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
		return dataSource;
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

	/**
	 * The reader role's password: required on an external database, where a default would be a
	 * password every reader of this repository knows. The embedded database trusts local logins.
	 */
	static String readerPassword(ObjectProvider<EmbeddedPostgres> embedded, String password) {
		if (embedded.getIfAvailable() == null && (password == null || password.isBlank())) {
			throw new IllegalStateException("Set DB_READER_PASSWORD (dealgraph.db.reader-password): the read-only role "
					+ "the API serves queries as has no default password on an external database");
		}
		return password;
	}

	private static String url(ObjectProvider<EmbeddedPostgres> embedded, String url) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		// Not EmbeddedPostgres.getJdbcUrl: its user parameter would override each pool's own username.
		return postgres != null ? "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres" : url;
	}

}
