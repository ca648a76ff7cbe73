package io.dealgraph.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application executes, through a datasource-proxy around its pool. */
public class StatementCounter implements QueryExecutionListener {

	private final AtomicInteger count = new AtomicInteger();

	private final List<Executed> executed = new CopyOnWriteArrayList<>();

	public void reset() {
		this.count.set(0);
		this.executed.clear();
	}

	/** The statements executed since the last reset, with their bound parameters in order. */
	public List<Executed> executed() {
		return List.copyOf(this.executed);
	}

	/**
	 * One executed statement and its parameters, each as the JDBC setter and its arguments; the
	 * connection it ran on, and the transaction it ran in: none (auto-commit), else its isolation
	 * level and whether it was read-only.
	 */
	public record Executed(String sql, List<Parameter> parameters, String connectionId, Transaction transaction) {
	}

	/** A statement's transaction: null for auto-commit. */
	public record Transaction(int isolation, boolean readOnly) {
	}

	/** A bound parameter: {@code setNull(index, sqlType)} or a setter with its value. */
	public record Parameter(boolean isNull, Object value) {
	}

	public int count() {
		return this.count.get();
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		this.count.addAndGet(queryInfoList.size());
		for (QueryInfo query : queryInfoList) {
			List<Parameter> parameters = new ArrayList<>();
			if (!query.getParametersList().isEmpty()) {
				query.getParametersList()
					.get(0)
					.stream()
					.sorted(Comparator.comparingInt(op -> (Integer) op.getArgs()[0]))
					.forEach(op -> parameters.add(new Parameter("setNull".equals(op.getMethod().getName()), op.getArgs()[1])));
			}
			this.executed.add(new Executed(query.getQuery(), parameters, execInfo.getConnectionId(), transaction(execInfo)));
		}
	}

	private static Transaction transaction(ExecutionInfo execInfo) {
		try {
			java.sql.Connection connection = execInfo.getStatement().getConnection();
			return connection.getAutoCommit() ? null
					: new Transaction(connection.getTransactionIsolation(), connection.isReadOnly());
		}
		catch (java.sql.SQLException ex) {
			return null;
		}
	}

	/** Wraps the application's DataSource so every statement is counted. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
						return ProxyDataSourceBuilder.create(dataSource).listener(counter.getObject()).build();
					}
					return bean;
				}
			};
		}

	}

}
