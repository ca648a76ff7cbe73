package io.dealgraph.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import io.dealgraph.fact.Timings;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Deal} and {@code DealParty} read from SQL ({@code schema/deal.graphqls}). */
@Component
class DealSql implements SqlDeclarations {

	/** The schema's {@code DealOrderField}. */
	enum DealOrderField {

		ANNOUNCED, TITLE

	}

	/** The schema's {@code DealOrder}. */
	record DealOrder(DealOrderField field, OrderDirection direction) implements OrderInput<DealOrderField> {
	}

	/** The arguments of {@code Query.deals}. */
	record DealsArguments(DealFilter filter, DealOrder orderBy, LocalDate asOf) {

		DealsArguments {
			filter = filter != null ? filter : new DealFilter(null, null, null, null, null, null, null);
		}

	}

	/** The schema's {@code DealFilter}. */
	record DealFilter(String organization, PartyRole role, DealKind kind, DealStatus status, LocalDate announcedFrom,
			LocalDate announcedTo, String outlet) {
	}

	/** The arguments of {@code Deal.parties}. */
	record PartiesArguments(PartyRole role) {
	}

	/** The arguments of {@code Organization.deals}. */
	record OrganizationDealsArguments(PartyRole role, LocalDate asOf) {
	}

	static final Order BY_ANNOUNCED = order(new DealOrder(DealOrderField.ANNOUNCED, OrderDirection.ASC));

	static final Order PARTIES_BY_ROLE = Order.by("ROLE", false, Order.text(q -> q.col("role")));

	static Order order(OrderInput<DealOrderField> input) {
		return Order.by(input.field().name(), input.descending(), input.field() == DealOrderField.TITLE
				? Order.text(q -> sql("lower(", q.col("title"), ")")) : Order.earliestDate("announced", input.descending()));
	}

	/** A deal ({@code q}) with a party for which all the conditions on its row ({@code p}) hold. */
	private static Sql hasParty(Row deal, java.util.function.Function<Row, List<Sql>> conditions) {
		Row party = Row.of(new Alias("p"));
		List<Sql> all = new ArrayList<>();
		all.add(eq(party.col("deal_id"), deal.col("id")));
		all.addAll(conditions.apply(party));
		return sql("exists (select 1 from ", Sql.relation("deal_party"), " ", party.alias(), " where ", Sql.join(all, " and "), ")");
	}


	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(DealKind.class, DealStatus.class, PartyRole.class, DealOrderField.class, ValuationBasis.class);
		schema.type("Deal")
			.table("deal")
			.globalId()
			.columns("slug", "title", "kind", "status", "summary")
			.embedded("announced", "FuzzyDate", "announced_", FuzzyDateSql::noDate)
			.embedded("effective", "FuzzyDate", "effective_", FuzzyDateSql::noDate)
			.embedded("ended", "FuzzyDate", "ended_", FuzzyDateSql::noDate)
			.embedded("valuation", "Valuation", "valuation_", valuation -> sql(valuation.col("amount"), " is null"))
			.toOne("parent", "Deal", "parent_id")
			.value("inForce", Timings.On.class, (deal, args) -> Timings.DEAL.inForceOn(deal, args.on()))
			.connection("subDeals", ConnectionSql.of("Deal", BY_ANNOUNCED)
				.parent((sub, deal) -> eq(sub.col("parent_id"), deal.col("id"))))
			.connection("parties", ConnectionSql.of("DealParty", PartiesArguments.class, args -> PARTIES_BY_ROLE)
				.parent((party, deal) -> eq(party.col("deal_id"), deal.col("id")))
				.where(PartiesArguments::role, (party, role) -> eq(party.col("role"), value(role))));
		schema.type("Valuation")
			.toOne("organization", "Organization", "organization_id")
			.embedded("quantity", "Quantity", "", valuation -> sql(valuation.col("amount"), " is null"))
			.columns("basis", "text");
		schema.type("DealParty")
			.table("deal_party")
			.columns("role")
			.toOne("deal", "Deal", "deal_id")
			.toOne("organization", "Organization", "organization_id");
		schema.type("Organization")
			.connection("deals", ConnectionSql.of("Deal", OrganizationDealsArguments.class, args -> BY_ANNOUNCED)
				.parent((deal, organization) -> hasParty(deal, party -> List.of(eq(party.col("organization_id"), organization.col("id")))))
				.where(OrganizationDealsArguments::role, (deal, organization, role) -> hasParty(deal,
						party -> List.of(eq(party.col("organization_id"), organization.col("id")), eq(party.col("role"), value(role)))))
				.asOf(OrganizationDealsArguments::asOf, Timings.DEAL)
				.manyPerParent());
		schema.rootBySlug("deal", "Deal");
		schema.rootConnection("deals", ConnectionSql.of("Deal", DealsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new DealOrder(DealOrderField.ANNOUNCED, OrderDirection.ASC))))
			.where(args -> args.filter().kind(), (deal, kind) -> eq(deal.col("kind"), value(kind)))
			.where(args -> args.filter().status(), (deal, status) -> eq(deal.col("status"), value(status)))
			.where(args -> args.filter().outlet(), (deal, outlet) -> CitationSql.citedBy(Fact.DEAL, deal, outlet))
			.where(args -> args.filter().announcedFrom(), (deal, day) -> FuzzyDateSql.endsOnOrAfter(deal, "announced", day))
			.where(args -> args.filter().announcedTo(), (deal, day) -> FuzzyDateSql.beginsOnOrBefore(deal, "announced", day))
			.where(args -> args.filter().organization() != null || args.filter().role() != null ? args.filter() : null,
					(deal, filter) -> hasParty(deal, party -> {
						List<Sql> conditions = new ArrayList<>();
						if (filter.organization() != null) {
							conditions.add(eq(party.col("organization_id"), SqlSchema.idOf("organization", filter.organization())));
						}
						if (filter.role() != null) {
							conditions.add(eq(party.col("role"), value(filter.role())));
						}
						return conditions;
					}))
			.asOf(DealsArguments::asOf, Timings.DEAL));
	}

}
