package io.dealgraph.release;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import io.dealgraph.compiler.KnownReleases;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The releases this instance knows of, kept in memory so that {@code knownAsOf} and
 * {@code release} cost no statement. A seed load notifies {@value #CHANNEL} when it commits
 * (PostgreSQL {@code LISTEN/NOTIFY}); a thread of this instance listens on a connection of its own
 * and reads the releases again, and reads them every {@code dealgraph.releases.poll} as well, in
 * case a notice was lost with its connection. Whoever needs to know of a new release (compiled
 * plans, subscriptions, caches) registers with {@link #onNewRelease}.
 */
@Component
public class Releases implements KnownReleases, SmartLifecycle {

	/** The channel a load notifies with the new release's number. */
	public static final String CHANNEL = "dealgraph_release";

	private static final Logger log = LoggerFactory.getLogger(Releases.class);

	/** A release as this instance knows it. */
	public record Known(long number, Instant loadedAt) {
	}

	private final JdbcTemplate owner;

	private final HikariDataSource ownerPool;

	private final Duration poll;

	private final List<Consumer<Known>> listeners = new CopyOnWriteArrayList<>();

	private volatile List<Known> known = List.of();

	private volatile Thread listener;

	Releases(@Qualifier("ownerDataSource") HikariDataSource owner, @Value("${dealgraph.releases.poll:5s}") Duration poll) {
		this.owner = new JdbcTemplate(owner);
		this.ownerPool = owner;
		this.poll = poll;
	}

	@Override
	public OptionalLong loadedBy(Instant instant) {
		OptionalLong found = OptionalLong.empty();
		for (Known release : this.known) {
			if (!release.loadedAt().isAfter(instant)) {
				found = OptionalLong.of(release.number());
			}
		}
		return found;
	}

	@Override
	public boolean exists(long number) {
		return this.known.stream().anyMatch(release -> release.number() == number);
	}

	@Override
	public OptionalLong latest() {
		List<Known> releases = this.known;
		return releases.isEmpty() ? OptionalLong.empty() : OptionalLong.of(releases.get(releases.size() - 1).number());
	}

	/** Every release known, oldest first. */
	public List<Known> all() {
		return this.known;
	}

	/** Calls the listener with each release this instance learns of after now, newest last. */
	public void onNewRelease(Consumer<Known> listener) {
		this.listeners.add(listener);
	}

	@Override
	public void whenChanged(Runnable action) {
		onNewRelease(release -> action.run());
	}

	/** Reads the releases again and tells the listeners of the new ones; the loader calls it after a load. */
	public synchronized void refresh() {
		List<Known> read = this.owner.query("select number, loaded_at from release order by number",
				(rs, i) -> new Known(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
		long before = latest().orElse(0);
		this.known = List.copyOf(read);
		for (Known release : read) {
			if (release.number() > before) {
				log.info("Release {} (loaded at {}) is known", release.number(), release.loadedAt());
				this.listeners.forEach(listener -> listener.accept(release));
			}
		}
	}

	@Override
	public synchronized void start() {
		refresh();
		Thread thread = new Thread(this::listen, "release-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public synchronized void stop() {
		Thread thread = this.listener;
		this.listener = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	/** Listens for loads' notices, and reads the releases after each one and every poll interval. */
	private void listen() {
		while (this.listener == Thread.currentThread()) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				PGConnection notices = connection.unwrap(PGConnection.class);
				while (this.listener == Thread.currentThread()) {
					PGNotification[] received = notices.getNotifications((int) this.poll.toMillis());
					refreshQuietly(received != null && received.length > 0 ? "notice" : "poll");
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.listener != Thread.currentThread()) {
					return;
				}
				log.warn("Release notices unavailable ({}); polling every {}", ex.getMessage(), this.poll);
				refreshQuietly("poll");
				try {
					Thread.sleep(this.poll.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private void refreshQuietly(String why) {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Reading the releases after a {} failed: {}", why, ex.getMessage());
		}
	}

	/** A connection of its own, outside the pool: it stays open, listening. */
	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.ownerPool.getUsername());
		if (this.ownerPool.getPassword() != null) {
			properties.setProperty("password", this.ownerPool.getPassword());
		}
		properties.setProperty("ApplicationName", "dealgraph release listener");
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(this.ownerPool.getJdbcUrl(), properties);
	}

}
