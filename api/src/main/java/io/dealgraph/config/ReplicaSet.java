package io.dealgraph.config;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The read replicas: a reader pool per replica, and a checker that keeps in rotation only the
 * replicas that answer, are standbys, and are at most {@code dealgraph.db.replica-max-lag} behind
 * the primary.
 * <p>
 * Lag is measured with a heartbeat: at every check the owner sets the one row of
 * {@code replica_heartbeat} to the primary's clock, and each replica reports the value it has
 * replayed. The difference, both ends read on the primary's clock, is how old the replica's data
 * may be, to within one check interval. (Comparing WAL positions alone would call an idle primary's
 * replica late whenever the primary holds a half-written WAL record; the heartbeat's commit always
 * pushes the WAL out.) While the primary does not answer, lag cannot be measured: each replica
 * keeps the verdict of its last measurement, as long as it answers itself.
 */
final class ReplicaSet implements SmartLifecycle, Closeable {

	/** The checker's connections carry this application_name, to tell them from the pools'. */
	static final String CHECK_APPLICATION_NAME = "dealgraph-replica-check";

	private static final Logger log = LoggerFactory.getLogger(ReplicaSet.class);

	private static final String HEARTBEAT = """
			insert into replica_heartbeat (id, beat) values (1, clock_timestamp())
			on conflict (id) do update set beat = excluded.beat
			returning beat, pg_current_wal_lsn()::text""";

	private static final String REPLICA_STATE = """
			select pg_is_in_recovery(), (select beat from replica_heartbeat where id = 1),
			  pg_last_wal_replay_lsn()::text,
			  case when pg_is_in_recovery() then pg_get_wal_replay_pause_state() end""";

	private final List<Replica> replicas;

	private final Target primary;

	private final Duration maxLag;

	private final Duration interval;

	private final int timeoutSeconds;

	private final AtomicInteger next = new AtomicInteger();

	private volatile List<Replica> rotation = List.of();

	private volatile String primaryState = "not checked yet";

	private volatile Boolean primaryAnswers;

	private Connection primaryConnection;

	private ScheduledExecutorService checker;

	/**
	 * @param pools one reader pool per replica, in the order of the configured URLs
	 * @param primary where and as whom to write the heartbeat: the owner on the primary
	 * @param timeoutSeconds connect and socket timeout of every check connection
	 */
	ReplicaSet(List<HikariDataSource> pools, Target primary, Duration maxLag, Duration interval, int timeoutSeconds) {
		List<Replica> list = new ArrayList<>();
		for (int i = 0; i < pools.size(); i++) {
			list.add(new Replica("replica-" + (i + 1), pools.get(i)));
		}
		this.replicas = List.copyOf(list);
		this.primary = primary;
		this.maxLag = maxLag;
		this.interval = interval;
		this.timeoutSeconds = timeoutSeconds;
		if (maxLag.compareTo(interval) <= 0) {
			log.warn("dealgraph.db.replica-max-lag ({}) is not above replica-check-interval ({}): lag is measured "
					+ "to within one interval, so in-sync replicas may be taken out", maxLag, interval);
		}
	}

	/** A database and a login: the JDBC URL, user and password. */
	record Target(String url, String username, String password) {
	}

	List<Replica> replicas() {
		return this.replicas;
	}

