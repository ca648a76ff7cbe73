package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLSchema;
import io.dealgraph.compiler.SqlSchema.Computed;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.compiler.SqlSchema.Embedded;
import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Grouped;
import io.dealgraph.compiler.SqlSchema.RootAggregate;
import io.dealgraph.compiler.SqlSchema.OneOf;
import io.dealgraph.compiler.SqlSchema.RootConnection;
import io.dealgraph.compiler.SqlSchema.RootEntities;
import io.dealgraph.compiler.SqlSchema.RootNodes;
import io.dealgraph.compiler.SqlSchema.RootObject;
import io.dealgraph.compiler.SqlSchema.ToMany;
import io.dealgraph.compiler.SqlSchema.ToOne;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.compiler.SqlSchema.Value;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.Cursor;
import io.dealgraph.graphql.GlobalId;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.PageRequest;

/**
 * Compiles one root field of a normalized operation into one SQL statement whose single value is
 * the field's JSON, written by PostgreSQL exactly as the response reads: objects with
 * {@code row_to_json} over a subselect whose columns are the selection's response keys in order,
 * lists with {@code string_agg} of those objects, to-one relations as correlated subqueries, and
 * each connection as a keyset page per parent ({@code where <past the cursor> order by <keys>
 * limit first + 1}), counted only when {@code totalCount} is selected. Every argument is a bind
 * parameter, so the statement's text depends only on the selection's shape.
 */
final class Compiler {

	/** PostgreSQL truncates longer identifiers; a response key must survive as a column name. */
	private static final int MAX_KEY_LENGTH = 63;

	private final SqlSchema schema;

	Compiler(SqlSchema schema) {
		this.schema = schema;
	}

	/**
	 * {@code select (<json>)::text}: one row, one column, the field's JSON (SQL null for null), and
	 * the client mistakes its arguments make, each standing in the JSON as a marker where its
	 * field's value would be.
	 */
	Statement compile(ExecutableNormalizedField root, Operation operation) {
		Scope scope = new Scope(operation);
		Fragment json;
		try {
			json = rootJson(root, operation, scope);
		}
		catch (BadInputException ex) {
			json = scope.refuse(root, ex);
		}
		return new Statement(new Fragment().sql("select (").add(json).sql(")::text"), List.copyOf(scope.errors));
	}

	private Fragment rootJson(ExecutableNormalizedField root, Operation operation, Scope scope) {
		Fragment json = new Fragment();
		SqlSchema.Root declared = this.schema.root(root.getName());
		if (declared instanceof RootObject object) {
			Object value = root.getResolvedArguments().get(object.argument());
			if (value == null || root.getResolvedArguments().size() != 1) {
				throw new NotCompilable(root.getName() + ": arguments");
			}
			TypeSql type = typeOf(object.typeName());
			String alias = scope.next("t");
			json.add(oneRow(object(type, alias, root.getChildren(), scope), type.table(), alias,
					bound(object.condition().replace("{t}", alias), object.value().apply(value))));
		}
		else if (declared instanceof RootConnection connection) {
			json.add(connection(connection.connection(), null, root, scope));
		}
		else if (declared instanceof RootAggregate aggregate) {
			Map<String, Object> args = root.getResolvedArguments();
			ConnectionSql rows = aggregate.rows();
			checkArguments(rows, root, aggregate.arguments());
			prepareArguments(rows, root);
			TypeSql type = typeOf(aggregate.typeName());
			scope.aggregate = rows;
			scope.rootArgs = args;
			// group by (): one row whatever is selected, aggregates or only the groups' list.
			Fragment from = rowsOf(rows, rowType(rows), null, args).sql(" group by ()");
			json.add(record(root.getChildren(), scope, field -> field(type, "q", field, scope), from));
		}
		else if (declared instanceof RootNodes nodes) {
			Object value = root.getResolvedArguments().get(nodes.argument());
			if (!nodes.list()) {
				json.add(node((String) value, nodes.argument(), root, operation, scope));
			}
			else {
				List<?> ids = (List<?>) value;
				if (ids.size() > PageRequest.MAX_SIZE) {
					throw new BadInputException(nodes.argument(),
							"may hold at most " + PageRequest.MAX_SIZE + " ids, got " + ids.size());
				}
				for (Object id : ids) {
					nodeType((String) id, nodes.argument(), operation.schema());
				}
				List<Fragment> items = new ArrayList<>();
				for (Object id : ids) {
					items.add(node((String) id, nodes.argument(), root, operation, scope));
				}
				json.add(nullableItems(items));
			}
		}
		else if (declared instanceof RootEntities entities) {
			// As Spring's @EntityMapping methods found them: each representation's type, by the slug of its id.
			List<Fragment> items = new ArrayList<>();
			for (Object item : (List<?>) root.getResolvedArguments().get(entities.argument())) {
				Map<?, ?> representation = item instanceof Map<?, ?> map ? map : Map.of();
				String typeName = String.valueOf(representation.get("__typename"));
				if (!(operation.schema().getType(typeName) instanceof GraphQLObjectType objectType)
						|| !(operation.schema().getType("_Entity") instanceof graphql.schema.GraphQLUnionType entityUnion
								&& entityUnion.isPossibleType(objectType))
						|| this.schema.typeOf(typeName) == null || typeOf(typeName).table() == null) {
					throw new BadInputException(entities.argument(), "names no entity type of this API: '" + typeName + "'");
				}
				String slug = GlobalId.decode(entities.argument() + ".id", String.valueOf(representation.get("id"))).slug();
				items.add(row(objectType, slug, root, operation, scope));
			}
			json.add(nullableItems(items));
		}
		else {
			throw new NotCompilable("no root field " + root.getName());
		}
		return json;
	}

