package io.dealgraph.organization;

import java.util.List;

import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Organization} and {@code Person} read from SQL ({@code schema/organization.graphqls}). */
@Component
class OrganizationSql implements SqlDeclarations {

	static final Order BY_NAME = Order.by("NAME", false, Order.text(q -> sql("lower(", q.col("name"), ")")));

	/** The schema's {@code OrganizationOrderField}: organizations by name (the default) or slug. */
	enum OrganizationOrderField {

		NAME, SLUG

	}

	/** The schema's {@code OrganizationOrder}. */
	record OrganizationOrder(OrganizationOrderField field, OrderDirection direction) implements OrderInput<OrganizationOrderField> {
	}

	/** The arguments of {@code Query.organizations}. */
	record OrganizationsArguments(OrganizationFilter filter, OrganizationOrder orderBy) {

		OrganizationsArguments {
			filter = filter != null ? filter : new OrganizationFilter(null, null);
		}

	}

	/** The schema's {@code OrganizationFilter}. */
	record OrganizationFilter(OrganizationKind kind, String nameContains) {
	}

	/** The arguments of {@code Query.organizationByName}. */
	record ByName(String name) {
	}

	/** The arguments of {@code Query.people}. */
	record PeopleArguments(String organization) {
	}

	static Order order(OrderInput<OrganizationOrderField> o) {
		return Order.by(o.field().name(), o.descending(), o.field() == OrganizationOrderField.SLUG
				? Order.text(q -> q.col("slug")) : Order.text(q -> sql("lower(", q.col("name"), ")")));
	}

	/** An organization with an alias (or ticker) of which the condition on its row holds. */
	private static Sql hasAlias(Row organization, java.util.function.Function<Row, Sql> condition) {
		Row alias = Row.of(new Alias("a"));
		return sql("exists (select 1 from ", Sql.relation("organization_alias"), " ", alias.alias(), " where ",
				eq(alias.col("organization_id"), organization.col("id")), " and ", condition.apply(alias), ")");
	}


	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(OrganizationKind.class, OrganizationOrderField.class);
		schema.type("Organization")
			.table("organization")
			.globalId()
			.columns("slug", "name", "kind", "description")
			.value("aliases", organization -> names(organization, "ALIAS"))
			.value("tickers", organization -> names(organization, "TICKER"))
			.toOne("parent", "Organization", "parent_id")
			.toMany("units", "Organization", (unit, organization) -> eq(unit.col("parent_id"), organization.col("id")),
					(unit, organization) -> sql(unit.col("name"), ", ", unit.col("id")), 50)
			.connection("people", ConnectionSql.of("Person", BY_NAME)
				.parent((person, organization) -> eq(person.col("organization_id"), organization.col("id")))
				.manyPerParent());
		schema.type("Person")
			.table("person")
			.globalId()
			.columns("slug", "name", "role")
			.toOne("organization", "Organization", "organization_id");
		schema.rootBySlug("organization", "Organization");
		// findByName: the name stripped, any case, the lowest id first.
		schema.rootObject("organizationByName", "Organization", ByName.class, (organization, args) -> {
			Sql name = value(args.name().strip());
			return sql("lower(", organization.col("name"), ") = lower(", name, ") or ",
					hasAlias(organization, alias -> sql("lower(", alias.col("value"), ") = lower(", name, ")")));
		}, organization -> List.of(organization.col("id")));
		schema.rootBySlug("person", "Person");
		schema.rootConnection("people", ConnectionSql.of("Person", PeopleArguments.class, args -> BY_NAME)
			.where(PeopleArguments::organization, (person, slug) -> eq(person.col("organization_id"), SqlSchema.idOf("organization", slug))));
		schema.rootConnection("organizations", ConnectionSql.of("Organization", OrganizationsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new OrganizationOrder(OrganizationOrderField.NAME, OrderDirection.ASC))))
			.where(args -> args.filter().kind(), (organization, kind) -> eq(organization.col("kind"), value(kind)))
			.where(args -> args.filter().nameContains(), (organization, text) -> sql("strpos(lower(", organization.col("name"),
					"), lower(", value(text), ")) > 0 or ", hasAlias(organization,
							alias -> sql("strpos(lower(", alias.col("value"), "), lower(", value(text), ")) > 0")))));
	}

	/** Aliases or tickers, alphabetically. */
	private static Sql names(Row organization, String kind) {
		Row alias = Row.of(new Alias("a"));
		return sql("array(select ", alias.col("value"), " from ", Sql.relation("organization_alias"), " ", alias.alias(), " where ",
				eq(alias.col("organization_id"), organization.col("id")), " and ", alias.col("kind"), " = ",
				Sql.literal(kind), " order by ", alias.col("value"), " limit 100)");
	}

}
