package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.Grouping;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;
import io.dealgraph.fact.Timings;
import io.dealgraph.graphql.BadInputException;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Commitment}, {@code Quantity}, claims and totals read from SQL ({@code schema/commitment.graphqls}). */
@Component
class CommitmentSql implements SqlDeclarations {

	/** The schema's {@code CommitmentOrderField}. */
	enum CommitmentOrderField {

		DATE, AMOUNT

	}

	/** The schema's {@code CommitmentOrder}. */
	record CommitmentOrder(CommitmentOrderField field, OrderDirection direction) implements OrderInput<CommitmentOrderField> {
	}

	/** The schema's {@code CommitmentGrouping}: what totals are summed per, beside the unit. */
	enum CommitmentGrouping {

		COMMITTER, RECIPIENT, KIND

	}

	/** The schema's {@code CommitmentFilter}. */
	record CommitmentFilter(String committer, String recipient, String deal, CommitmentKind kind, Unit unit,
			String currency, String countOf, Modality modality, Firmness firmness, String partOf, String organization,
			BigDecimal amountMin, BigDecimal amountMax, LocalDate from, LocalDate to, String outlet) {

		static final CommitmentFilter NONE = new CommitmentFilter(null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);

	}

	/** What selects commitments, in both root fields that do: the filter and the day asked asOf. */
	interface Selecting {

		CommitmentFilter filter();

		LocalDate asOf();

	}

	/** The arguments of {@code Query.commitments}. */
	record CommitmentsArguments(CommitmentFilter filter, CommitmentOrder orderBy, LocalDate asOf)
			implements Selecting {

		CommitmentsArguments {
			filter = filter != null ? filter : CommitmentFilter.NONE;
		}

	}

	/** The arguments of {@code Query.commitmentTotals}. */
	record TotalsArguments(List<CommitmentGrouping> groupBy, CommitmentFilter filter, LocalDate asOf) implements Selecting {

		TotalsArguments {
			filter = filter != null ? filter : CommitmentFilter.NONE;
			groupBy = groupBy != null ? List.copyOf(groupBy) : List.of();
		}

	}

	/** The arguments of the commitments of a deal or an organization. */
	record AsOfArguments(LocalDate asOf) {
	}

	/** The most committers a commitment lists (the schema's description says so). */
	static final int MAX_COMMITTERS = 50;

	/** The most conditions a commitment lists (the schema's description says so). */
	static final int MAX_CONDITIONS = 20;

	static final Order BY_DATE = order(new CommitmentOrder(CommitmentOrderField.DATE, OrderDirection.ASC));

	static final Order BY_CLAIM_GROUP = Order.by("CLAIM_GROUP", false, Order.text(q -> q.col("claim_group")));

	static Order order(OrderInput<CommitmentOrderField> input) {
		boolean desc = input.descending();
		if (input.field() == CommitmentOrderField.AMOUNT) {
			String missing = desc ? "'-Infinity'::numeric" : "'Infinity'::numeric";
			// Without an amount last in either direction: '~' sorts after and '' before every unit, bytewise.
			// The unit with its currency or the thing counted (OTHER_CURRENCY:EUR, COUNT:chips), so EUR sorts
			// apart from GBP; USD, GW and MW read as before, and so do their cursors.
			return Order.by("AMOUNT", desc, Order.text(q -> sql("coalesce(", q.col("unit"), " || coalesce(':' || ", q.col("currency"),
					", ':' || ", q.col("count_of"), ", '')", desc ? ", '')" : ", '~')")),
					new Order.SortKey(q -> sql("coalesce(", q.col("amount"), ", " + missing + ")"), Order.KeyType.NUMERIC));
		}
		return Order.by("DATE", desc, Order.earliestDate("date", desc));
	}

