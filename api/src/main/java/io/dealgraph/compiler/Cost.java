package io.dealgraph.compiler;

import java.util.Collection;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Grouped;
import io.dealgraph.compiler.SqlSchema.OneOf;
import io.dealgraph.compiler.SqlSchema.Root;
import io.dealgraph.compiler.SqlSchema.RootAggregate;
import io.dealgraph.compiler.SqlSchema.RootConnection;
import io.dealgraph.compiler.SqlSchema.ToMany;
import io.dealgraph.compiler.SqlSchema.ToOne;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.graphql.OperationCosts.Measure;
import io.dealgraph.graphql.Pages;

/**
 * Prices an operation before it runs, from its normalized fields and what the declarations say
 * each reads: the field values it may return (every list bounded by {@code first}, the ids asked,
 * or a list's stated maximum), the rows the database may read, and the size of the statements.
 */
final class Cost {

	/** Rows counted for a scan of a table: a root connection's, or the rows an aggregate groups. */
	static final long TABLE_SCAN = 10_000;

	/** Rows counted for the rows of a parent that may have thousands (an organization's deals). */
	static final long MANY_PER_PARENT = 1_000;

	/** Rows counted for the rows of one fact (a deal's parties, a fact's citations). */
	static final long FEW_PER_PARENT = 20;

	/** Past this, counting stops growing: the limits are far below. */
	private static final long CEILING = Long.MAX_VALUE / 1_000_000;

	private final SqlSchema declarations;

	private int depth;

	private int aliases;

	private long cost;

	private long databaseCost;

	private long statementSize;

	private Cost(SqlSchema declarations) {
		this.declarations = declarations;
	}

	static Measure measure(ExecutableNormalizedOperation operation, SqlSchema declarations) {
		Cost cost = new Cost(declarations);
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			cost.walk(field, 1, 1, declarations.root(field.getName()) != null ? declarations.root(field.getName()) : null);
		}
		return new Measure(cost.depth, cost.aliases, cost.cost, cost.databaseCost, cost.statementSize);
	}

	/**
	 * @param times how many objects this field is asked of: its parents' items
	 * @param copies how many times the statement spells out this field
	 * @param declared what it reads: a root's or a type's declaration, or null for what the compiler answers itself
	 */
	private void walk(ExecutableNormalizedField field, long times, long copies, Object declared) {
		if (field.getName().startsWith("__")) {
			return;
		}
		this.depth = Math.max(this.depth, field.getLevel());
		if (field.getAlias() != null) {
			this.aliases++;
		}
		this.cost = add(this.cost, times);
		this.statementSize = add(this.statementSize, copies);
		this.databaseCost = add(this.databaseCost, multiply(times, rowsRead(field, declared)));
		long items = items(field, declared);
		boolean perItem = field.getResolvedArguments().get("ids") instanceof Collection<?>
				|| field.getResolvedArguments().get("representations") instanceof Collection<?>;
		long childCopies = multiply(copies, perItem ? items : 1);
		for (ExecutableNormalizedField child : field.getChildren()) {
			walk(child, multiply(times, items), childCopies, declaration(child));
		}
	}

	/** A field's declaration: the first of the types it is selected on that declares it. */
	private FieldSql declaration(ExecutableNormalizedField field) {
		for (String typeName : field.getObjectTypeNames()) {
			TypeSql type = this.declarations.typeOf(typeName);
			if (type != null && type.field(field.getName()) != null) {
				return type.field(field.getName());
			}
		}
		return null;
	}

	/** How many items one value of this field can hold: its page, the ids asked, a list's maximum. */
	private static long items(ExecutableNormalizedField field, Object declared) {
		Map<String, Object> args = field.getResolvedArguments();
		if (args.get("first") instanceof Number number) {
			return Math.max(1, number.longValue());
		}
		// A list without first (or with first: null) returns its maximum, a connection its default page.
		if (declared instanceof ToMany<?> toMany) {
			return toMany.max();
		}
		if (declared instanceof Grouped<?> grouped) {
			return grouped.max();
		}
		if (args.containsKey("first")) {
			return Pages.DEFAULT_SIZE;
		}
		if (args.get("ids") instanceof Collection<?> ids) {
			return Math.max(1, ids.size());
		}
		if (args.get("representations") instanceof Collection<?> representations) {
			return Math.max(1, representations.size());
		}
		return 1;
	}

	/** The rows the database may read for one value of this field. */
	private static long rowsRead(ExecutableNormalizedField field, Object declared) {
		if (declared instanceof RootConnection root) {
			return TABLE_SCAN * scans(field, root.connection());
		}
		if (declared instanceof ConnectionSql<?> connection) {
			return (connection.manyPerParent ? MANY_PER_PARENT : FEW_PER_PARENT) * scans(field, connection);
		}
		if (declared instanceof RootAggregate || declared instanceof Grouped<?>) {
			return TABLE_SCAN;
		}
		if (declared instanceof ToMany<?>) {
			return FEW_PER_PARENT;
		}
		// A related row, a root's row, or an expression (which may read a subquery: a fact's outlets, say).
		if (declared instanceof ToOne || declared instanceof OneOf || declared instanceof Root
				|| declared instanceof SqlSchema.Value || declared instanceof SqlSchema.ArgumentValue<?>) {
			return 1;
		}
		return 0;
	}

	/** One scan of a connection's rows for its page, and one more for each of totalCount, hasPreviousPage past a cursor and asOf. */
	private static long scans(ExecutableNormalizedField field, ConnectionSql<?> connection) {
		long scans = 1;
		boolean after = field.getResolvedArguments().get("after") != null;
		for (ExecutableNormalizedField child : field.getChildren()) {
			if (child.getName().equals("totalCount")) {
				scans++;
			}
			if (child.getName().equals("pageInfo") && after
					&& child.getChildren().stream().anyMatch(info -> info.getName().equals("hasPreviousPage"))) {
				scans++;
			}
		}
		if (connection.asOf != null && field.getResolvedArguments().get("asOf") != null) {
			scans++;
		}
		return scans;
	}

	private static long add(long a, long b) {
		return Math.min(CEILING, a + b);
	}

	private static long multiply(long a, long b) {
		return b == 0 ? 0 : a > CEILING / b ? CEILING : a * b;
	}

}
