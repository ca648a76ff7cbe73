package io.dealgraph.event;

import java.time.LocalDate;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Event} reads from SQL ({@code schema/event.graphqls}). */
@Component
class EventSql implements SqlDeclarations {

	/** The schema's {@code EventOrderField}. */
	enum EventOrderField {

		DATE

	}

	/** The schema's {@code EventOrder}. */
	record EventOrder(EventOrderField field, OrderDirection direction) implements OrderInput<EventOrderField> {
	}

	/** The arguments of {@code Query.events}. */
	record EventsArguments(EventFilter filter, EventOrder orderBy) {

		EventsArguments {
			filter = filter != null ? filter : new EventFilter(null, null, null, null, null, null);
		}

	}

	/** The schema's {@code EventFilter}. */
	record EventFilter(String organization, EventKind kind, String deal, LocalDate from, LocalDate to, String outlet) {
	}

	static final Order BY_DATE = order(new EventOrder(EventOrderField.DATE, OrderDirection.ASC));

	static Order order(OrderInput<EventOrderField> input) {
		return Order.by("DATE", input.descending(), Order.earliestDate("date", input.descending()));
	}

	/** An event that involves an organization the condition on its link row ({@code organization_id}) holds of. */
	private static Sql involves(Row event, java.util.function.Function<Row, Sql> organization) {
		Row link = Row.of(new Alias("eo"));
		return sql("exists (select 1 from ", Sql.relation("event_organization"), " ", link.alias(), " where ", eq(link.col("event_id"), event.col("id")),
				" and ", organization.apply(link), ")");
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(EventKind.class, EventOrderField.class);
		schema.type("Event")
			.table("event")
			.globalId()
			.columns("slug", "title", "kind", "description")
			.embedded("date", "FuzzyDate", "date_", FuzzyDateSql::noDate)
			.toMany("organizations", "Organization",
					(organization, event) -> involves(event, link -> eq(link.col("organization_id"), organization.col("id"))),
					(organization, event) -> sql(organization.col("name"), ", ", organization.col("id")), 20)
			.toOne("deal", "Deal", "deal_id");
		schema.type("Deal").connection("events", ConnectionSql.of("Event", BY_DATE)
			.parent((event, deal) -> eq(event.col("deal_id"), deal.col("id"))));
		schema.type("Organization").connection("events", ConnectionSql.of("Event", BY_DATE)
			.parent((event, organization) -> involves(event, link -> eq(link.col("organization_id"), organization.col("id"))))
			.manyPerParent());
		schema.type("ExclusivityTerm").toOne("supersededByEvent", "Event", "superseded_by_event_id");
		schema.rootBySlug("event", "Event");
		schema.rootConnection("events", ConnectionSql.of("Event", EventsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new EventOrder(EventOrderField.DATE, OrderDirection.ASC))))
			.where(args -> args.filter().kind(), (event, kind) -> eq(event.col("kind"), value(kind)))
			.where(args -> args.filter().outlet(), (event, outlet) -> CitationSql.citedBy(Fact.EVENT, event, outlet))
			.where(args -> args.filter().deal(), (event, slug) -> eq(event.col("deal_id"), SqlSchema.idOf("deal", slug)))
			.where(args -> args.filter().organization(),
					(event, slug) -> involves(event, link -> eq(link.col("organization_id"), SqlSchema.idOf("organization", slug))))
			.where(args -> args.filter().from(), (event, day) -> FuzzyDateSql.endsOnOrAfter(event, "date", day))
			.where(args -> args.filter().to(), (event, day) -> FuzzyDateSql.beginsOnOrBefore(event, "date", day)));
	}


}
