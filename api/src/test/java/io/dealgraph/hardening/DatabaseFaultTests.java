package io.dealgraph.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API against a database that goes away, comes back, hangs, or holds a lock: requests fail
 * fast with UNAVAILABLE, readiness follows the database while liveness stays up, and service
 * resumes without a restart. This class owns its PostgreSQL so it can stop and freeze it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.hikari.connection-timeout=2000", "dealgraph.db.socket-timeout=3",
		"dealgraph.db.connect-timeout=2", "spring.jdbc.template.query-timeout=2s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultTests {

	static final String QUERY = "{ deals { totalCount } }";

	static Path dataDir;

	static int dbPort;

	static EmbeddedPostgres postgres;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	WebTestClient http;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		dataDir = Files.createTempDirectory("dealgraph-faults");
		try (ServerSocket socket = new ServerSocket(0)) {
			dbPort = socket.getLocalPort();
		}
		postgres = start();
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + dbPort + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	static EmbeddedPostgres start() throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(dbPort).start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	@Order(1)
	void databaseDown_failsFastWithUnavailable_readinessDown_livenessUp_thenServesAgainWithoutRestart() throws IOException {
		assertAnswers();
		postgres.close();

		long started = System.nanoTime();
		String body = post();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(body).contains("\"classification\":\"UNAVAILABLE\"").contains("correlation id");
		assertNoInternals(body);
		assertThat(millis).as("fails fast, not after the 30 s pool default").isLessThan(6_000);
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

		postgres = start();
		awaitAnswers();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	@Order(2)
	void hungDatabase_doesNotPinTheRequest_andServiceResumesWhenItWakes() throws Exception {
		assertAnswers();
		List<Long> pids = postgresProcesses();
		signal("STOP", pids);
		try {
			long started = System.nanoTime();
			String body = post();
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(body).contains("\"classification\":\"UNAVAILABLE\"");
			assertNoInternals(body);
			assertThat(millis).as("socket and pool timeouts end the wait").isLessThan(10_000);
		}
		finally {
			signal("CONT", pids);
		}
		awaitAnswers();
	}

	@Test
	@Order(3)
	void statementBlockedByALock_isCancelledInTheDatabase_afterTheQueryTimeout() throws Exception {
		assertAnswers();
		try (Connection locker = this.owner.getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table deal in access exclusive mode");
			long started = System.nanoTime();
			String body = post();
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(body).contains("\"classification\":\"UNAVAILABLE\"");
			assertThat(millis).isBetween(1_500L, 8_000L);
			// The cancelled statement no longer waits in the database.
			try (var rs = statement.executeQuery("""
					select count(*) from pg_stat_activity
					where usename = 'dealgraph_reader' and state = 'active' and query like '%from deal%'""")) {
				rs.next();
				assertThat(rs.getInt(1)).isZero();
			}
			locker.rollback();
		}
		assertAnswers();
	}

	@Test
	@Order(4)
	void aRequestsStatements_shareOneQueryTimeout_soThreeBlockedRootFieldsWaitAsLongAsOne() throws Exception {
		assertAnswers();
		try (Connection locker = this.owner.getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table deal in access exclusive mode");
			long started = System.nanoTime();
			String body = post("{ a: deals { totalCount } b: deals { totalCount } c: deals { totalCount } }");
			long millis = (System.nanoTime() - started) / 1_000_000;
			locker.rollback();
			assertThat(body.split("\"UNAVAILABLE\"", -1)).as("each root field is UNAVAILABLE: %s", body).hasSize(4);
			assertNoInternals(body);
			// Each statement waiting its own 2 s would take 6 s.
			assertThat(millis).as("three statements, one 2 s budget").isBetween(1_500L, 4_500L);
		}
		assertAnswers();
	}

	private String post() {
		return post(QUERY);
	}

	private String post(String query) {
		byte[] body = this.http.post().uri("/graphql").bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		return new String(body);
	}

	private void assertAnswers() {
		assertThat(post()).contains("\"totalCount\":8");
	}

	private void awaitAnswers() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			last = post();
			if (last.contains("\"totalCount\":8")) {
				return;
			}
			sleep(500);
		}
		throw new AssertionError("the API did not answer again within 30 s: " + last);
	}

	static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "org.postgresql", "java.", "SQLState", "Connection refused",
				"HikariPool");
	}

	/** The postmaster (first line of postmaster.pid) and every process it started. */
	private static List<Long> postgresProcesses() throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> pids.add(p.pid()));
		return pids;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(String.valueOf(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
