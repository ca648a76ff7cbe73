package io.dealgraph.compiler;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import graphql.execution.MergedField;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.dealgraph.compiler.ConnectionSql.Filter;
import io.dealgraph.compiler.ConnectionSql.Refusal;
import io.dealgraph.compiler.Plan.Case;
import io.dealgraph.compiler.Plan.Checked;
import io.dealgraph.compiler.Plan.Embedded;
import io.dealgraph.compiler.Plan.Items;
import io.dealgraph.compiler.Plan.Join;
import io.dealgraph.compiler.Plan.Json;
import io.dealgraph.compiler.Plan.Many;
import io.dealgraph.compiler.Plan.Marker;
import io.dealgraph.compiler.Plan.Member;
import io.dealgraph.compiler.Plan.Obj;
import io.dealgraph.compiler.Plan.One;
import io.dealgraph.compiler.Plan.Page;
import io.dealgraph.compiler.Plan.Rows;
import io.dealgraph.compiler.Plan.Scalar;
import io.dealgraph.compiler.Plan.Switch;
import io.dealgraph.compiler.SqlSchema.AggregateValue;
import io.dealgraph.compiler.SqlSchema.ArgumentValue;
import io.dealgraph.compiler.SqlSchema.Column;
import io.dealgraph.compiler.SqlSchema.Derived;
import io.dealgraph.compiler.SqlSchema.FieldSql;
import io.dealgraph.compiler.SqlSchema.Grouped;
import io.dealgraph.compiler.SqlSchema.Grouping;
import io.dealgraph.compiler.SqlSchema.OneOf;
import io.dealgraph.compiler.SqlSchema.RootAggregate;
import io.dealgraph.compiler.SqlSchema.RootConnection;
import io.dealgraph.compiler.SqlSchema.RootEntities;
import io.dealgraph.compiler.SqlSchema.RootNodes;
import io.dealgraph.compiler.SqlSchema.RootObject;
import io.dealgraph.compiler.SqlSchema.Table;
import io.dealgraph.compiler.SqlSchema.ToMany;
import io.dealgraph.compiler.SqlSchema.ToOne;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.compiler.SqlSchema.Value;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Select;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.GlobalId;

import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * Turns one root field of a normalized operation into a {@link Plan}: for each field of the
 * selection, what it needs (an expression over its row, a related row, a list of rows, a page of
 * a connection), the declarations applied to the aliases it gives the rows, and each client
 * mistake in the arguments as a marker where the field's value would be, checked in the order
 * the resolvers checked them. It writes no SQL text: {@link StatementWriter} does.
 */
final class Planner {

	private final SqlSchema schema;

	private final KnownReleases releases;

	private final Arguments arguments = new Arguments();

	Planner(SqlSchema schema) {
		this(schema, KnownReleases.NONE);
	}

	Planner(SqlSchema schema, KnownReleases releases) {
		this.schema = schema;
		this.releases = releases;
	}

	/**
	 * A root field's plan, the client mistakes that stand in it, and the release it reads (null:
	 * the latest ledger).
	 */
	record Planned(Json json, List<FieldError> errors, Long release) {
	}

	/** The operation a root field belongs to, for collecting fields the way graphql-java executes them. */
	record Operation(ExecutableNormalizedOperation normalized, GraphQLSchema schema, Selections selections) {

		Operation(ExecutableNormalizedOperation normalized, GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
				Map<String, Object> variables) {
			this(normalized, schema, new Selections(schema, fragments, variables));
		}

	}

	Planned plan(ExecutableNormalizedField root, Operation operation) {
		Scope scope = new Scope(operation);
		Json json;
		try {
			scope.release = release(root.getResolvedArguments());
			scope.releaseAsked = scope.release != null;
			json = root(root, scope);
		}
		catch (BadInputException ex) {
			json = scope.refuse(root, ex);
		}
		return new Planned(json, List.copyOf(scope.errors), scope.release);
	}

	/**
	 * The release a root field's {@code knownAsOf} or {@code release} asks for: the ledger as it
	 * stood then, from the releases this instance knows; null for the latest.
	 */
	private Long release(Map<String, Object> arguments) {
		Object number = arguments.get(RELEASE);
		return this.releases.named((OffsetDateTime) arguments.get(KNOWN_AS_OF), number == null ? null : ((Number) number).longValue());
	}