	/**
	 * The type a global id names, refusing ids that are not ours, or of a type
	 * that is no Node.
	 */
	private static GraphQLObjectType nodeType(String id, String argument, GraphQLSchema schema) {
		GlobalId globalId = GlobalId.decode(argument, id);
		if (!(schema.getType(globalId.type()) instanceof GraphQLObjectType objectType)
				|| objectType.getInterfaces().stream().noneMatch(i -> i.getName().equals("Node"))) {
			throw new BadInputException(argument, "is not a dealgraph id: it names no type of this API");
		}
		return objectType;
	}

	/**
	 * The object a global id names: its type's row by slug, with the part of the selection that
	 * applies to that type.
	 */
	private Fragment node(String id, String argument, ExecutableNormalizedField root, Operation operation, Scope scope) {
		return row(nodeType(id, argument, operation.schema()), GlobalId.decode(argument, id).slug(), root, operation, scope);
	}

	/** The row of an object type with this slug, with the part of the abstract field's selection that applies to it. */
	private Fragment row(GraphQLObjectType objectType, String slug, ExecutableNormalizedField root, Operation operation,
			Scope scope) {
		TypeSql type = typeOf(objectType.getName());
		if (type.table() == null) {
			throw new NotCompilable(root.getName() + ": no table for " + type.name());
		}
		List<ExecutableNormalizedField> selection = selectionFor(root, objectType, operation);
		String alias = scope.next("t");
		return oneRow(object(type, alias, selection, scope), type.table(), alias, bound(alias + ".slug = ?", slug));
	}

	/** A JSON list of objects, each of which may be null. */
	private static Fragment nullableItems(List<Fragment> items) {
		Fragment json = new Fragment().sql("('['");
		for (int i = 0; i < items.size(); i++) {
			json.sql(i > 0 ? " || ',' || " : " || ").sql("coalesce(").add(items.get(i)).sql("::text, 'null')");
		}
		return json.sql(" || ']')::json");
	}

	/** {@code (select <object> from <table> <alias> where <condition> limit 1)}: one row's object, or null. */
	private static Fragment oneRow(Fragment object, String table, String alias, Fragment condition) {
		return new Fragment().sql("(select ").add(object).sql(" from ").sql(table).sql(" ").sql(alias).sql(" where ")
			.add(condition).sql(" limit 1)");
	}

	/** {@code (select '[' || <objects, in order, comma-separated> || ']' from ...)}: a JSON list, empty when no row is. */
	private static Fragment list(Fragment object, String order, Fragment rows) {
		return new Fragment().sql("(select ('[' || coalesce(string_agg(").add(object).sql("::text, ',' order by ")
			.sql(order).sql("), '') || ']')::json").add(rows).sql(")");
	}

	/**
	 * The part of an abstract field's selection that applies to one of its types, in the order
	 * graphql-java collects the fields for that type: normalizing merges a key that several type
	 * conditions select at its first place, whichever type that was for.
	 */
	private static List<ExecutableNormalizedField> selectionFor(ExecutableNormalizedField field, GraphQLObjectType type,
			Operation operation) {
		List<String> keys = operation.collect(field, type);
		return field.getChildren()
			.stream()
			.filter(child -> child.getObjectTypeNames().contains(type.getName()))
			.sorted(java.util.Comparator.comparingInt(child -> {
				int at = keys.indexOf(child.getResultKey());
				if (at < 0) {
					throw new NotCompilable(field.getName() + ": a key graphql-java does not collect");
				}
				return at;
			}))
			.toList();
	}