	/** Amounts compare only within one unit: the filter must pin one (a currency, a thing counted). */
	static void checkAmounts(CommitmentFilter filter) {
		if (filter.currency() != null && !QuantityUnit.isCurrency(filter.currency())) {
			throw new BadInputException("filter.currency", "'" + filter.currency() + "' is not an ISO 4217 currency code (such as USD, EUR, JPY)");
		}
		if (filter.countOf() != null && !QuantityUnit.COUNT_OF.matcher(filter.countOf()).matches()) {
			throw new BadInputException("filter.countOf", "'" + filter.countOf() + "' is not a thing counted: lower-case words in the plural, such as chips");
		}
		if (filter.amountMin() != null || filter.amountMax() != null) {
			boolean one = filter.currency() != null || filter.countOf() != null
					|| (filter.unit() != null && filter.unit() != Unit.OTHER_CURRENCY && filter.unit() != Unit.COUNT);
			if (!one) {
				throw new BadInputException(filter.unit() == null ? "filter.unit" : "filter." + (filter.unit() == Unit.COUNT ? "countOf" : "currency"),
						"is required with amountMin or amountMax: amounts of different units do not compare (give unit USD, GW or MW, "
								+ "a currency, or the thing counted)");
			}
		}
	}


	/** The commitments a root field selects: the filters and asOf of its arguments. */
	static <A extends Selecting> ConnectionSql<A> selecting(ConnectionSql<A> rows) {
		return rows.checked(args -> checkAmounts(args.filter()))
			.where(args -> args.filter().organization(), (c, slug) -> sql(eq(c.col("committer_id"), SqlSchema.idOf("organization", slug)),
					" or ", eq(c.col("recipient_id"), SqlSchema.idOf("organization", slug)), " or ",
					coCommitted(c, SqlSchema.idOf("organization", slug))))
			.where(args -> args.filter().amountMin(), (c, amount) -> sql(c.col("amount"), " >= ", value(amount)))
			.where(args -> args.filter().amountMax(), (c, amount) -> sql(c.col("amount"), " <= ", value(amount)))
			.where(args -> args.filter().from(), (c, day) -> FuzzyDateSql.endsOnOrAfter(c, "date", day))
			.where(args -> args.filter().to(), (c, day) -> FuzzyDateSql.beginsOnOrBefore(c, "date", day))
			.where(args -> args.filter().outlet(), (c, outlet) -> CitationSql.citedBy(Fact.COMMITMENT, c, outlet))
			.where(args -> args.filter().committer(), (c, slug) -> eq(c.col("committer_id"), SqlSchema.idOf("organization", slug)))
			.where(args -> args.filter().recipient(), (c, slug) -> eq(c.col("recipient_id"), SqlSchema.idOf("organization", slug)))
			.where(args -> args.filter().deal(), (c, slug) -> eq(c.col("deal_id"), SqlSchema.idOf("deal", slug)))
			.where(args -> args.filter().kind(), (c, kind) -> eq(c.col("kind"), value(kind)))
			.where(args -> args.filter().unit(), (c, unit) -> eq(c.col("unit"), value(unit)))
			.where(args -> args.filter().currency(), (c, currency) -> "USD".equals(currency) ? eq(c.col("unit"), Sql.literal("USD"))
					: eq(c.col("currency"), value(currency)))
			.where(args -> args.filter().countOf(), (c, countOf) -> eq(c.col("count_of"), value(countOf)))
			.where(args -> args.filter().modality(), (c, modality) -> eq(c.col("modality"), value(modality)))
			.where(args -> args.filter().firmness(), (c, firmness) -> eq(c.col("firmness"), value(firmness)))
			.where(args -> args.filter().partOf(), (c, slug) -> eq(c.col("part_of_id"), SqlSchema.idOf("commitment", slug)))
			.asOf(Selecting::asOf, Timings.COMMITMENT);
	}