	private long existing(String argument, long number, String verb) {
		if (!this.releases.exists(number)) {
			var latest = this.releases.latest();
			throw new BadInputException(argument, verb + " no release of this ledger (" + number + "); "
					+ (latest.isPresent() ? "the newest is " + latest.getAsLong() : "none has been loaded yet"));
		}
		return number;
	}

	/** The arguments every root field takes for the ledger as it stood: not the declaration's. */
	static final String KNOWN_AS_OF = "knownAsOf";

	static final String RELEASE = "release";

	private Json root(ExecutableNormalizedField root, Scope scope) {
		SqlSchema.Root declared = this.schema.root(root.getName());
		if (declared instanceof RootObject<?> object) {
			return rootObject(object, root, scope);
		}
		if (declared instanceof RootConnection connection) {
			return page(connection.connection(), null, root, scope);
		}
		if (declared instanceof RootAggregate aggregate) {
			return aggregate(aggregate, root, scope);
		}
		if (declared instanceof RootNodes nodes) {
			return nodes(nodes, root, scope);
		}
		if (declared instanceof RootEntities entities) {
			return entities(entities, root, scope);
		}
		throw new NotCompilable("no root field " + root.getName());
	}

	private <A> Json rootObject(RootObject<A> object, ExecutableNormalizedField root, Scope scope) {
		A args = this.arguments.bind(root.getResolvedArguments(), object.arguments());
		TypeSql type = typeOf(object.typeName());
		Row row = Row.of(new Alias("t"));
		return new One(rows(type, row.alias(), List.of(object.condition().apply(row, args))), object.order().apply(row),
				object(type, row, root.getChildren(), scope));
	}

	private <A> Json aggregate(RootAggregate aggregate, ExecutableNormalizedField root, Scope scope) {
		@SuppressWarnings("unchecked")
		ConnectionSql<A> rows = (ConnectionSql<A>) aggregate.rows();
		A args = this.arguments.bind(root.getResolvedArguments(), rows.arguments);
		rows.checks.forEach(check -> check.accept(args));
		Sql source = rows.rows != null ? rows.rows.apply(args) : null;
		TypeSql type = typeOf(aggregate.typeName());
		Row q = Row.of(new Alias("q"));
		scope.aggregate = new Aggregate(rows, args);
		// group by (): one row whatever is selected, aggregates or only the groups' list.
		Rows from = connectionRows(rows, source, q, null, args).groupedBy(List.of(), null);
		return new Obj(members(root.getChildren(), scope, field -> field(type, q, field, scope)), from);
	}

	private Json nodes(RootNodes nodes, ExecutableNormalizedField root, Scope scope) {
		Object value = root.getResolvedArguments().get(nodes.argument());
		GraphQLSchema graphQlSchema = scope.operation.schema();
		if (!nodes.list()) {
			String id = (String) value;
			return row(nodeType(id, nodes.argument(), graphQlSchema), GlobalId.decode(nodes.argument(), id).slug(), root, scope);
		}
		List<?> ids = (List<?>) value;
		if (ids.size() > PageRequest.MAX_SIZE) {
			throw new BadInputException(nodes.argument(), "may hold at most " + PageRequest.MAX_SIZE + " ids, got " + ids.size());
		}
		for (Object id : ids) {
			nodeType((String) id, nodes.argument(), graphQlSchema);
		}
		List<Json> items = new ArrayList<>();
		for (Object id : ids) {
			items.add(row(nodeType((String) id, nodes.argument(), graphQlSchema),
					GlobalId.decode(nodes.argument(), (String) id).slug(), root, scope));
		}
		return new Items(items);
	}