	/** A condition written with {@code ?} for the value, at each place it is bound. */
	private static Fragment bound(String condition, Object value) {
		Object bound = value instanceof List<?> list ? list.stream().map(String::valueOf).toArray(String[]::new) : value;
		return bound(condition, at -> bound);
	}

	/** A condition written with {@code ?}, the value of each place given by its number (0, 1, …). */
	private static Fragment bound(String condition, java.util.function.IntFunction<Object> value) {
		Fragment sql = new Fragment();
		int from = 0;
		int place = 0;
		for (int at = condition.indexOf('?'); at >= 0; at = condition.indexOf('?', from)) {
			sql.sql(condition.substring(from, at)).bind(value.apply(place++));
			from = at + 1;
		}
		return sql.sql(condition.substring(from));
	}

	/** The type whose table a declaration's rows come from; none for rows of a query. */
	private TypeSql rowType(ConnectionSql rows) {
		return rows.source() != null ? null : typeOf(rows.typeName());
	}

	private TypeSql typeOf(String name) {
		TypeSql type = this.schema.typeOf(name);
		if (type == null) {
			throw new NotCompilable("no declaration of type " + name);
		}
		return type;
	}

	/** {@code (select row_to_json(r) from (select <field> as "<key>", ...) r)} over the row {@code alias}. */
	private Fragment object(TypeSql type, String alias, List<ExecutableNormalizedField> selection, Scope scope) {
		return record(selection, scope, field -> field(type, alias, field, scope));
	}

	/** A JSON object of the selection's keys in order, each value the column the function gives. */
	private static Fragment record(List<ExecutableNormalizedField> selection, Scope scope,
			Function<ExecutableNormalizedField, Fragment> column) {
		return record(selection, scope, column, new Fragment());
	}

	/** The same, its columns selected from the rows {@code from} gives ({@code " from ... where ..."}). */
	private static Fragment record(List<ExecutableNormalizedField> selection, Scope scope,
			Function<ExecutableNormalizedField, Fragment> column, Fragment from) {
		if (selection.isEmpty()) {
			// Fragments that all apply to other types: an empty object, as graphql-java answers it.
			return new Fragment().sql("'{}'::json");
		}
		String record = scope.next("r");
		Fragment sql = new Fragment().sql("(select ").sql(jsonOf(record, selection)).sql(" from (select ");
		for (int i = 0; i < selection.size(); i++) {
			sql.sql(i > 0 ? ", " : "").add(column.apply(selection.get(i))).sql(" as ").sql(column(selection, i));
		}
		return sql.add(from).sql(") ").sql(record).sql(")");
	}

	/** A field's value; one whose arguments are a client mistake answers null and the error. */
	private Fragment field(TypeSql type, String alias, ExecutableNormalizedField field, Scope scope) {
		try {
			return fieldSql(type, alias, field, scope);
		}
		catch (BadInputException ex) {
			return scope.refuse(field, ex);
		}
	}