	/**
	 * Totals: the preferred claims with an amount that are no part of another commitment, summed
	 * per unit and the groups asked for (the others null).
	 */
	private static Grouping totals(Row c, TotalsArguments args) {
		Set<CommitmentGrouping> groups = EnumSet.noneOf(CommitmentGrouping.class);
		groups.addAll(args.groupBy());
		return new Grouping(List.of(
				Sql.asName(groups.contains(CommitmentGrouping.COMMITTER) ? c.col("committer_id") : sql("null::bigint"), "committer_id"),
				Sql.asName(groups.contains(CommitmentGrouping.RECIPIENT) ? c.col("recipient_id") : sql("null::bigint"), "recipient_id"),
				Sql.asName(groups.contains(CommitmentGrouping.KIND) ? c.col("kind") : sql("null::text"), "kind"),
				Sql.asName(c.col("unit"), "unit"), Sql.asName(c.col("currency"), "currency"), Sql.asName(c.col("count_of"), "count_of"),
				Sql.asName(sql("sum(", c.col("amount"), ")"), "total"),
				Sql.asName(sql("sum(", share(c, Firmness.FIRM), ")"), "firm"),
				Sql.asName(sql("sum(", share(c, Firmness.CONTINGENT), ")"), "contingent"),
				Sql.asName(sql("sum(", share(c, Firmness.UNKNOWN), ")"), "unknown"),
				Sql.asName(sql("count(*)"), "n"),
				Sql.asName(sql("array_agg(distinct ", c.col("qualifier"), " order by ", c.col("qualifier"), ")"), "qualifiers"),
				Sql.asName(sql("array_agg(", c.col("id"), " order by ", c.col("id"), ")"), "ids")),
				sql(c.col("amount"), " is not null and (", c.col("claim_group"), " is null or ", c.col("claim_preferred"),
						") and ", c.col("part_of_id"), " is null and not ", amended(c, args.asOf())),
				List.of(sql("1"), sql("2"), sql("3"), c.col("unit"), c.col("currency"), c.col("count_of")), null);
	}

	/** Whether the organization (its id) is one of the further committers of a group that committed together. */
	private static Sql coCommitted(Row c, Sql organizationId) {
		Row cc = Row.of(new Alias("cc"));
		return sql("exists (select 1 from ", Sql.relation("commitment_committer"), " ", cc.alias(), " where ",
				eq(cc.col("commitment_id"), c.col("id")), " and ", eq(cc.col("organization_id"), organizationId), ")");
	}

	/**
	 * Whether the organization (its id) is the committer or one of the further committers: the ids
	 * as a list the organizations are looked up by, not "committer or exists ...", which no index
	 * answers (at SF1000 it read every organization for each commitment: 2.1 s a page of 100, now 18 ms).
	 */
	private static Sql committerIds(Row c, Sql organizationId) {
		Row cc = Row.of(new Alias("cc"));
		return sql(organizationId, " in (select ", c.col("committer_id"), " union all select ", cc.col("organization_id"), " from ",
				Sql.relation("commitment_committer"), " ", cc.alias(), " where ", eq(cc.col("commitment_id"), c.col("id")), ")");
	}

	/**
	 * Whether a later commitment amends this one (enlarges, replaces or ends it) and had been made
	 * by the day asked (its start not after it), or at all without a day: totals then count the
	 * amendment, never both.
	 */
	static Sql amended(Row c, LocalDate asOf) {
		Row b = Row.of(new Alias("am"));
		if (asOf == null) {
			return sql("exists (select 1 from ", Sql.relation("commitment"), " ", b.alias(), " where ",
					eq(b.col("amends_id"), c.col("id")), ")");
		}
		Row bt = Row.of(new Alias("amt"));
		return sql("exists (select 1 from ", Sql.relation("commitment"), " ", b.alias(), " join ",
				Sql.relation("commitment_timing"), " ", bt.alias(), " on ", eq(bt.col("commitment_id"), b.col("id")), " where ",
				eq(b.col("amends_id"), c.col("id")), " and in_force_start(", Sql.cast(value(asOf), "date"), ", ",
				bt.col("start_earliest"), ", ", bt.col("start_latest"), ", ", bt.col("start_precision"), ") <> 'FALSE')");
	}

	/**
	 * The share of a summed commitment's amount that has this firmness: its direct parts of that
	 * firmness (in its unit, preferred claims, a part a later one amends counted through its
	 * amendment), and, when the commitment itself has it, the rest of the amount. The seed reader
	 * refuses parts that add up to more than their whole. Only one branch runs per row: one probe
	 * of the index on part_of_id.
	 */
	private static Sql share(Row c, Firmness firmness) {
		return sql("case when ", eq(c.col("firmness"), Sql.literal(firmness.name())), " then ", c.col("amount"), " - ",
				partsSum(c, firmness, false), " else ", partsSum(c, firmness, true), " end");
	}

