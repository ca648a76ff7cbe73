package io.dealgraph.compiler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.dealgraph.compiler.ConnectionSql.Filter;
import io.dealgraph.compiler.ConnectionSql.Refusal;
import io.dealgraph.compiler.SqlSchema.AggregateValue;
import io.dealgraph.compiler.SqlSchema.ArgumentValue;
import io.dealgraph.compiler.SqlSchema.Column;
import io.dealgraph.compiler.SqlSchema.Derived;
import io.dealgraph.compiler.SqlSchema.Embedded;
import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Grouped;
import io.dealgraph.compiler.SqlSchema.Grouping;
import io.dealgraph.compiler.SqlSchema.OneOf;
import io.dealgraph.compiler.SqlSchema.RootAggregate;
import io.dealgraph.compiler.SqlSchema.RootConnection;
import io.dealgraph.compiler.SqlSchema.RootObject;
import io.dealgraph.compiler.SqlSchema.Table;
import io.dealgraph.compiler.SqlSchema.ToMany;
import io.dealgraph.compiler.SqlSchema.ToOne;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.compiler.SqlSchema.Value;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Renderer;
import io.dealgraph.compiler.sql.Select;
import io.dealgraph.compiler.sql.Sql;

import static io.dealgraph.compiler.sql.Sql.sql;

/**
 * Has the database check, at start-up and as the role that serves queries, what the declarations
 * read: each field's expression over its type's rows, each relation's condition and order, each
 * connection's conditions with every argument given, its order and asOf, each root field's rows,
 * and each aggregate and grouping. Each is planned ({@code explain}) on its own, so an unknown
 * column, a type mismatch or a table the role cannot read is named by its type and field. A
 * column the schema says is never null must be NOT NULL in its table, since the compiler does not
 * guard it.
 */
final class DatabaseCheck {

	private final SqlSchema declarations;

	private final GraphQLSchema schema;

	private final Connection connection;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> checked = new HashSet<>();

	private DatabaseCheck(SqlSchema declarations, GraphQLSchema schema, Connection connection) {
		this.declarations = declarations;
		this.schema = schema;
		this.connection = connection;
	}

	static List<String> problems(SqlSchema declarations, GraphQLSchema schema, DataSource database) {
		try (Connection connection = database.getConnection()) {
			DatabaseCheck check = new DatabaseCheck(declarations, schema, connection);
			check.run();
			return List.copyOf(check.problems);
		}
		catch (SQLException ex) {
			return List.of("the database could not be asked: " + ex.getMessage());
		}
	}

	private void run() throws SQLException {
		for (Map.Entry<String, SqlSchema.Root> root : this.declarations.roots().entrySet()) {
			if (this.schema.getQueryType().getFieldDefinition(root.getKey()) != null) {
				root("Query." + root.getKey(), root.getValue());
			}
		}
		this.declarations.types().forEach((name, type) -> {
			if (type.rows() != null) {
				type(name, type, relation(type), name);
			}
		});
	}

	private <A> void root(String where, SqlSchema.Root root) {
		if (root instanceof RootObject<?> object) {
			rootObject(where, object);
		}
		else if (root instanceof RootConnection connection) {
			connection(where, connection.connection(), null, null);
		}
		else if (root instanceof RootAggregate aggregate) {
			aggregate(where, aggregate);
		}
	}

	private <A> void rootObject(String where, RootObject<A> object) {
		TypeSql type = this.declarations.typeOf(object.typeName());
		Row row = Row.of(new Alias("t"));
		A args = sample(object.arguments());
		explain(where, Select.select(sql("1")).from(relation(type), row.alias()).where(object.condition().apply(row, args))
			.orderBy(object.order().apply(row)).sql());
	}

