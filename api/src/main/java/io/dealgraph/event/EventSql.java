package io.dealgraph.event;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/** How {@code Event} reads from SQL ({@code schema/event.graphqls}). */
@Component
class EventSql implements SqlDeclarations {

	/** The schema's {@code EventOrderField}. */
	enum EventOrderField {

		DATE

	}

	static final Order BY_DATE = order(new OrderInput<>(EventOrderField.DATE, OrderDirection.ASC));

	static Order order(OrderInput<EventOrderField> input) {
		return Order.by("DATE", input.descending(), Order.earliestDate("date", input.descending()));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Event")
			.table("event")
			.globalId()
			.columns("slug", "title", "kind", "description")
			.embedded("date", "FuzzyDate", "date", BaseSql.NO_DATE)
			.toMany("organizations", "Organization", "join event_organization eo on eo.organization_id = {c}.id",
					"eo.event_id = {t}.id", "{c}.name")
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id");
		schema.type("Deal").connection("events", ConnectionSql.of("Event", "q.deal_id = {t}.id", BY_DATE));
		schema.type("Organization").connection("events", ConnectionSql.of("Event",
				"exists (select 1 from event_organization eo where eo.event_id = q.id and eo.organization_id = {t}.id)",
				BY_DATE));
		schema.type("ExclusivityTerm").toOne("supersededByEvent", "Event", "{c}.id = {t}.superseded_by_event_id");
		schema.rootObject("event", "Event", "{t}.slug = ?", "slug");
		schema.rootConnection("events", ConnectionSql.of("Event", null, BY_DATE)
			.orderedBy(args -> order(OrderInput.of(args, EventOrderField.class, EventOrderField.DATE, OrderDirection.ASC)))
			.where("filter.kind", "q.kind = ?")
			.where("filter.outlet", BaseSql.citedBy("event_id"))
			.where("filter.deal", "q.deal_id = (select id from deal where slug = ?)")
			.where("filter.organization", """
					exists (select 1 from event_organization eo where eo.event_id = q.id
					  and eo.organization_id = (select id from organization where slug = ?))""")
			.where("filter.from", BaseSql.endsOnOrAfter("date"))
			.where("filter.to", BaseSql.beginsOnOrBefore("date")));
	}

}