	/** The replicas in rotation, starting at the next one in round-robin order. */
	List<Replica> inRotation() {
		List<Replica> current = this.rotation;
		int size = current.size();
		if (size <= 1) {
			return current;
		}
		int start = Math.floorMod(this.next.getAndIncrement(), size);
		List<Replica> ordered = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			ordered.add(current.get((start + i) % size));
		}
		return ordered;
	}

	/** Whether the primary answered the last heartbeat; null before the first check. */
	Boolean primaryAnswers() {
		return this.primaryAnswers;
	}

	String primaryState() {
		return this.primaryState;
	}

	Duration maxLag() {
		return this.maxLag;
	}

	/** A request could not get a connection from this replica: out of rotation until a check passes. */
	void takeOut(Replica replica, String reason) {
		replica.update(false, reason, null, null, null, false);
		evict(replica);
		rebuildRotation();
	}

	/** One round: write the heartbeat on the primary, then judge every replica against it. */
	void check() {
		Heartbeat heartbeat = heartbeat();
		for (Replica replica : this.replicas) {
			check(replica, heartbeat);
		}
		rebuildRotation();
	}

	private Heartbeat heartbeat() {
		try {
			if (this.primaryConnection == null || this.primaryConnection.isClosed()) {
				this.primaryConnection = connect(this.primary);
			}
			try (Statement statement = this.primaryConnection.createStatement();
					ResultSet rs = statement.executeQuery(HEARTBEAT)) {
				rs.next();
				Heartbeat heartbeat = new Heartbeat(rs.getObject(1, OffsetDateTime.class).toInstant(), lsn(rs.getString(2)));
				if (!Boolean.TRUE.equals(this.primaryAnswers)) {
					log.info("Replica heartbeat: the primary answers{}", this.primaryAnswers == null ? "" : " again");
				}
				this.primaryAnswers = true;
				this.primaryState = "answers";
				return heartbeat;
			}
		}
		catch (SQLException | RuntimeException ex) {
			close(this.primaryConnection);
			this.primaryConnection = null;
			if (!Boolean.FALSE.equals(this.primaryAnswers)) {
				log.warn("Replica heartbeat: the primary does not answer ({}); replicas keep their last lag verdict",
						message(ex));
			}
			this.primaryAnswers = false;
			this.primaryState = "does not answer: " + message(ex);
			return null;
		}
	}

	private void check(Replica replica, Heartbeat heartbeat) {
		boolean inRecovery;
		Instant replayedBeat;
		Long replayLsn;
		String replay;
		try {
			if (replica.checkConnection == null || replica.checkConnection.isClosed()) {
				replica.checkConnection = connect(replica.target);
			}
			try (Statement statement = replica.checkConnection.createStatement();
					ResultSet rs = statement.executeQuery(REPLICA_STATE)) {
				rs.next();
				inRecovery = rs.getBoolean(1);
				OffsetDateTime beat = rs.getObject(2, OffsetDateTime.class);
				replayedBeat = beat != null ? beat.toInstant() : null;
				replayLsn = rs.getString(3) != null ? lsn(rs.getString(3)) : null;
				replay = rs.getString(4);
			}
		}
		catch (SQLException | RuntimeException ex) {
			close(replica.checkConnection);
			replica.checkConnection = null;
			replica.update(false, "does not answer: " + message(ex), null, null, null, replica.lagWithinLimit);
			evict(replica);
			return;
		}
		if (!inRecovery) {
			replica.update(false, "not a standby: pg_is_in_recovery() is false", null, null, null, false);
			return;
		}
		String paused = "not paused".equals(replay) ? "" : ", replay " + replay;
		if (heartbeat == null) {
			String refused = replica.lagWithinLimit ? admissionRefused(replica) : null;
			replica.update(replica.lagWithinLimit && refused == null,
					refused != null ? refused : "the primary does not answer, lag not measured; last measured "
							+ (replica.lagWithinLimit ? "within" : "over") + " the limit" + paused,
					null, null, replay, replica.lagWithinLimit);
			return;
		}
		Long lagBytes = replayLsn != null ? Math.max(0, heartbeat.walLsn - replayLsn) : null;
		if (replayedBeat == null) {
			replica.update(false, "has not replayed a heartbeat yet" + paused, null, lagBytes, replay, false);
			return;
		}
		Duration lag = Duration.between(replayedBeat, heartbeat.at);
		if (lag.isNegative()) {
			lag = Duration.ZERO;
		}
		boolean withinLimit = lag.compareTo(this.maxLag) <= 0;
		String state = withinLimit ? "streaming" + paused
				: "behind the primary by " + seconds(lag) + ", more than " + seconds(this.maxLag) + paused;
		String refused = withinLimit ? admissionRefused(replica) : null;
		replica.update(withinLimit && refused == null, refused != null ? refused : state, lag, lagBytes, replay,
				withinLimit);
	}

	/**
	 * Why the replica may not (re)enter the rotation yet, or null: its pool must hand out a
	 * connection first, so that requests do not wait for a pool still backing off from an outage.
	 */
	private static String admissionRefused(Replica replica) {
		if (replica.inRotation) {
			return null;
		}
		try (Connection connection = replica.pool.getConnection()) {
			return null;
		}
		catch (SQLException | RuntimeException ex) {
			return "answers, but its pool has no connection yet: " + message(ex);
		}
	}

	private synchronized void rebuildRotation() {
		this.rotation = this.replicas.stream().filter(r -> r.inRotation).toList();
	}

	private Connection connect(Target target) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", target.username());
		properties.setProperty("password", target.password());
		String timeout = String.valueOf(this.timeoutSeconds);
		properties.setProperty("connectTimeout", timeout);
		properties.setProperty("loginTimeout", timeout);
		properties.setProperty("socketTimeout", timeout);
		properties.setProperty("cancelSignalTimeout", timeout);
		properties.setProperty("ApplicationName", CHECK_APPLICATION_NAME);
		return DriverManager.getConnection(target.url(), properties);
	}

	private static void evict(Replica replica) {
		HikariPoolMXBean pool = replica.pool.getHikariPoolMXBean();
		if (pool != null) {
			pool.softEvictConnections();
		}
	}

	@Override
	public synchronized void start() {
		if (this.checker != null) {
			return;
		}
		this.checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "replica-check");
			thread.setDaemon(true);
			return thread;
		});
		this.checker.scheduleWithFixedDelay(() -> {
			try {
				check();
			}
			catch (RuntimeException ex) {
				log.error("Replica check failed", ex);
			}
		}, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		log.info("Read replicas: {}; maximum lag {}, checked every {}", this.replicas.stream().map(Replica::toString).toList(),
				this.maxLag, this.interval);
	}

	@Override
	public synchronized void stop() {
		if (this.checker == null) {
			return;
		}
		this.checker.shutdownNow();
		try {
			// A check in progress ends within its socket timeout.
			this.checker.awaitTermination(this.timeoutSeconds + 1L, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.checker = null;
		close(this.primaryConnection);
		this.primaryConnection = null;
		for (Replica replica : this.replicas) {
			close(replica.checkConnection);
			replica.checkConnection = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.checker != null;
	}

	@Override
	public void close() {
		stop();
		this.replicas.forEach(replica -> replica.pool.close());
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// already gone
			}
		}
	}

	/** A WAL position {@code X/Y} as a byte offset. */
	static long lsn(String text) {
		int slash = text.indexOf('/');
		return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
	}

	private static String seconds(Duration duration) {
		return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static String message(Exception ex) {
		String message = ex.getMessage();
		return message != null ? message.lines().findFirst().orElse(message) : ex.getClass().getSimpleName();
	}

	/** What the primary said at the last heartbeat: its clock and WAL position. */
	private record Heartbeat(Instant at, long walLsn) {
	}

	/** One replica: its pool, its check connection and what the last check found. */
	static final class Replica {

		private final String name;

		private final HikariDataSource pool;

		private final Target target;

		private volatile boolean inRotation;

		private volatile String state = "not checked yet";

		private volatile Duration lag;

		private volatile Long lagBytes;

		private volatile String replay;

		private volatile Instant checkedAt;

		/** The last lag verdict, kept while the primary cannot be asked. */
		private volatile boolean lagWithinLimit;

		private Connection checkConnection;

		Replica(String name, HikariDataSource pool) {
			this.name = name;
			this.pool = pool;
			this.target = new Target(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}

		String name() {
			return this.name;
		}

		HikariDataSource pool() {
			return this.pool;
		}

		boolean inRotation() {
			return this.inRotation;
		}

		/** The URL without its parameters, which may hold a password. */
		String url() {
			String url = this.pool.getJdbcUrl();
			int query = url.indexOf('?');
			return query < 0 ? url : url.substring(0, query);
		}

		private synchronized void update(boolean inRotation, String state, Duration lag, Long lagBytes, String replay,
				boolean lagWithinLimit) {
			boolean was = this.inRotation;
			String before = this.state;
			this.inRotation = inRotation;
			this.state = state;
			this.lag = lag;
			this.lagBytes = lagBytes;
			this.replay = replay;
			this.lagWithinLimit = lagWithinLimit;
			this.checkedAt = Instant.now();
			if (inRotation && !was) {
				log.info("Replica {} ({}) in rotation: {}", this.name, url(), state);
			}
			else if (!inRotation && (was || "not checked yet".equals(before))) {
				log.warn("Replica {} ({}) out of rotation: {}", this.name, url(), state);
			}
		}

		/** What the health endpoint shows of this replica. */
		Map<String, Object> details() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("url", url());
			details.put("inRotation", this.inRotation);
			details.put("state", this.state);
			Duration lag = this.lag;
			if (lag != null) {
				details.put("lagMillis", lag.toMillis());
			}
			if (this.lagBytes != null) {
				details.put("lagBytes", this.lagBytes);
			}
			if (this.replay != null) {
				details.put("replay", this.replay);
			}
			if (this.checkedAt != null) {
				details.put("checkedAt", this.checkedAt.toString());
			}
			return details;
		}

		@Override
		public String toString() {
			return this.name + " " + url();
		}

	}

}