	private Fragment fieldSql(TypeSql type, String alias, ExecutableNormalizedField field, Scope scope) {
		if (field.getName().equals("__typename")) {
			return new Fragment().sql("'").sql(type.name()).sql("'::text");
		}
		FieldSql declared = type.field(field.getName());
		if (declared == null) {
			throw new NotCompilable("no declaration of " + type.name() + "." + field.getName());
		}
		Map<String, Object> args = field.getResolvedArguments();
		if (declared instanceof Value value && value.argument() != null) {
			Object argument = args.get(value.argument());
			if (argument == null || args.size() != 1) {
				throw new NotCompilable(type.name() + "." + field.getName() + ": arguments");
			}
			return bound(value.expression().replace("{t}", alias), argument);
		}
		if (!(declared instanceof ConnectionSql) && !args.isEmpty()) {
			throw new NotCompilable(type.name() + "." + field.getName() + ": arguments");
		}
		if (declared instanceof Value value) {
			return new Fragment().sql(value.expression().replace("{t}", alias));
		}
		if (declared instanceof Computed computed) {
			if (scope.aggregate == null) {
				throw new NotCompilable(type.name() + "." + field.getName() + ": a computed value outside an aggregate");
			}
			return new Fragment().sql(computed.expression().apply(scope.rootArgs).replace("{t}", alias));
		}
		if (declared instanceof Embedded embedded) {
			TypeSql prefixed = prefixed(typeOf(embedded.typeName()), embedded.prefix());
			return new Fragment().sql("(case when ")
				.sql(embedded.nullWhen().replace("{t}", alias).replace("{p}", embedded.prefix()))
				.sql(" then null else ")
				.add(object(prefixed, alias, field.getChildren(), scope))
				.sql(" end)");
		}
		if (declared instanceof ToOne toOne) {
			TypeSql target = typeOf(toOne.typeName());
			String child = scope.next("c");
			return oneRow(object(target, child, field.getChildren(), scope), target.table(), child,
					new Fragment().sql(toOne.condition().replace("{c}", child).replace("{t}", alias)));
		}
		if (declared instanceof OneOf oneOf) {
			GraphQLSchema graphQlSchema = scope.operation.schema();
			Fragment sql = new Fragment().sql("(case ").sql(oneOf.discriminator().replace("{t}", alias));
			for (Map.Entry<String, String> branch : new java.util.TreeMap<>(oneOf.types()).entrySet()) {
				TypeSql target = typeOf(branch.getValue());
				String child = scope.next("c");
				List<ExecutableNormalizedField> selection = selectionFor(field,
						(GraphQLObjectType) graphQlSchema.getType(branch.getValue()), scope.operation);
				sql.sql(" when '").sql(branch.getKey()).sql("' then ").add(oneRow(object(target, child, selection, scope),
						target.table(), child, new Fragment().sql(child + ".id = " + oneOf.id().replace("{t}", alias))));
			}
			return sql.sql(" end)");
		}
		if (declared instanceof Grouped grouped) {
			if (scope.aggregate == null) {
				throw new NotCompilable(type.name() + "." + field.getName() + ": groups outside an aggregate");
			}
			TypeSql target = typeOf(grouped.typeName());
			String group = scope.next("g");
			ConnectionSql rows = scope.aggregate;
			Map<String, Object> rootArgs = scope.rootArgs;
			Fragment groups = new Fragment().sql(" from (select ").sql(grouped.columns().apply(rootArgs))
				.add(rowsOf(rows, rowType(rows), null, rootArgs)).sql(" and ").sql(grouped.condition())
				.sql(" group by ").sql(grouped.groupBy().apply(rootArgs)).sql(") ").sql(group);
			return list(object(target, group, field.getChildren(), scope), grouped.order().replace("{t}", group), groups);
		}
		if (declared instanceof ToMany toMany) {
			TypeSql target = typeOf(toMany.typeName());
			String child = scope.next("c");
			Fragment rows = new Fragment().sql(" from ").sql(target.table()).sql(" ").sql(child).sql(" ")
				.sql(toMany.join().replace("{c}", child)).sql(" where ")
				.sql(toMany.condition().replace("{c}", child).replace("{t}", alias));
			return list(object(target, child, field.getChildren(), scope),
					toMany.order().replace("{c}", child).replace("{t}", alias), rows);
		}
		return connection((ConnectionSql) declared, alias, field, scope);
	}

	/** An embedded type's fields with the prefix filled in. */
	private static TypeSql prefixed(TypeSql type, String prefix) {
		TypeSql copy = new TypeSql(type.name(), null);
		type.fields().forEach((name, field) -> {
			if (field instanceof Value value) {
				copy.fields().put(name, new Value(value.expression().replace("{p}", prefix), value.argument()));
			}
		});
		return copy;
	}