	/** As Spring's @EntityMapping methods found them: each representation's type, by the slug of its id. */
	private Json entities(RootEntities entities, ExecutableNormalizedField root, Scope scope) {
		GraphQLSchema graphQlSchema = scope.operation.schema();
		List<?> representations = (List<?>) root.getResolvedArguments().get(entities.argument());
		if (representations.size() > PageRequest.MAX_SIZE) {
			throw new BadInputException(entities.argument(),
					"may hold at most " + PageRequest.MAX_SIZE + " representations, got " + representations.size());
		}
		List<Json> items = new ArrayList<>();
		for (Object item : representations) {
			Map<?, ?> representation = item instanceof Map<?, ?> map ? map : Map.of();
			String typeName = String.valueOf(representation.get("__typename"));
			if (!(graphQlSchema.getType(typeName) instanceof GraphQLObjectType objectType)
					|| !(graphQlSchema.getType("_Entity") instanceof GraphQLUnionType entityUnion
							&& entityUnion.isPossibleType(objectType))
					|| this.schema.typeOf(typeName) == null || typeOf(typeName).rows() == null) {
				throw new BadInputException(entities.argument(), "names no entity type of this API: '" + typeName + "'");
			}
			String slug = GlobalId.decode(entities.argument() + ".id", String.valueOf(representation.get("id"))).slug();
			items.add(row(objectType, slug, root, scope));
		}
		return new Items(items);
	}

	/** The type a global id names, refusing ids that are not ours, or of a type that is no Node. */
	private static GraphQLObjectType nodeType(String id, String argument, GraphQLSchema schema) {
		GlobalId globalId = GlobalId.decode(argument, id);
		if (!(schema.getType(globalId.type()) instanceof GraphQLObjectType objectType)
				|| objectType.getInterfaces().stream().noneMatch(i -> i.getName().equals("Node"))) {
			throw new BadInputException(argument, "is not a dealgraph id: it names no type of this API");
		}
		return objectType;
	}

	/** The row of an object type with this slug, with the part of the abstract field's selection that applies to it. */
	private Json row(GraphQLObjectType objectType, String slug, ExecutableNormalizedField root, Scope scope) {
		TypeSql type = typeOf(objectType.getName());
		if (type.rows() == null) {
			throw new NotCompilable(root.getName() + ": no rows for " + type.name());
		}
		Row row = Row.of(new Alias("t"));
		return new One(rows(type, row.alias(), List.of(Sql.eq(row.col("slug"), value(slug)))), List.of(),
				object(type, row, selectionFor(root, objectType, scope), scope));
	}

	/**
	 * The part of an abstract field's selection that applies to one of its types, in the order
	 * graphql-java collects the fields for that type: normalizing merges a key that several type
	 * conditions select at its first place, whichever type that was for.
	 */
	private static List<ExecutableNormalizedField> selectionFor(ExecutableNormalizedField field, GraphQLObjectType type,
			Scope scope) {
		MergedField merged = scope.operation.normalized().getMergedField(field);
		if (merged == null) {
			throw new NotCompilable(field.getName() + ": no merged field");
		}
		List<String> keys = scope.operation.selections().keys(merged, type);
		return field.getChildren()
			.stream()
			.filter(child -> child.getObjectTypeNames().contains(type.getName()))
			.sorted(Comparator.comparingInt(child -> {
				int at = keys.indexOf(child.getResultKey());
				if (at < 0) {
					throw new NotCompilable(field.getName() + ": a key graphql-java does not collect");
				}
				return at;
			}))
			.toList();
	}

	private TypeSql typeOf(String name) {
		TypeSql type = this.schema.typeOf(name);
		if (type == null) {
			throw new NotCompilable("no declaration of type " + name);
		}
		return type;
	}

	/** A type's rows under an alias, meeting the conditions. */
	private static Rows rows(TypeSql type, Alias alias, List<Sql> conditions) {
		return new Rows(relation(type), alias, conditions);
	}

	private static Sql relation(TypeSql type) {
		if (type.rows() instanceof Table table) {
			return Sql.relation(table.name());
		}
		if (type.rows() instanceof SqlSchema.View view) {
			return Sql.relation(view.name());
		}
		if (type.rows() instanceof Derived derived) {
			return Sql.subquery(derived.query());
		}
		throw new NotCompilable("no rows for " + type.name());
	}

	/** The object of the selection's keys over a row of the type. */
	private Obj object(TypeSql type, Row row, List<ExecutableNormalizedField> selection, Scope scope) {
		return new Obj(members(selection, scope, field -> field(type, row, field, scope)));
	}

	private static List<Member> members(List<ExecutableNormalizedField> selection, Scope scope,
			Function<ExecutableNormalizedField, Json> value) {
		List<Member> members = new ArrayList<>(selection.size());
		for (ExecutableNormalizedField field : selection) {
			members.add(new Member(field.getResultKey(), value.apply(field)));
		}
		return members;
	}

