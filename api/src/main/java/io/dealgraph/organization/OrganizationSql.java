package io.dealgraph.organization;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;

import org.springframework.stereotype.Component;

/** How {@code Organization} reads from SQL ({@code schema/organization.graphqls}). */
@Component
class OrganizationSql implements SqlDeclarations {

	static final Order BY_NAME = Order.by("NAME", false, Order.text("lower(q.name)"));

	/** The schema's {@code OrganizationOrderField}: organizations by name (the default) or slug. */
	enum OrganizationOrderField {

		NAME, SLUG

	}

	static Order order(OrderInput<OrganizationOrderField> o) {
		return Order.by(o.field().name(), o.descending(),
				o.field() == OrganizationOrderField.SLUG ? Order.text("q.slug") : Order.text("lower(q.name)"));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Organization")
			.table("organization")
			.globalId()
			.columns("slug", "name", "kind", "description")
			.value("aliases", names("ALIAS"))
			.value("tickers", names("TICKER"))
			.toOne("parent", "Organization", "{c}.id = {t}.parent_id")
			.toMany("units", "Organization", "", "{c}.parent_id = {t}.id", "{c}.name")
			.connection("people", ConnectionSql.of("Person", "q.organization_id = {t}.id", BY_NAME));
		schema.type("Person")
			.table("person")
			.globalId()
			.columns("slug", "name", "role")
			.toOne("organization", "Organization", "{c}.id = {t}.organization_id");
		schema.rootObject("organization", "Organization", "{t}.slug = ?", "slug");
		// findByName: the name stripped, any case, the lowest id first.
		schema.rootObject("organizationByName", "Organization", """
				(lower({t}.name) = lower(?) or exists (select 1 from organization_alias a
				 where a.organization_id = {t}.id and lower(a.value) = lower(?))) order by {t}.id""", "name",
				name -> ((String) name).strip());
		schema.rootObject("person", "Person", "{t}.slug = ?", "slug");
		schema.rootConnection("people", ConnectionSql.of("Person", null, BY_NAME)
			.where("organization", "q.organization_id = (select id from organization where slug = ?)"));
		schema.rootConnection("organizations", ConnectionSql.of("Organization", null, order(new OrderInput<>(OrganizationOrderField.NAME, OrderDirection.ASC)))
			.orderedBy(args -> order(OrderInput.of(args, OrganizationOrderField.class, OrganizationOrderField.NAME, OrderDirection.ASC)))
			.where("filter.kind", "q.kind = ?")
			.where("filter.nameContains", """
					strpos(lower(q.name), lower(?)) > 0 or exists (select 1 from organization_alias a
					 where a.organization_id = q.id and strpos(lower(a.value), lower(?)) > 0)"""));
	}

	/** Aliases or tickers, alphabetically, as {@link Organizations#names} reads them. */
	private static String names(String kind) {
		return "array(select a.value from organization_alias a where a.organization_id = {t}.id and a.kind = '" + kind
				+ "' order by a.value)";
	}

}
