package io.dealgraph.seed;

import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.dealgraph.support.ApiTest;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A connection lost in the middle of a load leaves the database exactly as it was. */
class SeedLoaderFaultTests extends ApiTest {

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void connectionKilledMidLoad_rollsBackEverything() {
		String before = fingerprint();
		// On the 60th statement of the load, the server ends the loader's own session, as a lost connection would.
		AtomicInteger statements = new AtomicInteger();
		DataSource dying = ProxyDataSourceBuilder.create(this.owner).listener(new QueryExecutionListener() {
			@Override
			public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
				if (statements.incrementAndGet() == 60) {
					try (Statement kill = execInfo.getStatement().getConnection().createStatement()) {
						kill.execute("select pg_terminate_backend(pg_backend_pid())");
					}
					catch (Exception expected) {
						// the session is gone; the loader's next statement fails
					}
				}
			}

			@Override
			public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			}
		}).build();
		SeedFiles changed = SeedReaderTests.replacing("deals/stargate.yml", "title: \"Stargate project\"",
				"title: \"Stargate (changed)\"");
		// The write side's own factory over the dying pool; its start-up validation is not counted.
		var factory = io.dealgraph.config.LedgerJpaConfig.entityManagerFactory(dying, "dying");
		factory.afterPropertiesSet();
		try {
			statements.set(0);
			assertThatThrownBy(() -> new SeedLoader(dying, factory.getObject()).load(changed)).isNotNull();
		}
		finally {
			factory.destroy();
		}
		assertThat(statements.get()).as("the load was cut off part-way").isBetween(60, 70);
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select title from deal where slug = 'stargate'", String.class))
			.isEqualTo("Stargate project");
	}

	private String fingerprint() {
		StringBuilder all = new StringBuilder();
		for (String table : SeedLoaderTests.TABLES) {
			all.append(this.jdbc.queryForObject(
					"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t",
					String.class)).append(';');
		}
		return all.toString();
	}

}