	/** A field's value; one whose arguments are a client mistake answers null and the error. */
	private Json field(TypeSql type, Row row, ExecutableNormalizedField field, Scope scope) {
		Json value;
		try {
			value = fieldValue(type, row, field, scope);
		}
		catch (BadInputException ex) {
			return scope.refuse(field, ex);
		}
		GraphQLType sdl = field.getType(scope.operation.schema());
		return sdl instanceof GraphQLNonNull && mayBeNull(type.field(field.getName()), type)
				? new Plan.Guarded(value, scope.nonNull(field, sdl, type.name())) : value;
	}

	/**
	 * Whether a field's value may be null as far as SQL says: a column of a table is not where the
	 * table says NOT NULL ({@link DatabaseCheck} holds the schema to that), lists and pages never
	 * are, and expressions and related rows may be.
	 */
	private static boolean mayBeNull(FieldSql declared, TypeSql type) {
		if (declared instanceof Column) {
			return !(type.rows() instanceof Table);
		}
		return declared instanceof Value || declared instanceof ArgumentValue<?> || declared instanceof AggregateValue<?>
				|| declared instanceof SqlSchema.Embedded || declared instanceof ToOne || declared instanceof OneOf;
	}

	private Json fieldValue(TypeSql type, Row row, ExecutableNormalizedField field, Scope scope) {
		if (field.getName().equals("__typename")) {
			return typeName(type.name());
		}
		FieldSql declared = type.field(field.getName());
		if (declared == null) {
			throw new NotCompilable("no declaration of " + type.name() + "." + field.getName());
		}
		if (declared instanceof Column column) {
			return new Scalar(row.col(column.column()));
		}
		if (declared instanceof Value value) {
			return new Scalar(value.expression().apply(row));
		}
		if (declared instanceof ArgumentValue<?> value) {
			return argumentValue(value, row, field);
		}
		if (declared instanceof AggregateValue<?> value) {
			return aggregateValue(value, row, type, field, scope);
		}
		if (declared instanceof SqlSchema.Embedded embedded) {
			Row prefixed = row.prefixed(embedded.prefix());
			return new Embedded(embedded.nullWhen().apply(prefixed),
					object(typeOf(embedded.typeName()), prefixed, field.getChildren(), scope));
		}
		if (declared instanceof ToOne toOne) {
			TypeSql target = typeOf(toOne.typeName());
			Row child = Row.of(new Alias("c"));
			return new One(rows(target, child.alias(), List.of(toOne.condition().of(child, row))), List.of(),
					object(target, child, field.getChildren(), scope));
		}
		if (declared instanceof OneOf oneOf) {
			List<Case> cases = new ArrayList<>();
			for (Map.Entry<String, String> branch : new TreeMap<>(oneOf.types()).entrySet()) {
				TypeSql target = typeOf(branch.getValue());
				Row child = Row.of(new Alias("c"));
				List<ExecutableNormalizedField> selection = selectionFor(field,
						(GraphQLObjectType) scope.operation.schema().getType(branch.getValue()), scope);
				cases.add(new Case(branch.getKey(), new One(rows(target, child.alias(),
						List.of(Sql.eq(child.col("id"), oneOf.id().apply(row)))), List.of(), object(target, child, selection, scope))));
			}
			return new Switch(oneOf.discriminator().apply(row), cases);
		}
		if (declared instanceof Grouped<?> grouped) {
			return groups(grouped, type, field, scope);
		}
		if (declared instanceof ToMany<?> toMany) {
			return many(toMany, row, field, scope);
		}
		return page((ConnectionSql<?>) declared, row, field, scope);
	}

	/** A list of related rows: those the relation ties to this row, and that the field's arguments ask for. */
	private <A> Json many(ToMany<A> toMany, Row row, ExecutableNormalizedField field, Scope scope) {
		int limit = limit(field, toMany.max());
		TypeSql target = typeOf(toMany.typeName());
		Row child = Row.of(new Alias("c"));
		List<Sql> conditions = new ArrayList<>(List.of(toMany.condition().of(child, row)));
		Sql filter = toMany.filter().apply(child, this.arguments.bind(field.getResolvedArguments(), toMany.arguments()));
		if (filter != null) {
			conditions.add(filter);
		}
		return new Many(object(target, child, field.getChildren(), scope), List.of(toMany.order().of(child, row)),
				rows(target, child.alias(), conditions), limit);
	}