	/** What a commitment's counted parts add up to: those of the firmness, or those of any other. */
	private static Sql partsSum(Row c, Firmness firmness, boolean ofIt) {
		Row part = Row.of(new Alias("pt"));
		return Sql.subquery(sql("select coalesce(sum(", part.col("amount"), "), 0) from ", Sql.relation("commitment"), " ",
				part.alias(), " where ", eq(part.col("part_of_id"), c.col("id")), " and ", eq(part.col("unit"), c.col("unit")),
				" and ", part.col("currency"), " is not distinct from ", c.col("currency"), " and ", part.col("count_of"),
				" is not distinct from ", c.col("count_of"),
				" and ", part.col("firmness"), ofIt ? " = " : " <> ", Sql.literal(firmness.name()), " and ", part.col("amount"),
				" is not null and (", part.col("claim_group"), " is null or ", part.col("claim_preferred"), ") and not ",
				amended(part, null)));
	}

	/** A quantity's currency: the dollar's code for USD, the stored one for OTHER_CURRENCY. */
	private static Sql currency(Row quantity) {
		return sql("case when ", eq(quantity.col("unit"), Sql.literal("USD")), " then 'USD' else ", quantity.col("currency"), " end");
	}

	/** Quantity.text(): the qualifier's words and the amount as people write it, {@code dg_quantity_text} (db/V20). */
	private static Sql quantityText(Row quantity) {
		return sql("dg_quantity_text(", quantity.col("amount"), ", ", quantity.col("unit"), ", ", quantity.col("currency"), ", ",
				quantity.col("count_of"), ", ", quantity.col("qualifier"), ")");
	}

	/** The claim groups whose claims disagree on an attribute, each with its first commitment's id. */
	private static Sql conflicts() {
		Row c = Row.of(new Alias("c"));
		Row a = Row.of(new Alias("ca"));
		Row b = Row.of(new Alias("cb"));
		return sql("select min(", c.col("id"), ") as id, ", c.col("claim_group"), " from ", Sql.relation("commitment"), " ", c.alias(), " where ",
				c.col("claim_group"), " is not null group by ", c.col("claim_group"), " having count(distinct (",
				c.col("amount"), ", ", c.col("unit"), ", ", c.col("currency"), ", ", c.col("count_of"), ", ", c.col("qualifier"), ", ", c.col("modality"), ", ",
				c.col("committer_id"), ", ", c.col("recipient_id"), ")) > 1 or exists (select 1 from ", Sql.relation("commitment"), " ", a.alias(),
				" join ", Sql.relation("commitment"), " ", b.alias(), " on ", eq(b.col("claim_group"), a.col("claim_group")), " where ",
				eq(a.col("claim_group"), c.col("claim_group")), " and ", a.col("date_latest"), " < ", b.col("date_earliest"), ")");
	}

