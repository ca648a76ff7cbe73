package io.dealgraph.deal;

import java.util.List;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/** How {@code Deal} and {@code DealParty} read from SQL ({@code schema/deal.graphqls}). */
@Component
class DealSql implements SqlDeclarations {

	/** The deals an organization ({@code {t}}) is a party to, as {@code pageByOrganization} joins them. */
	private static final String PARTY_OF_ORGANIZATION = "exists (select 1 from deal_party p where p.deal_id = q.id and p.organization_id = {t}.id)";

	/** The schema's {@code DealOrderField}. */
	enum DealOrderField {

		ANNOUNCED, TITLE

	}

	static final Order BY_ANNOUNCED = order(new OrderInput<>(DealOrderField.ANNOUNCED, OrderDirection.ASC));

	static final Order PARTIES_BY_ROLE = Order.by("ROLE", false, Order.text("q.role"));

	static Order order(OrderInput<DealOrderField> input) {
		return Order.by(input.field().name(), input.descending(), input.field() == DealOrderField.TITLE
				? Order.text("lower(q.title)") : Order.earliestDate("announced", input.descending()));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Deal")
			.table("deal")
			.globalId()
			.columns("slug", "title", "kind", "status", "summary")
			.embedded("announced", "FuzzyDate", "announced", BaseSql.NO_DATE)
			.embedded("effective", "FuzzyDate", "effective", BaseSql.NO_DATE)
			.embedded("ended", "FuzzyDate", "ended", BaseSql.NO_DATE)
			.toOne("parent", "Deal", "{c}.id = {t}.parent_id")
			.value("inForce", "on", BaseSql.inForceOn("deal_timing", "deal_id"))
			.connection("subDeals", ConnectionSql.of("Deal", "q.parent_id = {t}.id", BY_ANNOUNCED))
			.connection("parties", ConnectionSql.of("DealParty", "q.deal_id = {t}.id", PARTIES_BY_ROLE)
				.where("role", "q.role = ?"));
		schema.type("DealParty")
			.table("deal_party")
			.columns("role")
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id")
			.toOne("organization", "Organization", "{c}.id = {t}.organization_id");
		schema.type("Organization")
			.connection("deals", ConnectionSql.of("Deal", PARTY_OF_ORGANIZATION, BY_ANNOUNCED)
				.where("role", "exists (select 1 from deal_party p where p.deal_id = q.id and p.organization_id = {t}.id and p.role = ?)")
				.asOf("deal_timing", "deal_id"));
		schema.rootObject("deal", "Deal", "{t}.slug = ?", "slug");
		schema.rootConnection("deals", ConnectionSql.of("Deal", null, BY_ANNOUNCED)
			.orderedBy(args -> order(OrderInput.of(args, DealOrderField.class, DealOrderField.ANNOUNCED, OrderDirection.ASC)))
			.where("filter.kind", "q.kind = ?")
			.where("filter.status", "q.status = ?")
			.where("filter.outlet", BaseSql.citedBy("deal_id"))
			.where("filter.announcedFrom", BaseSql.endsOnOrAfter("announced"))
			.where("filter.announcedTo", BaseSql.beginsOnOrBefore("announced"))
			.whereAny(List.of("filter.organization", "filter.organization", "filter.role", "filter.role"), """
					exists (select 1 from deal_party p where p.deal_id = q.id
					  and (cast(? as text) is null or p.organization_id = (select id from organization where slug = ?))
					  and (cast(? as text) is null or p.role = ?))""")
			.asOf("deal_timing", "deal_id"));
	}

}