	/**
	 * A connection's JSON: the page's rows (first + 1, past the cursor, in the order's keys) are
	 * numbered; the connection's fields read aggregates of them, and {@code totalCount} and
	 * {@code hasPreviousPage} their own subqueries.
	 */
	private Fragment connection(ConnectionSql declared, String parent, ExecutableNormalizedField field, Scope scope) {
		Map<String, Object> args = field.getResolvedArguments();
		TypeSql type = typeOf(declared.typeName());
		checkArguments(declared, field, Set.of("first", "after"));
		// The checks in the order the resolvers made them: the page, the order, the declaration's own, the cursor.
		PageRequest page = PageRequest.of((Integer) args.get("first"), (String) args.get("after"));
		Order order = declared.order().apply(args);
		prepareArguments(declared, field);
		Cursor cursor = page.after();
		if (cursor != null && (!cursor.order().equals(order.name()) || cursor.values().size() != order.keys().size())) {
			throw new BadInputException("after", "was returned under a different orderBy than " + order.name());
		}
		for (int i = 0; cursor != null && i < order.keys().size(); i++) {
			if (!order.keys().get(i).accepts(cursor.values().get(i))) {
				throw new BadInputException("after", "is not a cursor returned by this API");
			}
		}

		String rows = scope.next("t");
		String numbered = scope.next("n");
		String aggregate = scope.next("a");
		String record = scope.next("z");
		String direction = order.descending() ? " desc" : "";

		// The order's name is bound, not written: a literal such as 'ANNOUNCED:ASC' reads as a variable to pgbench.
		StringBuilder cursorSql = new StringBuilder("dg_cursor(cast(? as text), array[");
		for (int i = 0; i < order.keys().size(); i++) {
			cursorSql.append(i > 0 ? ", " : "").append(rows).append(".sort_").append(i).append("::text");
		}
		cursorSql.append("]::text[], ").append(rows).append(".id)");

		List<ExecutableNormalizedField> lists = new ArrayList<>();
		Fragment perRow = new Fragment();
		Fragment aggregates = new Fragment().sql("count(*) as fetched, (array_agg(").sql(numbered).sql(".cursor order by ")
			.sql(numbered).sql(".ord) filter (where ").sql(numbered).sql(".ord <= ").bind(page.first()).sql(")) as cursors");
		Fragment outer = new Fragment();
		boolean firstField = true;
		for (ExecutableNormalizedField child : field.getChildren()) {
			if (!firstField) {
				outer.sql(", ");
			}
			firstField = false;
			switch (child.getName()) {
				case "__typename" -> outer.add(typeNameOf(child));
				case "totalCount" -> outer.sql("(select count(*)").add(rowsOf(declared, type, parent, args)).sql(")");
				case "nodes", "edges" -> {
					String column = "l" + lists.size();
					lists.add(child);
					perRow.sql(", ");
					if (child.getName().equals("nodes")) {
						perRow.add(object(type, rows, child.getChildren(), scope));
					}
					else {
						perRow.add(edge(type, rows, child, bound(cursorSql.toString(), order.name()), asOf(declared, args) != null, scope));
					}
					perRow.sql(" as ").sql(column);
					aggregates.sql(", string_agg(").sql(numbered).sql(".").sql(column).sql("::text, ',' order by ")
						.sql(numbered).sql(".ord) filter (where ").sql(numbered).sql(".ord <= ").bind(page.first())
						.sql(") as ").sql(column);
					outer.sql("('[' || coalesce(").sql(aggregate).sql(".").sql(column).sql(", '') || ']')::json");
				}
				case "pageInfo" -> outer.add(pageInfo(declared, type, parent, args, order, cursor, page, aggregate, child, scope));
				default -> {
					SqlSchema.PageField own = declared.fields().get(child.getName());
					if (own == null || !child.getResolvedArguments().isEmpty()) {
						throw new NotCompilable("no connection field " + child.getName());
					}
					outer.add(bound(own.expression().replace("{fetched}", aggregate + ".fetched"), own.value().apply(args)));
				}
			}
			outer.sql(" as ").sql(column(field.getChildren(), field.getChildren().indexOf(child)));
		}

		Fragment pageRows = new Fragment().sql("select q.*");
		for (int i = 0; i < order.keys().size(); i++) {
			pageRows.sql(", ").sql(order.keys().get(i).sortExpression()).sql(" as sort_").sql(String.valueOf(i));
		}
		if (asOf(declared, args) != null) {
			pageRows.sql(", ").add(bound(IN_FORCE, asOf(declared, args))).sql(" as in_force");
		}
		pageRows.add(rowsOf(declared, type, parent, args));
		if (cursor != null) {
			pageRows.sql(" and ").add(past(order, cursor));
		}
		pageRows.sql(" order by ");
		for (int i = 0; i < order.keys().size(); i++) {
			pageRows.sql(order.keys().get(i).sortExpression()).sql(direction).sql(", ");
		}
		pageRows.sql("q.id").sql(direction).sql(" limit ").bind(page.first() + 1);

		Fragment sortOrder = new Fragment();
		for (int i = 0; i < order.keys().size(); i++) {
			sortOrder.sql(rows).sql(".sort_").sql(String.valueOf(i)).sql(direction).sql(", ");
		}
		sortOrder.sql(rows).sql(".id").sql(direction);

		Fragment json = new Fragment().sql("(select ").sql(jsonOf(record, field.getChildren())).sql(" from (select ").add(outer)
			.sql(" from (select ").add(aggregates)
			.sql(" from (select row_number() over (order by ").add(sortOrder).sql(") as ord, ")
			.add(bound(cursorSql.toString(), order.name())).sql(" as cursor").add(perRow)
			.sql(" from (").add(pageRows).sql(") ").sql(rows).sql(") ").sql(numbered).sql(") ").sql(aggregate)
			.sql(") ").sql(record).sql(")");
		for (SqlSchema.Refusal refusal : declared.refusals()) {
			Object value = argumentValue(args, refusal.argument());
			if (value != null) {
				json = scope.refuseWhen(field, bound(refusal.offending(), value), refusal.error(), json);
			}
		}
		return json;
	}