	/** One row per claim group: its first commitment's id and its key. */
	private static Sql claimGroups() {
		Row c = Row.of(new Alias("c"));
		return sql("select min(", c.col("id"), ") as id, ", c.col("claim_group"), " from ", Sql.relation("commitment"), " ", c.alias(), " where ",
				c.col("claim_group"), " is not null group by ", c.col("claim_group"));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(CommitmentKind.class, Unit.class, Qualifier.class, Modality.class, ClaimAttribute.class,
				CommitmentOrderField.class, CommitmentGrouping.class, Firmness.class, ConditionKind.class, AmendmentKind.class);
		schema.type("Commitment")
			.table("commitment")
			.globalId()
			.columns("slug", "kind", "amountText", "resource", "horizon", "modality", "firmness", "description", "claimGroup")
			.embedded("period", "CommitmentPeriod", "period_", p -> sql(p.col("start_precision"), " is null and ",
					p.col("end_precision"), " is null and ", p.col("length"), " is null"))
			.toMany("conditions", "Condition", (k, c) -> eq(k.col("commitment_id"), c.col("id")),
					(k, c) -> sql(k.col("deadline_earliest"), " nulls last, ", k.col("id")), MAX_CONDITIONS)
			.connection("parts", ConnectionSql.of("Commitment", BY_DATE).parent((part, c) -> eq(part.col("part_of_id"), c.col("id"))))
			.value("preferred", c -> sql("(coalesce(", c.col("claim_preferred"), ", false) or ", c.col("claim_group"), " is null)"))
			.embedded("quantity", "Quantity", "", c -> sql(c.col("amount"), " is null"))
			.embedded("date", "FuzzyDate", "date_", FuzzyDateSql::noDate)
			.toOne("committer", "Organization", "committer_id")
			.toMany("committers", "Organization", (o, c) -> committerIds(c, o.col("id")),
					(o, c) -> sql(o.col("id"), " <> ", c.col("committer_id"), ", ", o.col("name"), ", ", o.col("id")), MAX_COMMITTERS)
			.toOne("recipient", "Organization", "recipient_id")
			.toOne("partOf", "Commitment", "part_of_id")
			.toOne("amends", "Commitment", "amends_id")
			.columns("amendment")
			.toMany("amendedBy", "Commitment", (later, c) -> eq(later.col("amends_id"), c.col("id")),
					(later, c) -> sql(later.col("date_earliest"), " nulls first, ", later.col("id")), 10)
			.toOne("deal", "Deal", "deal_id")
			.value("inForce", Timings.On.class, (c, args) -> Timings.COMMITMENT.inForceOn(c, args.on()))
			.toOne("claims", "ClaimGroup", (group, c) -> eq(group.col("claim_group"), c.col("claim_group")));
		schema.type("CommitmentPeriod")
			.embedded("start", "FuzzyDate", "start_", FuzzyDateSql::noDate)
			.embedded("end", "FuzzyDate", "end_", FuzzyDateSql::noDate)
			.columns("length");
		schema.type("Condition")
			.table("commitment_condition")
			.globalId()
			.columns("slug", "kind", "words")
			.embedded("deadline", "FuzzyDate", "deadline_", FuzzyDateSql::noDate)
			.toOne("commitment", "Commitment", "commitment_id");
		schema.rootBySlug("condition", "Condition");
		// Competing claims (ClaimGroup): the group's claims with the preferred one first, and the
		// values they disagree on from the claim_value and claim_disagreement views (V9).
		schema.type("ClaimGroup")
			.derived(claimGroups())
			.value("key", group -> group.col("claim_group"))
			.toOne("preferred", "Commitment", (c, group) -> {
				Row p = Row.of(new Alias("p"));
				return eq(c.col("id"), Sql.subquery(sql("select ", p.col("id"), " from ", Sql.relation("commitment"), " ", p.alias(), " where ",
						eq(p.col("claim_group"), group.col("claim_group")), " order by ", p.col("claim_preferred"), " desc, ",
						p.col("id"), " limit 1")));
			})
			.toMany("claims", "Commitment", (c, group) -> eq(c.col("claim_group"), group.col("claim_group")),
					(c, group) -> sql(c.col("claim_preferred"), " desc, ", c.col("id")), 10)
			.toMany("disagreements", "Disagreement", (d, group) -> eq(d.col("claim_group"), group.col("claim_group")),
					(d, group) -> d.col("attribute_ord"), ClaimAttribute.values().length);
		schema.type("Disagreement")
			.view("claim_disagreement")
			.columns("attribute")
			.toMany("values", "ClaimValue", (v, d) -> sql(eq(v.col("claim_group"), d.col("claim_group")), " and ",
					eq(v.col("attribute"), d.col("attribute"))), (v, d) -> v.col("value_ord"), 10);
		schema.type("ClaimValue")
			.view("claim_value")
			.columns("value", "preferred")
			.toMany("claims", "Commitment", (c, v) -> sql(c.col("id"), " = any(", v.col("claim_ids"), ")"),
					(c, v) -> sql("array_position(", v.col("claim_ids"), ", ", c.col("id"), ")"), 10);
		schema.rootConnection("conflicts", ConnectionSql.of("ClaimGroup", BY_CLAIM_GROUP).over(args -> conflicts()));
		schema.type("Quantity")
			.value("amount", quantity -> sql("trim_scale(", quantity.col("amount"), ")::text"))
			.columns("unit")
			.value("currency", CommitmentSql::currency)
			.columns("countOf", "qualifier")
			.value("text", CommitmentSql::quantityText);
		schema.type("Deal").connection("commitments", ConnectionSql.of("Commitment", AsOfArguments.class, args -> BY_DATE)
			.parent((c, deal) -> eq(c.col("deal_id"), deal.col("id")))
			.asOf(AsOfArguments::asOf, Timings.COMMITMENT));
		schema.type("Organization")
			.connection("commitmentsMade", ConnectionSql.of("Commitment", AsOfArguments.class, args -> BY_DATE)
				.parent((c, organization) -> eq(c.col("committer_id"), organization.col("id")))
				.asOf(AsOfArguments::asOf, Timings.COMMITMENT)
				.manyPerParent())
			.connection("commitmentsReceived", ConnectionSql.of("Commitment", AsOfArguments.class, args -> BY_DATE)
				.parent((c, organization) -> eq(c.col("recipient_id"), organization.col("id")))
				.asOf(AsOfArguments::asOf, Timings.COMMITMENT)
				.manyPerParent());
		schema.rootBySlug("commitment", "Commitment");
		schema.rootConnection("commitments", selecting(ConnectionSql.of("Commitment", CommitmentsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new CommitmentOrder(CommitmentOrderField.DATE, OrderDirection.ASC))))));
		schema.rootAggregate("commitmentTotals", "CommitmentTotals",
				selecting(ConnectionSql.of("Commitment", TotalsArguments.class, args -> BY_DATE))
					.checked(args -> {
						if (args.filter().partOf() != null) {
							throw new BadInputException("filter.partOf", "selects parts, which totals never sum (they sum the whole): "
									+ "leave it out here, or list the parts with commitments(filter: {partOf: ...})");
						}
					}));
		// totals: amounts per unit and group, preferred claims only, parts left out.
		schema.type("CommitmentTotals")
			.aggregate("withoutAmount", TotalsArguments.class, (c, args) -> sql("count(*) filter (where ", c.col("amount"), " is null)"))
			.aggregate("competingClaimsSkipped", TotalsArguments.class, (c, args) -> sql("count(*) filter (where ",
					c.col("amount"), " is not null and ", c.col("claim_group"), " is not null and not ", c.col("claim_preferred"), ")"))
			.aggregate("partsSkipped", TotalsArguments.class, (c, args) -> sql("count(*) filter (where ", c.col("amount"),
					" is not null and ", c.col("part_of_id"), " is not null and (", c.col("claim_group"), " is null or ",
					c.col("claim_preferred"), "))"))
			.aggregate("amendedSkipped", TotalsArguments.class, (c, args) -> sql("count(*) filter (where ", c.col("amount"),
					" is not null and ", amended(c, args.asOf()), ")"))
			.grouped("groups", "CommitmentTotal", TotalsArguments.class, CommitmentSql::totals,
					group -> List.of(group.col("unit"), group.col("currency"), group.col("count_of"), sql(group.col("total"), " desc"), group.col("committer_id"),
							group.col("recipient_id"), group.col("kind")));
		schema.type("CommitmentTotal")
			.toOne("committer", "Organization", "committer_id")
			.toOne("recipient", "Organization", "recipient_id")
			.columns("kind", "unit")
			.value("currency", CommitmentSql::currency)
			.columns("countOf")
			.value("total", group -> sql("trim_scale(", group.col("total"), ")::text"))
			.value("firm", group -> sql("trim_scale(", group.col("firm"), ")::text"))
			.value("contingent", group -> sql("trim_scale(", group.col("contingent"), ")::text"))
			.value("unknown", group -> sql("trim_scale(", group.col("unknown"), ")::text"))
			.value("count", group -> group.col("n"))
			.columns("qualifiers")
			.toMany("commitments", "Commitment", (c, group) -> sql(c.col("id"), " = any(", group.col("ids"), ")"),
					(c, group) -> c.col("id"));
	}

}
