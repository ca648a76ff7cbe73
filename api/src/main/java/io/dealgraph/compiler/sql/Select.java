package io.dealgraph.compiler.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A select statement with a slot for each clause: its columns, one row source, joins, conditions
 * (all of which must hold), grouping, a condition on groups, an order and a limit. Each clause is
 * written in its own place, so none can be smuggled into another.
 */
public final class Select {

	private final List<Sql> columns;

	private Sql from;

	private final List<Sql> joins = new ArrayList<>();

	private final List<Sql> where = new ArrayList<>();

	private List<Sql> groupBy;

	private Sql having;

	private List<Sql> orderBy = List.of();

	private Sql limit;

	private Select(List<Sql> columns) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a select needs a column");
		}
		this.columns = List.copyOf(columns);
	}

	public static Select select(Sql... columns) {
		return new Select(List.of(columns));
	}

	public static Select select(List<Sql> columns) {
		return new Select(columns);
	}

	/** {@code from <relation> <alias>}: a table's name, or a {@link Sql#subquery subquery}. */
	public Select from(Sql relation, Alias alias) {
		this.from = Sql.sql(relation, " ", alias);
		return this;
	}

	/** {@code join <relation> <alias> on <condition>}. */
	public Select join(Sql relation, Alias alias, Sql on) {
		this.joins.add(Sql.sql(" join ", relation, " ", alias, " on ", on));
		return this;
	}

	/** A condition the rows must meet, beside those given already. */
	public Select where(Sql condition) {
		this.where.add(condition);
		return this;
	}

	/** Conditions the rows must meet, beside those given already. */
	public Select where(List<Sql> conditions) {
		this.where.addAll(conditions);
		return this;
	}

	/** {@code group by <keys>}; no keys groups every row into one ({@code group by ()}). */
	public Select groupBy(List<Sql> keys) {
		this.groupBy = List.copyOf(keys);
		return this;
	}

	public Select having(Sql condition) {
		this.having = condition;
		return this;
	}

	public Select orderBy(List<Sql> keys) {
		this.orderBy = List.copyOf(keys);
		return this;
	}

	public Select limit(Sql limit) {
		this.limit = limit;
		return this;
	}

	/** The statement, each clause in its place. */
	public Sql sql() {
		List<Sql> parts = new ArrayList<>();
		parts.add(Sql.sql("select ", Sql.join(this.columns, ", ")));
		if (this.from != null) {
			parts.add(Sql.sql(" from ", this.from));
		}
		parts.addAll(this.joins);
		if (!this.where.isEmpty()) {
			parts.add(Sql.sql(" where ", this.where.size() == 1 ? this.where.get(0) : Sql.and(this.where)));
		}
		if (this.groupBy != null) {
			parts.add(this.groupBy.isEmpty() ? Sql.sql(" group by ()") : Sql.sql(" group by ", Sql.join(this.groupBy, ", ")));
		}
		if (this.having != null) {
			parts.add(Sql.sql(" having ", this.having));
		}
		if (!this.orderBy.isEmpty()) {
			parts.add(Sql.sql(" order by ", Sql.join(this.orderBy, ", ")));
		}
		if (this.limit != null) {
			parts.add(Sql.sql(" limit ", this.limit));
		}
		return new Sql.Seq(parts);
	}

	/** {@code (<statement>)}. */
	public Sql subquery() {
		return Sql.subquery(sql());
	}

}