	/** {@code " from <rows> where <conditions>"}: the rows a connection declaration selects for these arguments. */
	private static Fragment rowsOf(ConnectionSql declared, TypeSql type, String parent, Map<String, Object> args) {
		return new Fragment().sql(" from ").add(from(declared, type, args)).sql(" where ").add(conditions(declared, parent, args));
	}

	/**
	 * The declaration's own checks of the arguments, and its source's preparation of its argument:
	 * what they refuse ({@link BadInputException}) is the field's error.
	 */
	private static void prepareArguments(ConnectionSql declared, ExecutableNormalizedField field) {
		Map<String, Object> args = field.getResolvedArguments();
		declared.check().accept(args);
		if (declared.source() != null && declared.source().argument() != null) {
			declared.source().value().apply(args.get(declared.source().argument()));
		}
	}

	/** Every argument given is one the declaration knows (with {@code extra}), members of input objects included. */
	private static void checkArguments(ConnectionSql declared, ExecutableNormalizedField field, Set<String> extra) {
		Set<String> known = new java.util.HashSet<>(extra);
		for (String argument : declared.arguments().keySet()) {
			known.add(argument.contains(".") ? argument.substring(0, argument.indexOf('.')) : argument);
		}
		for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
			if (argument.getValue() != null && !known.contains(argument.getKey())) {
				throw new NotCompilable(field.getName() + ": argument " + argument.getKey());
			}
			if (argument.getValue() instanceof Map<?, ?> members && !"".equals(declared.arguments().get(argument.getKey()))) {
				for (Map.Entry<?, ?> member : members.entrySet()) {
					if (member.getValue() != null
							&& !declared.arguments().containsKey(argument.getKey() + "." + member.getKey())) {
						throw new NotCompilable(field.getName() + ": argument " + argument.getKey() + "." + member.getKey());
					}
				}
			}
		}
	}

	private Fragment edge(TypeSql type, String rows, ExecutableNormalizedField edges, Fragment cursor, boolean asOf,
			Scope scope) {
		return record(edges.getChildren(), scope, child -> switch (child.getName()) {
			case "__typename" -> typeNameOf(child);
			case "node" -> object(type, rows, child.getChildren(), scope);
			case "cursor" -> cursor;
			case "inForce" -> new Fragment().sql(asOf ? rows + ".in_force" : "null::text");
			default -> throw new NotCompilable("no edge field " + child.getName());
		});
	}

	private Fragment pageInfo(ConnectionSql declared, TypeSql type, String parent, Map<String, Object> args, Order order,
			Cursor cursor, PageRequest page, String aggregate, ExecutableNormalizedField info, Scope scope) {
		return record(info.getChildren(), scope, child -> switch (child.getName()) {
			case "__typename" -> typeNameOf(child);
			case "hasNextPage" -> new Fragment().sql(aggregate).sql(".fetched > ").bind(page.first());
			case "hasPreviousPage" -> cursor == null ? new Fragment().sql("false")
					: new Fragment().sql("exists (select 1").add(rowsOf(declared, type, parent, args)).sql(" and not ")
						.add(past(order, cursor)).sql(")");
			case "startCursor" -> new Fragment().sql(aggregate).sql(".cursors[1]");
			case "endCursor" -> new Fragment().sql(aggregate).sql(".cursors[array_length(").sql(aggregate).sql(".cursors, 1)]");
			default -> throw new NotCompilable("no page info field " + child.getName());
		});
	}

	/** {@code in_force()} of the row's timing ({@code x}) on the day bound at {@code ?}, as {@code InForce} calls it. */
	private static final String IN_FORCE = "in_force(cast(? as date), x.start_earliest, x.start_latest, x.start_precision, "
			+ "x.end_earliest, x.end_latest, x.end_precision)";

	/** The day a connection is asked {@code asOf}, or null. */
	private static Object asOf(ConnectionSql declared, Map<String, Object> args) {
		return declared.timing() == null ? null : args.get("asOf");
	}

	/**
	 * The connection's rows as {@code q} (its table's, or its source query's), with their timing as
	 * {@code x} when asked asOf a day.
	 */
	private static Fragment from(ConnectionSql declared, TypeSql type, Map<String, Object> args) {
		Fragment sql = new Fragment();
		if (declared.source() != null && declared.source().argument() == null) {
			sql.sql("(").sql(declared.source().query()).sql(") q");
		}
		else if (declared.source() != null) {
			Object value = declared.source().value().apply(args.get(declared.source().argument()));
			sql.sql("(").add(bound(declared.source().query(), value)).sql(") q");
		}
		else {
			sql.sql(type.table()).sql(" q");
		}
		if (asOf(declared, args) != null) {
			sql.sql(" join ").sql(declared.timing().view()).sql(" x on x.").sql(declared.timing().idColumn()).sql(" = q.id");
		}
		return sql;
	}

	/** The connection's own condition on its parent and on the arguments given, over {@code q}. */
	private static Fragment conditions(ConnectionSql declared, String parent, Map<String, Object> args) {
		Fragment sql = new Fragment().sql(parent == null || declared.parentCondition() == null ? "true"
				: "(" + declared.parentCondition().replace("{t}", parent) + ")");
		declared.arguments().forEach((argument, condition) -> {
			Object value = argumentValue(args, argument);
			if (value != null && !condition.isEmpty()) {
				sql.sql(" and (").add(bound(parent == null ? condition : condition.replace("{t}", parent), value)).sql(")");
			}
		});
		for (SqlSchema.Condition combined : declared.combined()) {
			List<Object> values = combined.arguments().stream().map(argument -> argumentValue(args, argument)).toList();
			if (values.stream().anyMatch(java.util.Objects::nonNull)) {
				String text = parent == null ? combined.sql() : combined.sql().replace("{t}", parent);
				sql.sql(" and (").add(bound(text, values::get)).sql(")");
			}
		}
		Object day = asOf(declared, args);
		if (day != null) {
			sql.sql(" and ").add(bound(IN_FORCE, day)).sql(" <> 'FALSE'");
		}
		return sql;
	}

	/** An argument's value; an empty list counts as not given, as the resolvers take it. */
	private static Object argumentValue(Map<String, Object> args, String path) {
		int dot = path.indexOf('.');
		Object value = dot < 0 ? args.get(path)
				: args.get(path.substring(0, dot)) instanceof Map<?, ?> members ? members.get(path.substring(dot + 1)) : null;
		return value instanceof java.util.Collection<?> items && items.isEmpty() ? null : value;
	}

	/** Rows past the cursor: the sort keys and the id, as one row value. */
	private static Fragment past(Order order, Cursor cursor) {
		Fragment sql = new Fragment().sql("(");
		for (int i = 0; i < order.keys().size(); i++) {
			sql.sql(order.keys().get(i).sortExpression()).sql(", ");
		}
		sql.sql("q.id) ").sql(order.descending() ? "<" : ">").sql(" (");
		for (int i = 0; i < order.keys().size(); i++) {
			Order.SortKey key = order.keys().get(i);
			sql.sql("cast(").bind(cursor.values().get(i)).sql(" as ").sql(key.sqlType()).sql(")")
				.sql("text".equals(key.sqlType()) ? " collate \"C\"" : "").sql(", ");
		}
		return sql.bind(cursor.id()).sql(")");
	}

	/** {@code __typename} of a connection, edge or page info: the one object type the field is on. */
	private static Fragment typeNameOf(ExecutableNormalizedField field) {
		Set<String> names = field.getObjectTypeNames();
		if (names.size() != 1) {
			throw new NotCompilable("__typename of an abstract type");
		}
		return new Fragment().sql("'").sql(names.iterator().next()).sql("'::text");
	}

	/**
	 * The JSON object of a subselect's row whose columns are the selection's fields in order:
	 * {@code row_to_json}, its columns named by the response keys; or, when a key is longer than
	 * PostgreSQL keeps a column name, the same text concatenated key by key ({@code to_json} writes
	 * each value as {@code row_to_json} does).
	 */
	private static String jsonOf(String record, List<ExecutableNormalizedField> selection) {
		if (!hasLongKey(selection)) {
			return "row_to_json(" + record + ")";
		}
		StringBuilder json = new StringBuilder("('{' || ");
		for (int i = 0; i < selection.size(); i++) {
			json.append(i > 0 ? " || ',' || " : "").append("'\"").append(selection.get(i).getResultKey())
				.append("\":' || coalesce(to_json(").append(record).append(".c").append(i).append(")::text, 'null')");
		}
		return json.append(" || '}')::json").toString();
	}

	/** The column of the selection's i-th field: its response key, or {@code c<i>} when some key is too long. */
	private static String column(List<ExecutableNormalizedField> selection, int i) {
		return hasLongKey(selection) ? "c" + i : "\"" + selection.get(i).getResultKey() + "\"";
	}

	private static boolean hasLongKey(List<ExecutableNormalizedField> selection) {
		for (ExecutableNormalizedField field : selection) {
			if (field.getResultKey().length() > MAX_KEY_LENGTH) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether each level of the response from the root field down to this field's value may be
	 * null: a field's value, then each list's items. A field's error nulls the nearest such level.
	 */
	private static List<Boolean> nullable(ExecutableNormalizedField field, GraphQLSchema schema) {
		java.util.Deque<ExecutableNormalizedField> chain = new java.util.ArrayDeque<>();
		for (ExecutableNormalizedField f = field; f != null; f = f.getParent()) {
			chain.addFirst(f);
		}
		List<Boolean> levels = new ArrayList<>();
		for (ExecutableNormalizedField f : chain) {
			GraphQLType type = f.getType(schema);
			while (true) {
				boolean nonNull = type instanceof GraphQLNonNull;
				levels.add(!nonNull);
				type = nonNull ? ((GraphQLNonNull) type).getWrappedType() : type;
				if (!(type instanceof GraphQLList list)) {
					break;
				}
				type = list.getWrappedType();
			}
		}
		return List.copyOf(levels);
	}

	/** A root field's statement and the errors that may stand in its JSON. */
	record Statement(Fragment sql, List<FieldError> errors) {
	}

	/** The operation a root field belongs to, for collecting fields the way graphql-java executes them. */
	record Operation(ExecutableNormalizedOperation normalized, GraphQLSchema schema,
			Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {

		/** The response keys of the field's selection on one of its possible types, in execution order. */
		List<String> collect(ExecutableNormalizedField field, GraphQLObjectType type) {
			MergedField merged = this.normalized.getMergedField(field);
			if (merged == null) {
				throw new NotCompilable(field.getName() + ": no merged field");
			}
			FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
				.schema(this.schema)
				.objectType(type)
				.fragments(this.fragments)
				.variables(this.variables)
				.build();
			return new FieldCollector().collectFields(parameters, merged).getKeys();
		}

	}

	/** Fresh aliases for one statement, and the operation it is compiled from. */
	private static final class Scope {

		private final Operation operation;

		/** The client mistakes found, each standing as a marker in the statement's JSON. */
		private final List<FieldError> errors = new ArrayList<>();

		/** Inside a root aggregate: the rows it aggregates and the root field's arguments. */
		private ConnectionSql aggregate;

		private Map<String, Object> rootArgs;

		private int next;

		Scope(Operation operation) {
			this.operation = operation;
		}

		String next(String prefix) {
			return prefix + (++this.next);
		}

		/** The field answers its argument's error: a marker in its place, always. */
		Fragment refuse(ExecutableNormalizedField field, BadInputException ex) {
			return new Fragment().sql("'{\"" + FieldError.MARKER + "\":").sql(String.valueOf(error(field, value -> ex)))
				.sql("}'::json");
		}

		/**
		 * The field answers an error when {@code offending} (SQL, run with the statement) finds a
		 * value, which the error names; else its value.
		 */
		Fragment refuseWhen(ExecutableNormalizedField field, Fragment offending, Function<String, BadInputException> error,
				Fragment value) {
			String found = next("o");
			return new Fragment().sql("(select case when ").sql(found).sql(".v is null then ").add(value)
				.sql(" else json_build_object('" + FieldError.MARKER + "', ").sql(String.valueOf(error(field, error)))
				.sql(", 'value', ").sql(found).sql(".v) end from (select (").add(offending).sql(")::text as v) ").sql(found)
				.sql(")");
		}

		private int error(ExecutableNormalizedField field, Function<String, BadInputException> error) {
			MergedField merged = this.operation.normalized().getMergedField(field);
			this.errors.add(new FieldError(error, nullable(field, this.operation.schema()),
					merged == null ? null : merged.getSingleField().getSourceLocation()));
			return this.errors.size() - 1;
		}

	}

}
