package io.dealgraph.access;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.dealgraph.graphql.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The issued API keys. The operator creates and revokes them as the owner; requests look them up
 * in a snapshot of the live keys that is read again (by the owner) every
 * {@code dealgraph.api-keys.refresh}, after every create or revoke here, and, at most once a second,
 * when an unknown key arrives, so a key created or revoked on one instance holds on every instance
 * within seconds, and clients sending invented keys cannot make the API query the database for each
 * one. One read runs at a time; lookups that need it wait for it, so the first requests with a new
 * key, arriving together, are all served.
 */
@Component
public class ApiKeys {

	/** Every key starts with this, so a key is recognizable in a leaked file or log. */
	static final String PREFIX = "dgk_";

	private static final Duration MISS_REFRESH = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	private static final RowMapper<ApiKey> ROW = (rs, i) -> new ApiKey(rs.getString("name"), rs.getString("key_hash"),
			rs.getObject("burst", Long.class), rs.getObject("per_second", Long.class),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));

	private static final String COLUMNS = "name, key_hash, burst, per_second, created_at, revoked_at";

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate owner;

	private final long refreshNanos;

	/** Bumped by every create and revoke here, so a read that began before one is not taken as current. */
	private final AtomicLong generation = new AtomicLong();

	/** One read of the keys at a time; lookups that need a newer snapshot wait for it. */
	private final ReentrantLock reading = new ReentrantLock();

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE / 2, -1);

	/** The owner reads the keys: the role that serves queries cannot read their hashes (V11). */
	ApiKeys(@Qualifier("ownerDataSource") DataSource owner, @Value("${dealgraph.api-keys.refresh:5s}") Duration refresh) {
		this.owner = new JdbcTemplate(owner);
		this.refreshNanos = refresh.toNanos();
	}

	/** Issues a new key and answers it; only its hash is stored, so this is the one time it is seen. */
	public String create(String name, Long burst, Long perSecond) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			this.owner.update("insert into api_key (name, key_hash, burst, per_second) values (?, ?, ?, ?)", name,
					Sha256.hex(key), burst, perSecond);
			invalidate();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("A live key named '" + name + "' exists; revoke it first", ex);
		}
		return key;
	}

	/** Every key ever issued, live and revoked, oldest first. */
	public List<ApiKey> list() {
		return this.owner.query("select " + COLUMNS + " from api_key order by created_at, id", ROW);
	}

	/** Revokes the live key of that name; false when there is none. */
	public boolean revoke(String name) {
		boolean revoked = this.owner.update("update api_key set revoked_at = now() where name = ? and revoked_at is null",
				name) == 1;
		invalidate();
		return revoked;
	}

	/** The live key a client presented, if it is one. */
	public Optional<ApiKey> find(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		String hash = Sha256.hex(presented);
		long asked = System.nanoTime();
		Snapshot current = this.snapshot;
		if (asked - current.readAt() > this.refreshNanos || current.generation() != this.generation.get()) {
			current = readSince(asked - this.refreshNanos);
		}
		ApiKey key = current.live().get(hash);
		if (key == null) {
			// A key issued on another instance since the last read: read again, at most once a second.
			current = readSince(asked - MISS_REFRESH.toNanos());
			key = current.live().get(hash);
		}
		return Optional.ofNullable(key);
	}

	/**
	 * A snapshot read at or after {@code since} and after the last create or revoke here: the current
	 * one when it is, else a new read. Callers that arrive while a read runs wait for it rather than
	 * answering from the snapshot it replaces.
	 */
	Snapshot readSince(long since) {
		this.reading.lock();
		try {
			Snapshot current = this.snapshot;
			long wanted = this.generation.get();
			if (current.readAt() - since >= 0 && current.generation() == wanted) {
				return current;
			}
			long readAt = System.nanoTime();
			try {
				Map<String, ApiKey> live = this.owner
					.query("select " + COLUMNS + " from api_key where revoked_at is null", ROW)
					.stream()
					.collect(Collectors.toUnmodifiableMap(ApiKey::keyHash, Function.identity()));
				this.snapshot = new Snapshot(live, readAt, wanted);
			}
			catch (DataAccessException ex) {
				// Keep serving the keys known so far; the database being down fails the request anyway.
				log.warn("Could not read the API keys; keeping the {} known: {}", current.live().size(), ex.toString());
				this.snapshot = new Snapshot(current.live(), readAt, wanted);
			}
			return this.snapshot;
		}
		finally {
			this.reading.unlock();
		}
	}

	/** Forgets the snapshot, so that the next lookup on this instance reads the keys again. */
	public void invalidate() {
		this.generation.incrementAndGet();
	}

	/** The live keys by hash, when they were read, and the last create or revoke they include. */
	record Snapshot(Map<String, ApiKey> live, long readAt, long generation) {
	}

}
