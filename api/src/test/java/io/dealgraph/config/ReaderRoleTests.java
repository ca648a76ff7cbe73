package io.dealgraph.config;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API serves queries through a role that can read and nothing else. */
class ReaderRoleTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	@Test
	void servingRole_isTheReader_andCanRead() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("dealgraph_reader");
		assertThat(jdbc.queryForObject("select count(*) from deal", Integer.class)).isPositive();
	}

	@Test
	void servingPool_plansEachRepeatedStatementOnce_withAGenericPlan() {
		// config/DatabaseConfig: dealgraph.db.reader-plan-cache-mode, set on every reader connection.
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_generic_plan");
	}

	@Test
	void servingRole_readsOnlyTheLedger_notTheApiKeysHashesNorTheMigrationsHistory() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from api_key", Integer.class))
			.rootCause().hasMessageContaining("permission denied for table api_key");
		assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
			.rootCause().hasMessageContaining("permission denied");
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.role_table_grants
				where grantee = current_user and table_name in ('api_key', 'flyway_schema_history')""", Integer.class)).isZero();
	}

	@Test
	void anExternalDatabase_withoutAReaderPassword_stopsStartUp_beforeAnyMigration() {
		assertThatThrownBy(() -> DatabaseConfig.readerPassword(new org.springframework.beans.factory.support.StaticListableBeanFactory()
			.getBeanProvider(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class), ""))
			.hasMessageContaining("Set DB_READER_PASSWORD");
	}

	@Test
	void servingRole_cannotInsertUpdateDeleteOrChangeTheSchema() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThatThrownBy(() -> jdbc.update("insert into organization (slug, name, kind) values ('x', 'X', 'COMPANY')"))
			.hasMessageContaining("read-only transaction");
		assertThatThrownBy(() -> jdbc.update("update deal set title = 'changed'")).hasMessageContaining("read-only");
		assertThatThrownBy(() -> jdbc.update("delete from citation")).hasMessageContaining("read-only");
		assertThatThrownBy(() -> jdbc.execute("create table intruder (id int)")).hasMessageContaining("read-only");
		// Even in a read-write transaction, the role holds no write privilege. One connection, rolled back.
		String denied = jdbc.execute((ConnectionCallback<String>) connection -> {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set transaction read write");
				statement.execute("insert into organization (slug, name, kind) values ('x', 'X', 'COMPANY')");
				return "no error";
			}
			catch (SQLException ex) {
				return ex.getMessage();
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		});
		assertThat(denied).contains("permission denied");
		assertThat(jdbc.queryForObject("select count(*) from organization where slug = 'x'", Integer.class)).isZero();
	}

}
