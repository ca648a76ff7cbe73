package io.dealgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import io.dealgraph.seed.SeedFiles;
import io.dealgraph.seed.SeedLoader;
import io.dealgraph.support.StatementCounter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read replicas against a real streaming replica. The test owns a primary (embedded PostgreSQL 18);
 * the application migrates and seeds it; then the test makes a physical base backup of it with the
 * server's own backup API and starts that copy, from the same PostgreSQL binaries, as a hot standby
 * streaming from a replication slot. Which server answered a query is read from each server's
 * {@code pg_stat_activity}, never from the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.hikari.connection-timeout=2000", "dealgraph.db.socket-timeout=5",
		"dealgraph.db.connect-timeout=2", "dealgraph.db.replica-max-lag=3s",
		"dealgraph.db.replica-check-interval=500ms", "management.endpoint.health.show-details=always" })
@Import(StatementCounter.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTests {

	static final String SLOT = "dealgraph_replica";

	static final String QUERY = "{ deal(slug: \"stargate\") { title } }";

	/** The SQL that QUERY runs (compiled: one statement), as pg_stat_activity shows it. */
	static final String QUERY_SQL = "%from deal t% where t%.slug = %";

	static final String TITLE = "Stargate project";

	static final Duration WAIT = Duration.ofSeconds(60);

	static Path primaryDir;

	static Path replicaDir;

	static Path replicaLog;

	static int primaryPort;

	static int replicaPort;

	static EmbeddedPostgres primary;

	static Process replica;

	static Map<String, String> standbySettings = new HashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	SeedLoader seeds;

	@Autowired
	@Qualifier("ownerDataSource")
	HikariDataSource owner;

	@Autowired
	StatementCounter statements;

	WebTestClient http;

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) throws IOException {
		primaryDir = Files.createTempDirectory("dealgraph-primary");
		replicaDir = Files.createTempDirectory("dealgraph-replica");
		replicaLog = Files.createTempFile("dealgraph-replica", ".log");
		primaryPort = freePort();
		replicaPort = freePort();
		Runtime.getRuntime().addShutdownHook(new Thread(ReadReplicaTests::killReplica));
		primary = EmbeddedPostgres.builder().setDataDirectory(primaryDir).setCleanDataDirectory(false)
			.setPort(primaryPort).start();
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + primaryPort + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		// The replica does not exist yet when the application starts: it is made from the seeded primary.
		registry.add("dealgraph.db.replica-urls", () -> "jdbc:postgresql://localhost:" + replicaPort + "/postgres");
	}

	@AfterAll
	static void stopDatabases() throws IOException {
		try {
			stopReplica();
		}
		finally {
			try {
				primary.close();
			}
			finally {
				delete(replicaDir);
				delete(primaryDir);
				Files.deleteIfExists(replicaLog);
			}
		}
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	@Order(1)
	void aReplicaThatDoesNotAnswer_isOutOfRotation_andThePrimaryServes() throws Exception {
		awaitReplica(false, "does not answer");
		Instant since = Instant.now();
		assertThat(title()).isEqualTo(TITLE);
		assertThat(queriesServed(primaryPort, since)).isPositive();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		// Everything went through the bean named dataSource, which the statement counter wraps.
		assertThat(this.statements.count()).isPositive();
	}

	@Test
	@Order(2)
	void aStreamingReplica_joinsTheRotation_andServesTheQueries() throws Exception {
		createReplica();
		startReplica();
		try (Connection c = connect(primaryPort); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select state from pg_stat_replication where application_name = '" + SLOT + "'")) {
			assertThat(rs.next()).as("the primary streams to the replica").isTrue();
			assertThat(rs.getString(1)).isIn("streaming", "catchup");
		}
		assertThat(queryOne(replicaPort, "select pg_is_in_recovery()::text")).isEqualTo("true");

		String health = awaitReplica(true, "streaming");
		assertThat(JsonPath.<Number>read(health, "$.details.replicas['replica-1'].lagMillis").longValue()).isLessThanOrEqualTo(3000);

		Instant since = Instant.now();
		for (int i = 0; i < 10; i++) {
			assertThat(title()).isEqualTo(TITLE);
		}
		assertThat(queriesServed(replicaPort, since)).isPositive();
		assertThat(queriesServed(primaryPort, since)).isZero();
	}

	@Test
	@Order(3)
	void aSeedReload_writesToThePrimary_andReachesTheReplica() throws Exception {
		assertThat(this.owner.getJdbcUrl()).contains(":" + primaryPort + "/");
		assertThatThrownBy(() -> execute(replicaPort, "update replica_heartbeat set beat = now()"))
			.as("a standby takes no writes").hasMessageContaining("read-only transaction");
		// Every migration reached the replica through the WAL.
		String migrations = "select string_agg(version, ',' order by installed_rank) from flyway_schema_history";
		assertThat(queryOne(replicaPort, migrations)).isEqualTo(queryOne(primaryPort, migrations)).contains("4");

		assertThat(this.seeds.load(stargateTitled("Stargate project, reloaded"))).isTrue();

		Instant since = Instant.now();
		awaitTitle("Stargate project, reloaded");
		assertThat(queryOne(replicaPort, "select title from deal where slug = 'stargate'"))
			.isEqualTo("Stargate project, reloaded");
		assertThat(queriesServed(replicaPort, since)).isPositive();
		assertThat(queriesServed(primaryPort, since)).isZero();
	}

	@Test
	@Order(4)
	void aReplicaThatFallsBehind_leavesTheRotation_andReturnsWhenItCatchesUp() throws Exception {
		awaitReplica(true, "streaming");
		execute(replicaPort, "select pg_wal_replay_pause()");
		try {
			assertThat(this.seeds.load(stargateTitled("Stargate project, while paused"))).isTrue();
			String health = awaitReplica(false, "behind the primary");
			assertThat((String) JsonPath.read(health, "$.details.replicas['replica-1'].replay")).isIn("paused", "pause requested");

			Instant since = Instant.now();
			assertThat(title()).as("the primary serves the new title").isEqualTo("Stargate project, while paused");
			assertThat(queryOne(replicaPort, "select title from deal where slug = 'stargate'"))
				.as("the paused replica has not replayed it").isEqualTo("Stargate project, reloaded");
			assertThat(queriesServed(primaryPort, since)).isPositive();
			assertThat(queriesServed(replicaPort, since)).isZero();
		}
		finally {
			execute(replicaPort, "select pg_wal_replay_resume()");
		}

		awaitReplica(true, "streaming");
		Instant since = Instant.now();
		assertThat(title()).isEqualTo("Stargate project, while paused");
		assertThat(queriesServed(replicaPort, since)).isPositive();
		assertThat(queriesServed(primaryPort, since)).isZero();
	}

	@Test
	@Order(5)
	void aStoppedReplica_leavesTheRotation_requestsKeepSucceeding_andARestartedOneReturns() throws Exception {
		awaitReplica(true, "streaming");
		stopReplica();
		// A pooled connection used in the last 500 ms is handed out unchecked (Hikari's alive-bypass
		// window): a request that races the replica's death can fail. Requests after that succeed.
		Thread.sleep(1000);

		Instant since = Instant.now();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			assertThat(title()).isEqualTo("Stargate project, while paused");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
		}
		awaitReplica(false, "does not answer");
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		assertThat(title()).isEqualTo("Stargate project, while paused");
		assertThat(queriesServed(primaryPort, since)).isPositive();

		// Written while the replica is down: the slot keeps the WAL until it is back.
		assertThat(this.seeds.load(stargateTitled("Stargate project, while stopped"))).isTrue();
		startReplica();
		awaitReplica(true, "streaming");
		since = Instant.now();
		assertThat(title()).isEqualTo("Stargate project, while stopped");
		assertThat(queriesServed(replicaPort, since)).isPositive();
		assertThat(queriesServed(primaryPort, since)).isZero();
	}

	@Test
	@Order(6)
	void withThePrimaryDown_theReplicaKeepsServing_andTheServiceStaysReady() throws Exception {
		awaitReplica(true, "streaming");
		primary.close();

		String health = awaitReplica(true, "the primary does not answer");
		assertThat(JsonPath.<String>read(health, "$.details.primary")).startsWith("does not answer");
		Instant since = Instant.now();
		assertThat(title()).isEqualTo("Stargate project, while stopped");
		assertThat(queriesServed(replicaPort, since)).isPositive();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	// --- the replica -------------------------------------------------------------------------

	/**
	 * A base backup by the low-level API (what pg_basebackup does over the replication protocol):
	 * a slot that keeps the WAL from now on, pg_backup_start, a copy of the data directory,
	 * pg_backup_stop's backup label, and the standby settings.
	 */
	static void createReplica() throws Exception {
		try (Connection c = connect(primaryPort); Statement s = c.createStatement()) {
			s.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
			// A hot standby needs at least the primary's values of these.
			for (String name : List.of("max_connections", "max_worker_processes", "max_wal_senders",
					"max_prepared_transactions", "max_locks_per_transaction")) {
				try (ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
					rs.next();
					standbySettings.put(name, rs.getString(1));
				}
			}
			s.execute("select pg_backup_start('dealgraph-replica', true)");
			copyDataDirectory(primaryDir, replicaDir);
			try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
				rs.next();
				Files.writeString(replicaDir.resolve("backup_label"), rs.getString(1));
				String tablespaceMap = rs.getString(2);
				if (tablespaceMap != null && !tablespaceMap.isBlank()) {
					Files.writeString(replicaDir.resolve("tablespace_map"), tablespaceMap);
				}
			}
		}
		Files.writeString(replicaDir.resolve("standby.signal"), "");
		Files.writeString(replicaDir.resolve("postgresql.auto.conf"), """

				primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'
				primary_slot_name = '%s'
				""".formatted(primaryPort, SLOT, SLOT), StandardOpenOption.APPEND);
	}

	/** What pg_basebackup leaves out: the running server's files, and the WAL and transient state. */
	static void copyDataDirectory(Path from, Path to) throws IOException {
		Set<String> skippedFiles = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
				"tablespace_map", "standby.signal", "recovery.signal");
		Set<String> emptiedDirectories = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
				"pg_snapshots", "pg_stat_tmp", "pg_subtrans");
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return dir.getParent() != null && dir.getParent().equals(from)
						&& emptiedDirectories.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
								: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				String name = file.getFileName().toString();
				if ((file.getParent().equals(from) && skippedFiles.contains(name)) || name.startsWith("pgsql_tmp")) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
				}
				catch (NoSuchFileException ex) {
					// removed by the server while copying, as pg_basebackup allows
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}
		});
	}

	/** The standby, from the primary's own binaries, in a user namespace when run as root (as zonky does). */
	static void startReplica() throws Exception {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(postgresBinary(), "-D", replicaDir.toString(), "-p", String.valueOf(replicaPort), "-F",
				"-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", "-c", "timezone=UTC"));
		standbySettings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
		replica = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.appendTo(replicaLog.toFile()))
			.start();
		long deadline = System.nanoTime() + WAIT.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			if (!replica.isAlive()) {
				throw new AssertionError("the replica exited with " + replica.exitValue() + ":\n" + replicaLogTail());
			}
			try {
				if ("true".equals(queryOne(replicaPort, "select pg_is_in_recovery()::text"))) {
					return;
				}
			}
			catch (SQLException ex) {
				last = ex;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the replica did not accept connections within " + WAIT + " (" + last + "):\n"
				+ replicaLogTail());
	}

	/** A fast shutdown (SIGINT): sessions end, the standby stops cleanly. */
	static void stopReplica() {
		Process process = replica;
		if (process == null || !process.isAlive()) {
			return;
		}
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			killReplica();
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			killReplica();
			Thread.currentThread().interrupt();
		}
	}

	static void killReplica() {
		Process process = replica;
		if (process != null && process.isAlive()) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	/** The postgres executable the primary runs: the same binaries for the standby. */
	static String postgresBinary() throws IOException {
		long pid = Long.parseLong(Files.readAllLines(primaryDir.resolve("postmaster.pid")).get(0).strip());
		return ProcessHandle.of(pid).flatMap(p -> p.info().command())
			.orElseThrow(() -> new IllegalStateException("cannot see the primary's postgres executable"));
	}

	static String replicaLogTail() {
		try {
			List<String> lines = Files.readAllLines(replicaLog, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	// --- the application ---------------------------------------------------------------------

	String title() {
		byte[] body = this.http.post().uri("/graphql").bodyValue(Map.of("query", QUERY)).exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		String json = new String(body, StandardCharsets.UTF_8);
		assertThat(json).doesNotContain("\"errors\"");
		return JsonPath.read(json, "$.data.deal.title");
	}

	void awaitTitle(String expected) throws InterruptedException {
		String last = null;
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			last = title();
			if (expected.equals(last)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the API did not serve \"" + expected + "\" within " + WAIT + ", last: " + last);
	}

	/** Waits until replica-1 is in or out of rotation with a state containing the text; returns the health. */
	String awaitReplica(boolean inRotation, String state) throws InterruptedException {
		Predicate<String> matches = health -> JsonPath.<Boolean>read(health, "$.details.replicas['replica-1'].inRotation") == inRotation
				&& JsonPath.<String>read(health, "$.details.replicas['replica-1'].state").contains(state);
		String last = null;
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			byte[] body = this.http.get().uri("/actuator/health/replicas").exchange()
				.expectStatus().isOk()
				.expectBody().returnResult().getResponseBody();
			last = new String(body, StandardCharsets.UTF_8);
			if (matches.test(last)) {
				return last;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("replica-1 was not " + (inRotation ? "in" : "out of") + " rotation (\"" + state
				+ "\") within " + WAIT + ": " + last + "\nreplica log:\n" + replicaLogTail());
	}

	static SeedFiles stargateTitled(String title) {
		Map<String, String> contents = new HashMap<>(SeedFiles.fromClasspath("classpath:seeds").contents());
		String path = "deals/stargate.yml";
		assertThat(contents.get(path)).contains("title: \"" + TITLE + "\"");
		contents.put(path, contents.get(path).replaceFirst("title: \"" + TITLE + "\"", "title: \"" + title + "\""));
		return new SeedFiles(contents);
	}

	// --- the servers, as the superuser -------------------------------------------------------

	/** How many of the API's reader sessions on that server ran QUERY's SQL since then. */
	static int queriesServed(int port, Instant since) throws SQLException {
		try (Connection c = connect(port); PreparedStatement s = c.prepareStatement("""
				select count(*) from pg_stat_activity
				where usename = 'dealgraph_reader' and application_name <> ?
				  and query_start >= ? and query like ?""")) {
			s.setString(1, ReplicaSet.CHECK_APPLICATION_NAME);
			s.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
			s.setString(3, QUERY_SQL);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	static Connection connect(int port) throws SQLException {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("user", "postgres");
		properties.setProperty("password", "postgres");
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("socketTimeout", "30");
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
	}

	static String queryOne(int port, String sql) throws SQLException {
		try (Connection c = connect(port); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static void execute(int port, String sql) throws SQLException {
		try (Connection c = connect(port); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void delete(Path dir) throws IOException {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
