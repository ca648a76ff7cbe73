package io.dealgraph.access;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys are issued by the operator, stored as hashes, checked on every request and revocable. */
@TestPropertySource(properties = { "dealgraph.rate-limit.enabled=true", "dealgraph.rate-limit.burst=100000",
		"dealgraph.rate-limit.per-second=1", "dealgraph.rate-limit.request-points=100" })
class ApiKeyTests extends ApiTest {

	static final Map<String, String> CHEAP = Map.of("query", "{ deals { totalCount } }");

	@Autowired
	ApiKeys keys;

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	@Autowired
	JdbcTemplate reader;

	@Test
	void anIssuedKey_isServed_withItsOwnBucket_andOnlyItsHashIsStored() {
		String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		String key = this.keys.create(name, 5_000L, 7L);
		assertThat(key).startsWith("dgk_").hasSizeGreaterThan(40);
		assertThat(new JdbcTemplate(this.owner).queryForObject("select count(*) from api_key where key_hash = ? and name = ?",
				Integer.class, io.dealgraph.graphql.Sha256.hex(key), name)).isEqualTo(1);
		assertThat(new JdbcTemplate(this.owner).queryForObject("select count(*) from api_key where key_hash = ?",
				Integer.class, key)).isZero();
		this.http.post().uri("/graphql").header("X-API-Key", key).bodyValue(CHEAP)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("RateLimit-Policy", "\"points\";q=5000;w=715")
			.expectBody()
			.jsonPath("$.data.deals.totalCount").isEqualTo(8)
			.jsonPath("$.extensions.cost.throttleStatus.maximumAvailable").isEqualTo(5000)
			.jsonPath("$.extensions.cost.throttleStatus.restoreRate").isEqualTo(7)
			// 100 request points taken; 7 a second come back meanwhile.
			.jsonPath("$.extensions.cost.throttleStatus.currentlyAvailable")
			.value(v -> assertThat(((Number) v).longValue()).isBetween(4900L, 4914L));
	}

	@Test
	void unknownKeys_get401_unauthenticated_andRotatingThemNeitherRunsAQueryNorTouchesAnyBucket() {
		long before = anonymousAvailable();
		long started = System.nanoTime();
		this.statements.reset();
		for (int i = 0; i < 50; i++) {
			this.http.post().uri("/graphql").header("X-API-Key", "dgk_" + UUID.randomUUID()).bodyValue(CHEAP)
				.exchange()
				.expectStatus().isUnauthorized()
				.expectHeader().doesNotExist("RateLimit")
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED")
				.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("X-API-Key"))
				.jsonPath("$.data").doesNotExist();
		}
		// Invented keys are looked up in the snapshot the owner reads (at most once a second): the serving role runs nothing.
		assertThat(this.statements.count()).isZero();
		assertThat(Duration.ofNanos(System.nanoTime() - started).toSeconds()).isLessThan(10);
		// 50 refused requests took nothing from the anonymous bucket (one request costs 100; 1 point a second comes back).
		assertThat(anonymousAvailable()).isBetween(before - 100 - 100, before - 100 + 30);
	}

	@Test
	void aRevokedKey_gets401_onTheNextRefresh_andTheCommandSaysSo() {
		String name = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
		String key = this.keys.create(name, null, null);
		this.http.post().uri("/graphql").header("X-API-Key", key).bodyValue(CHEAP).exchange().expectStatus().isOk();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = KeysCommand.execute(KeysCommand.Parsed.of(new String[] { "keys", "revoke", name }), this.keys,
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("revoked");
		this.keys.invalidate();
		this.http.post().uri("/graphql").header("X-API-Key", key).bodyValue(CHEAP)
			.exchange()
			.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED");
		assertThat(KeysCommand.execute(KeysCommand.Parsed.of(new String[] { "keys", "revoke", name }), this.keys,
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
	}

	@Test
	void aKeyCreatedOnOneInstance_isKnownToAnother_andARevocationReachesItWithinItsRefresh() {
		// A second instance's view of the keys: its own snapshot over the same database.
		ApiKeys other = new ApiKeys(this.owner, Duration.ofMillis(200));
		String name = "shared-" + UUID.randomUUID().toString().substring(0, 8);
		String key = this.keys.create(name, null, null);
		assertThat(other.find(key)).get().extracting(ApiKey::name).isEqualTo(name);
		this.keys.revoke(name);
		await(() -> other.find(key).isEmpty());
	}

	@Test
	void aNewKey_presentedByManyRequestsAtOnce_isKnownToEveryOne() throws Exception {
		// The first requests with a new key arrive together: none may be answered from the snapshot
		// that a read still in flight is about to replace (CI saw 401s from exactly this).
		for (int round = 0; round < 5; round++) {
			String key = this.keys.create("burst-" + UUID.randomUUID().toString().substring(0, 8), null, null);
			int threads = 16;
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
			var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
			try {
				var found = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
				for (int t = 0; t < threads; t++) {
					found.add(pool.submit(() -> {
						start.await();
						return this.keys.find(key).isPresent();
					}));
				}
				for (var f : found) {
					assertThat(f.get()).as("round %d: a lookup of the new key", round).isTrue();
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void theKeysCommand_createsListsAndRevokes_andRefusesBadUsageWithTheReason() {
		String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int created = KeysCommand.execute(
				KeysCommand.Parsed.of(new String[] { "keys", "create", "--name", name, "--burst", "900", "--per-second", "30" }),
				this.keys, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		assertThat(created).isZero();
		String key = out.toString(StandardCharsets.UTF_8).trim();
		assertThat(this.keys.find(key)).get().satisfies(k -> {
			assertThat(k.burst()).isEqualTo(900);
			assertThat(k.perSecond()).isEqualTo(30);
		});
		ByteArrayOutputStream listed = new ByteArrayOutputStream();
		KeysCommand.execute(KeysCommand.Parsed.of(new String[] { "keys", "list" }), this.keys,
				new PrintStream(listed, true, StandardCharsets.UTF_8), System.err);
		assertThat(listed.toString(StandardCharsets.UTF_8)).containsPattern(name + " +live +900 +30").doesNotContain(key);
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		assertThat(KeysCommand.execute(KeysCommand.Parsed.of(new String[] { "keys", "create", "--name", name }), this.keys,
				System.out, new PrintStream(again, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(again.toString(StandardCharsets.UTF_8)).contains("live key named '" + name + "' exists");
		assertThatThrownBy(() -> KeysCommand.Parsed.of(new String[] { "keys", "create" }))
			.hasMessageContaining("--name NAME is required");
		assertThatThrownBy(() -> KeysCommand.Parsed.of(new String[] { "keys", "create", "--name", "a b" }))
			.hasMessageContaining("not 'a b'");
		assertThatThrownBy(() -> KeysCommand.Parsed.of(new String[] { "keys", "create", "--name", "x", "--burst", "0" }))
			.hasMessageContaining("at least 1, not '0'");
		assertThatThrownBy(() -> KeysCommand.Parsed.of(new String[] { "keys", "rotate" }))
			.hasMessageContaining("unknown command 'rotate'");
	}

	private long anonymousAvailable() {
		Map<?, ?> body = this.http.post().uri("/graphql").bodyValue(CHEAP)
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> cost = (Map<?, ?>) ((Map<?, ?>) body.get("extensions")).get("cost");
		return ((Number) ((Map<?, ?>) cost.get("throttleStatus")).get("currentlyAvailable")).longValue();
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