	private <A> Json argumentValue(ArgumentValue<A> value, Row row, ExecutableNormalizedField field) {
		return new Scalar(value.expression().apply(row, this.arguments.bind(field.getResolvedArguments(), value.arguments())));
	}

	private <A> Json aggregateValue(AggregateValue<A> value, Row row, TypeSql type, ExecutableNormalizedField field,
			Scope scope) {
		return new Scalar(value.expression().apply(row, scope.aggregateArguments(value.rootArguments(), type, field)));
	}

	/** How many rows a list returns: its {@code first} argument (1 to its maximum) where it has one, else its maximum. */
	static int limit(ExecutableNormalizedField field, int max) {
		if (!(field.getResolvedArguments().get("first") instanceof Integer first)) {
			return max;
		}
		if (first < 1 || first > max) {
			throw new BadInputException("first", "must be between 1 and " + max + ", got " + first);
		}
		return first;
	}

	private <A> Json groups(Grouped<A> grouped, TypeSql type, ExecutableNormalizedField field, Scope scope) {
		int limit = limit(field, grouped.max());
		A args = scope.aggregateArguments(grouped.rootArguments(), type, field);
		@SuppressWarnings("unchecked")
		ConnectionSql<A> rows = (ConnectionSql<A>) scope.aggregate.rows();
		Row q = Row.of(new Alias("q"));
		Grouping grouping = grouped.grouping().apply(q, args);
		Rows from = connectionRows(rows, rows.rows != null ? rows.rows.apply(args) : null, q, null, args);
		List<Sql> conditions = new ArrayList<>(from.conditions());
		conditions.add(grouping.condition());
		Select select = Select.select(grouping.columns()).from(from.relation(), from.alias()).where(conditions)
			.groupBy(grouping.keys());
		if (from.join() != null) {
			select.join(from.join().relation(), from.join().alias(), from.join().on());
		}
		if (grouping.having() != null) {
			select.having(grouping.having());
		}
		TypeSql target = typeOf(grouped.typeName());
		Row group = Row.of(new Alias("g"));
		return new Many(object(target, group, field.getChildren(), scope), grouped.order().apply(group),
				new Rows(select.subquery(), group.alias(), List.of()), limit);
	}

