package io.dealgraph.config;

import java.io.Closeable;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The API's DataSource when read replicas are configured: each connection comes from the next
 * replica in rotation (round robin), or from the primary's reader pool when none is. A replica that
 * cannot hand out a connection is taken out of rotation at once and the next one is tried.
 */
final class ReplicaRoutingDataSource implements DataSource, Closeable {

	private final HikariDataSource primary;

	private final ReplicaSet replicas;

	ReplicaRoutingDataSource(HikariDataSource primary, ReplicaSet replicas) {
		this.primary = primary;
		this.replicas = replicas;
	}

	@Override
	public Connection getConnection() throws SQLException {
		for (ReplicaSet.Replica replica : this.replicas.inRotation()) {
			try {
				return replica.pool().getConnection();
			}
			catch (SQLException | RuntimeException ex) {
				this.replicas.takeOut(replica, "no connection: " + ex.getMessage());
			}
		}
		return this.primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("the reader pools log in as the configured reader");
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.primary.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.primary.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.primary.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.primary.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.primary.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("not a wrapper for " + iface.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}

	/** Closes the primary's reader pool; the replicas' pools belong to the {@link ReplicaSet}. */
	@Override
	public void close() {
		this.primary.close();
	}

}