	@SuppressWarnings("unchecked")
	private <A> void aggregate(String where, RootAggregate aggregate) {
		ConnectionSql<A> rows = (ConnectionSql<A>) aggregate.rows();
		A args = sample(rows.arguments);
		TypeSql type = this.declarations.typeOf(aggregate.typeName());
		for (Map.Entry<String, FieldSql> field : type.fields().entrySet()) {
			String at = aggregate.typeName() + "." + field.getKey();
			Row q = Row.of(new Alias("q"));
			if (field.getValue() instanceof AggregateValue<?> value) {
				explain(at, select(Select.select(aggregateValue(value, q, args)).from(relation(rows, args), q.alias()), rows, q, null, args)
					.groupBy(List.of())
					.sql());
			}
			else if (field.getValue() instanceof Grouped<?> grouped) {
				Grouping grouping = grouping(grouped, q, args);
				Select groups = select(Select.select(grouping.columns()).from(relation(rows, args), q.alias()), rows, q, null, args)
					.where(grouping.condition())
					.groupBy(grouping.keys());
				if (grouping.having() != null) {
					groups.having(grouping.having());
				}
				TypeSql target = this.declarations.typeOf(grouped.typeName());
				Row group = Row.of(new Alias("g"));
				explain(at, Select.select(sql("1")).from(groups.subquery(), group.alias()).orderBy(grouped.order().apply(group)).sql());
				type(grouped.typeName(), target, groups.subquery(), at);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <A> Sql aggregateValue(AggregateValue<?> value, Row q, A args) {
		return ((AggregateValue<A>) value).expression().apply(q, args);
	}

	@SuppressWarnings("unchecked")
	private static <A> Grouping grouping(Grouped<?> grouped, Row q, A args) {
		return ((Grouped<A>) grouped).grouping().apply(q, args);
	}

	/** The fields of a type over rows of it; a table type's once, a type of a query's rows once per query. */
	private void type(String name, TypeSql type, Sql relation, String where) {
		if (!this.checked.add(name + "@" + where)) {
			return;
		}
		GraphQLObjectType object = (GraphQLObjectType) this.schema.getType(name);
		for (Map.Entry<String, FieldSql> field : type.fields().entrySet()) {
			String at = name + "." + field.getKey();
			Row row = Row.of(new Alias("t"));
			FieldSql sql = field.getValue();
			if (sql instanceof Column column && type.rows() instanceof Table table) {
				notNull(at, object.getFieldDefinition(field.getKey()), table.name(), column.column());
			}
			if (sql instanceof Embedded embedded) {
				Row prefixed = row.prefixed(embedded.prefix());
				List<Sql> columns = new ArrayList<>();
				columns.add(embedded.nullWhen().apply(prefixed));
				this.declarations.typeOf(embedded.typeName()).fields().values().forEach(inner -> {
					Sql value = value(inner, prefixed);
					if (value != null) {
						columns.add(value);
					}
				});
				explain(at, Select.select(columns).from(relation, row.alias()).sql());
			}
			else if (sql instanceof ToOne toOne) {
				related(at, relation, row, toOne.typeName(), toOne.condition(), null);
			}
			else if (sql instanceof ToMany<?> toMany) {
				related(at, relation, row, toMany.typeName(), filtered(toMany), toMany.order());
			}
			else if (sql instanceof OneOf oneOf) {
				for (String target : oneOf.types().values()) {
					Row child = Row.of(new Alias("c"));
					explain(at, Select.select(oneOf.discriminator().apply(row)).from(relation, row.alias())
						.join(relation(this.declarations.typeOf(target)), child.alias(), Sql.eq(child.col("id"), oneOf.id().apply(row)))
						.sql());
				}
			}
			else if (sql instanceof ConnectionSql<?> connection) {
				connection(at, connection, relation, row);
			}
			else {
				Sql value = value(sql, row);
				if (value != null) {
					explain(at, Select.select(value).from(relation, row.alias()).sql());
				}
			}
		}
	}

	/** A value's expression over the row; null for what is no value of a row. */
	private Sql value(FieldSql sql, Row row) {
		if (sql instanceof Column column) {
			return row.col(column.column());
		}
		if (sql instanceof Value value) {
			return value.expression().apply(row);
		}
		if (sql instanceof ArgumentValue<?> value) {
			return argumentValue(value, row);
		}
		return null;
	}

	private <A> Sql argumentValue(ArgumentValue<A> value, Row row) {
		return value.expression().apply(row, sample(value.arguments()));
	}

	/** A list's relation, and its filter for a value of every argument. */
	private static <A> SqlSchema.Relation filtered(ToMany<A> toMany) {
		A args = sample(toMany.arguments());
		return (child, parent) -> {
			Sql filter = toMany.filter().apply(child, args);
			Sql condition = toMany.condition().of(child, parent);
			return filter == null ? condition : Sql.and(List.of(condition, filter));
		};
	}

	private void related(String where, Sql relation, Row row, String typeName, SqlSchema.Relation condition,
			SqlSchema.Relation order) {
		Row child = Row.of(new Alias("c"));
		Select select = Select.select(sql("1")).from(relation, row.alias())
			.join(relation(this.declarations.typeOf(typeName)), child.alias(), condition.of(child, row));
		if (order != null) {
			select.orderBy(List.of(order.of(child, row)));
		}
		explain(where, select.sql());
	}

	/** A connection's rows with every argument given, its order, asOf, refusals and own fields, under a parent's row. */
	private <A> void connection(String where, ConnectionSql<A> declared, Sql parentRelation, Row parent) {
		A args = sample(declared.arguments);
		Row q = Row.of(new Alias("q"));
		Select select = rows(declared, q, parent, args);
		if (parentRelation != null) {
			select = select(Select.select(sql("1")).from(parentRelation, parent.alias()).join(relation(declared, args),
					q.alias(), declared.parent == null ? Sql.TRUE : declared.parent.of(q, parent)), declared, q, parent, args);
		}
		Order order = declared.order.apply(args);
		if (order != null) {
			select.orderBy(order.keys().stream().map(key -> key.sortExpression(q)).toList());
		}
		explain(where, select.sql());
		for (Refusal<A, ?> refusal : declared.refusals) {
			Sql query = refusal.query(args);
			if (query != null) {
				explain(where + " (its check)", query);
			}
		}
		for (Map.Entry<String, BiFunction<Sql, A, Sql>> own : declared.fields.entrySet()) {
			explain(where + "." + own.getKey(), sql("select ", own.getValue().apply(sql("0"), args)));
		}
		if (declared.typeName != null && declared.rows != null) {
			type(declared.typeName, this.declarations.typeOf(declared.typeName), Sql.subquery(declared.rows.apply(args)), where);
		}
	}

	/** {@code select 1 from <rows> q [join timing] where <conditions>}, with no parent. */
	private <A> Select rows(ConnectionSql<A> declared, Row q, Row parent, A args) {
		return select(Select.select(sql("1")).from(relation(declared, args), q.alias()), declared, q, parent, args);
	}

	/** The connection's filters and asOf, added to a select over its rows ({@code q}). */
	private static <A> Select select(Select select, ConnectionSql<A> declared, Row q, Row parent, A args) {
		for (Filter<A, ?> filter : declared.filters) {
			Sql condition = filter.on(q, parent, args);
			if (condition != null) {
				select.where(condition);
			}
		}
		if (declared.asOf != null) {
			Row x = Row.of(new Alias("x"));
			Timing timing = declared.asOf.timing();
			select.join(timing.relation(), x.alias(), timing.joins(x, q))
				.where(sql(timing.state(x, Sql.cast(Sql.value(declared.asOf.day().apply(args)), "date")), " <> 'FALSE'"));
		}
		return select;
	}

	private <A> Sql relation(ConnectionSql<A> declared, A args) {
		return declared.rows != null ? Sql.subquery(declared.rows.apply(args)) : relation(this.declarations.typeOf(declared.typeName));
	}

	private static Sql relation(TypeSql type) {
		if (type.rows() instanceof Table table) {
			return Sql.relation(table.name());
		}
		if (type.rows() instanceof SqlSchema.View view) {
			return Sql.relation(view.name());
		}
		return Sql.subquery(((Derived) type.rows()).query());
	}

	/** A column the schema says is never null must be NOT NULL in its table. */
	private void notNull(String where, GraphQLFieldDefinition field, String table, String column) {
		if (field == null || !(field.getType() instanceof GraphQLNonNull)) {
			return;
		}
		try (PreparedStatement statement = this.connection.prepareStatement(
				"select is_nullable from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name = ?")) {
			statement.setString(1, table);
			statement.setString(2, column);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					this.problems.add(where + " reads " + table + "." + column + ", which does not exist");
				}
				else if (!"NO".equals(rows.getString(1))) {
					this.problems.add(where + " is never null in the schema but " + table + "." + column + " may be null");
				}
			}
		}
		catch (SQLException ex) {
			this.problems.add(where + ": " + message(ex));
		}
	}

	/** Plans the statement; what the database refuses is a problem named by where it was declared. */
	private void explain(String where, Sql sql) {
		Renderer.Rendered statement = Renderer.render(sql("explain ", sql), Integer.MAX_VALUE, Short.MAX_VALUE);
		try (PreparedStatement prepared = this.connection.prepareStatement(statement.text())) {
			for (int i = 0; i < statement.params().size(); i++) {
				prepared.setObject(i + 1, statement.params().get(i));
			}
			prepared.executeQuery().close();
		}
		catch (SQLException ex) {
			this.problems.add(where + ": " + message(ex));
		}
	}

	private static String message(SQLException ex) {
		String message = ex.getMessage() == null ? ex.getSQLState() : ex.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	private static <A> A sample(Class<A> type) {
		return type == ConnectionSql.NoArguments.class ? type.cast(new ConnectionSql.NoArguments()) : type.cast(Samples.of(type));
	}

}
