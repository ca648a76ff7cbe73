package io.dealgraph.organization;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;

import org.springframework.stereotype.Component;

/** How {@code Organization} reads from SQL ({@code schema/organization.graphqls}). */
@Component
class OrganizationSql implements SqlDeclarations {

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Organization")
			.table("organization")
			.globalId()
			.columns("slug", "name", "kind", "description")
			.value("aliases", names("ALIAS"))
			.value("tickers", names("TICKER"))
			.toOne("parent", "Organization", "{c}.id = {t}.parent_id");
		schema.rootObject("organization", "Organization", "{t}.slug = ?", "slug");
		schema.rootConnection("organizations", ConnectionSql.of("Organization", null, Organizations.order(null))
			.orderedBy(args -> Organizations.order(ConnectionSql.orderInput(args)))
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