	/**
	 * A connection's page: its arguments checked in the order the resolvers checked them (the
	 * page, the order, the declaration's own, the cursor), its rows with their conditions, and
	 * what its selection asks of the page.
	 */
	private <A> Json page(ConnectionSql<A> declared, Row parent, ExecutableNormalizedField field, Scope scope) {
		Map<String, Object> given = field.getResolvedArguments();
		TypeSql type = typeOf(declared.typeName);
		PageRequest page = PageRequest.of((Integer) given.get("first"), (String) given.get("after"));
		A args = this.arguments.bind(given, declared.arguments);
		Order order = declared.order.apply(args);
		declared.checks.forEach(check -> check.accept(args));
		Sql source = declared.rows != null ? declared.rows.apply(args) : null;
		Cursor cursor = page.after();
		if (cursor != null && (!cursor.order().equals(order.name()) || cursor.values().size() != order.keys().size())) {
			throw new BadInputException("after", "was returned under a different orderBy than " + order.name());
		}
		for (int i = 0; cursor != null && i < order.keys().size(); i++) {
			// Sort keys are never null (dates and amounts sort their absence with an infinity): a null is no cursor of ours.
			if (!order.keys().get(i).type().accepts(cursor.values().get(i))) {
				throw new BadInputException("after", "is not a cursor returned by this API");
			}
		}
		if (cursor != null) {
			readAt(cursor.release(), parent == null, scope);
		}

		Row q = Row.of(new Alias("q"));
		Rows rows = connectionRows(declared, source, q, parent, args);
		List<Sql> sortKeys = order.keys().stream().map(key -> key.sortExpression(q)).toList();
		Sql past = cursor == null ? null : past(order, sortKeys, q, cursor);
		Sql inForce = rows.join() == null ? null
				: declared.asOf.timing().state(Row.of(rows.join().alias()), cast(declared.asOf.day().apply(args), "date"));
		Row pageRow = Row.of(new Alias("t"));
		List<Member> members = new ArrayList<>();
		for (ExecutableNormalizedField child : field.getChildren()) {
			members.add(new Member(child.getResultKey(), switch (child.getName()) {
				case "__typename" -> typeNameOf(child);
				case "totalCount" -> new Page.TotalCount();
				case "nodes" -> new Page.Nodes(object(type, pageRow, child.getChildren(), scope));
				case "edges" -> new Page.Edges(new Obj(members(child.getChildren(), scope, edge -> switch (edge.getName()) {
					case "__typename" -> typeNameOf(edge);
					case "node" -> object(type, pageRow, edge.getChildren(), scope);
					case "cursor" -> new Page.EdgeCursor();
					case "inForce" -> new Page.EdgeInForce();
					default -> throw new NotCompilable("no edge field " + edge.getName());
				})));
				case "pageInfo" -> new Page.Info(new Obj(members(child.getChildren(), scope, info -> switch (info.getName()) {
					case "__typename" -> typeNameOf(info);
					case "hasNextPage" -> new Page.HasNextPage();
					case "hasPreviousPage" -> new Page.HasPreviousPage();
					case "startCursor" -> new Page.StartCursor();
					case "endCursor" -> new Page.EndCursor();
					default -> throw new NotCompilable("no page info field " + info.getName());
				})));
				default -> {
					var own = declared.fields.get(child.getName());
					if (own == null) {
						throw new NotCompilable("no connection field " + child.getName());
					}
					yield new Page.Own(fetched -> own.apply(fetched, args));
				}
			}));
		}
		// A first page of one parent's rows asked asOf a day evaluates every row's in-force state to
		// filter them (no index answers it): totalCount is counted in that same pass, not by a second
		// scan that evaluates them all again. Measured at SF1000 on a hub's 1,301 terms: 1.75x cheaper.
		// At the root an index walk may stop after a page, and a search's window would hold every
		// match's wide row (measured slower): both keep their own count.
		boolean countInPass = past == null && inForce != null && parent != null;
		Json json = new Page(rows, sortKeys, order.descending(), past, page.first(), Cursor.orderAt(order.name(), scope.release), inForce,
				countInPass, pageRow.alias(), members);
		for (Refusal<A, ?> refusal : declared.refusals) {
			Sql offending = refusal.query(args);
			if (offending != null) {
				json = new Checked(offending, scope.error(field, refusal.error()), json);
			}
		}
		return json;
	}

	/**
	 * The rows a connection declaration selects for these arguments, as {@code q}: its type's (or
	 * its query's), joined to their timing when asked asOf a day, meeting the condition on the
	 * parent, one condition per argument given, and not out of force on the day.
	 */
	private <A> Rows connectionRows(ConnectionSql<A> declared, Sql source, Row q, Row parent, A args) {
		Sql relation = source != null ? Sql.subquery(source) : relation(typeOf(declared.typeName));
		List<Sql> conditions = new ArrayList<>();
		if (parent != null && declared.parent != null) {
			conditions.add(declared.parent.of(q, parent));
		}
		for (Filter<A, ?> filter : declared.filters) {
			Sql condition = filter.on(q, parent, args);
			if (condition != null) {
				conditions.add(condition);
			}
		}
		Join join = null;
		if (declared.asOf != null && declared.asOf.day().apply(args) != null) {
			Timing timing = declared.asOf.timing();
			Row x = Row.of(new Alias("x"));
			join = new Join(timing.relation(), x.alias(), timing.joins(x, q));
			conditions.add(sql(timing.state(x, cast(declared.asOf.day().apply(args), "date")), " <> 'FALSE'"));
		}
		return new Rows(relation, q.alias(), join, conditions, null, null);
	}

	/**
	 * A page goes on from its cursor in the ledger the cursor was read from: a root connection asked
	 * with neither {@code knownAsOf} nor {@code release} reads the cursor's release, and a cursor
	 * of another release than its root field reads is refused. A cursor from the latest ledger is a
	 * position in any release (its sort values and id).
	 */
	private void readAt(Long cursorRelease, boolean root, Scope scope) {
		if (cursorRelease == null || cursorRelease.equals(scope.release)) {
			return;
		}
		if (root && !scope.releaseAsked) {
			scope.release = existing("after", cursorRelease, "was returned from");
			return;
		}
		throw new BadInputException("after", "was returned from release " + cursorRelease + ", but this field reads "
				+ (scope.release == null ? "the latest ledger" : "release " + scope.release)
				+ ": ask with the same knownAsOf or release as the page before");
	}

	/** {@code cast(? as <type>)}, the value bound. */
	private static Sql cast(Object value, String type) {
		return Sql.cast(value(value), type);
	}

	/** Rows past the cursor: the sort keys and the id, as one row value. */
	private static Sql past(Order order, List<Sql> sortKeys, Row q, Cursor cursor) {
		List<Sql> row = new ArrayList<>(sortKeys);
		row.add(q.col("id"));
		List<Sql> values = new ArrayList<>();
		for (int i = 0; i < order.keys().size(); i++) {
			Order.KeyType type = order.keys().get(i).type();
			Sql value = cast(cursor.values().get(i), type.sqlType());
			values.add(type == Order.KeyType.TEXT ? sql(value, " collate \"C\"") : value);
		}
		values.add(value(cursor.id()));
		return sql("(", Sql.join(row, ", "), ") ", order.descending() ? "<" : ">", " (", Sql.join(values, ", "), ")");
	}

	/** {@code __typename} of a connection, edge or page info: the one object type the field is on. */
	private static Json typeNameOf(ExecutableNormalizedField field) {
		if (field.getObjectTypeNames().size() != 1) {
			throw new NotCompilable("__typename of an abstract type");
		}
		return typeName(field.getObjectTypeNames().iterator().next());
	}

	private static Json typeName(String name) {
		return new Scalar(sql(Sql.literal(name), "::text"));
	}

	/**
	 * Whether each level of the response from the root field down to this field's value may be
	 * null: a field's value, then each list's items. A field's error nulls the nearest such level.
	 */
	static List<Boolean> nullable(ExecutableNormalizedField field, GraphQLSchema schema) {
		Deque<ExecutableNormalizedField> chain = new ArrayDeque<>();
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

	/** Inside a root aggregate: the rows it aggregates and the root field's arguments. */
	record Aggregate(ConnectionSql<?> rows, Object arguments) {
	}

	/** The client mistakes found in one root field, and the operation it is planned from. */
	private static final class Scope {

		private final Operation operation;

		private final List<FieldError> errors = new ArrayList<>();

		private Aggregate aggregate;

		/** The release the root field reads, null for the latest; whether the client asked for it. */
		private Long release;

		private boolean releaseAsked;

		Scope(Operation operation) {
			this.operation = operation;
		}

		/** The root aggregate's arguments, for a field of its type that reads them. */
		@SuppressWarnings("unchecked")
		<A> A aggregateArguments(Class<A> type, TypeSql declaring, ExecutableNormalizedField field) {
			if (this.aggregate == null || !type.isInstance(this.aggregate.arguments())) {
				throw new NotCompilable(declaring.name() + "." + field.getName() + ": outside its root aggregate");
			}
			return (A) this.aggregate.arguments();
		}

		/** The field answers its argument's error: a marker in its place, always. */
		Json refuse(ExecutableNormalizedField field, BadInputException ex) {
			return new Marker(error(field, value -> ex));
		}

		int error(ExecutableNormalizedField field, Function<String, BadInputException> error) {
			MergedField merged = this.operation.normalized().getMergedField(field);
			this.errors.add(new FieldError(error, nullable(field, this.operation.schema()),
					merged == null ? null : merged.getSingleField().getSourceLocation(), null));
			return this.errors.size() - 1;
		}

		/** A null where the schema says the field is never null: graphql-java's error, nulling the nearest nullable level. */
		int nonNull(ExecutableNormalizedField field, GraphQLType type, String parentType) {
			this.errors.add(new FieldError(null, nullable(field, this.operation.schema()), null,
					new FieldError.NonNull(GraphQLTypeUtil.simplePrint(type), parentType)));
			return this.errors.size() - 1;
		}

	}

}
