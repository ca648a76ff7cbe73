package io.dealgraph.commitment;

import java.util.List;
import java.util.Map;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.BadInputException;

import org.springframework.stereotype.Component;

/** How {@code Commitment} and {@code Quantity} read from SQL ({@code schema/commitment.graphqls}). */
@Component
class CommitmentSql implements SqlDeclarations {

	/** The schema's {@code CommitmentOrderField}. */
	enum CommitmentOrderField {

		DATE, AMOUNT

	}

	/** The schema's {@code CommitmentGrouping}: what totals are summed per, beside the unit. */
	enum CommitmentGrouping {

		COMMITTER, RECIPIENT, KIND

	}

	static final Order BY_DATE = order(new OrderInput<>(CommitmentOrderField.DATE, OrderDirection.ASC));

	static final Order BY_CLAIM_GROUP = Order.by("CLAIM_GROUP", false, Order.text("q.claim_group"));

	/** The claim groups whose claims disagree on an attribute, each with its first commitment's id. */
	static final String CONFLICTS = """
			select min(c.id) as id, c.claim_group from commitment c
			where c.claim_group is not null
			group by c.claim_group
			having count(distinct (c.amount, c.unit, c.qualifier, c.modality, c.committer_id, c.recipient_id)) > 1
			    or exists (select 1 from commitment a join commitment b on b.claim_group = a.claim_group
			               where a.claim_group = c.claim_group and a.date_latest < b.date_earliest)""";

	static Order order(OrderInput<CommitmentOrderField> input) {
		boolean desc = input.descending();
		if (input.field() == CommitmentOrderField.AMOUNT) {
			String missing = desc ? "'-Infinity'::numeric" : "'Infinity'::numeric";
			// Without an amount last in either direction: '~' sorts after and '' before every unit, bytewise.
			return Order.by("AMOUNT", desc, Order.text("coalesce(q.unit, '" + (desc ? "" : "~") + "')"),
					new Order.SortKey("coalesce(q.amount, " + missing + ")", "numeric"));
		}
		return Order.by("DATE", desc, Order.earliestDate("date", desc));
	}

	/** Amounts compare only within a unit. */
	static void checkAmounts(Object amountMin, Object amountMax, Object unit) {
		if ((amountMin != null || amountMax != null) && unit == null) {
			throw new BadInputException("filter.unit", "is required with amountMin or amountMax: amounts of different units do not compare");
		}
	}

	static void checkAmounts(Map<?, ?> filter) {
		checkAmounts(filter.get("amountMin"), filter.get("amountMax"), filter.get("unit"));
	}


	private static final String TIMING = "commitment_timing";

	/** Quantity.text(): the qualifier's words, the amount without trailing zeros, the unit. */
	private static final String QUANTITY_TEXT = """
			(case {t}.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about '
			  when 'MORE_THAN' then 'more than ' else '' end) || trim_scale({t}.amount)::text || ' ' || {t}.unit""";

	/** The commitments a root field selects: the filters and asOf of {@code where}. */
	private static final ConnectionSql ROWS = ConnectionSql.of("Commitment", null, BY_DATE)
		.orderedBy(args -> order(OrderInput.of(args, CommitmentOrderField.class, CommitmentOrderField.DATE, OrderDirection.ASC)))
		.checked(args -> checkAmounts(filter(args)))
		.where("filter.organization", """
					q.committer_id = (select id from organization where slug = ?)
					 or q.recipient_id = (select id from organization where slug = ?)""")
		.where("filter.amountMin", "q.amount >= ?")
		.where("filter.amountMax", "q.amount <= ?")
		.where("filter.from", BaseSql.endsOnOrAfter("date"))
		.where("filter.to", BaseSql.beginsOnOrBefore("date"))
		.where("filter.outlet", BaseSql.citedBy("commitment_id"))
		.where("filter.committer", "q.committer_id = (select id from organization where slug = ?)")
		.where("filter.recipient", "q.recipient_id = (select id from organization where slug = ?)")
		.where("filter.deal", "q.deal_id = (select id from deal where slug = ?)")
		.where("filter.kind", "q.kind = ?")
		.where("filter.unit", "q.unit = ?")
		.where("filter.modality", "q.modality = ?")
		.asOf(TIMING, "commitment_id");

	/** The group columns groupBy asks for (the others null), as totals selects them. */
	private static String totalColumns(Map<String, Object> args) {
		java.util.Set<CommitmentGrouping> groups = java.util.EnumSet.noneOf(CommitmentGrouping.class);
		if (args.get("groupBy") instanceof List<?> list) {
			list.forEach(group -> groups.add(CommitmentGrouping.valueOf((String) group)));
		}
		return (groups.contains(CommitmentGrouping.COMMITTER) ? "q.committer_id" : "null::bigint") + " as committer_id, "
				+ (groups.contains(CommitmentGrouping.RECIPIENT) ? "q.recipient_id" : "null::bigint") + " as recipient_id, "
				+ (groups.contains(CommitmentGrouping.KIND) ? "q.kind" : "null::text") + " as kind, q.unit, sum(q.amount) as total, "
				+ "count(*) as n, array_agg(distinct q.qualifier order by q.qualifier) as qualifiers, "
				+ "array_agg(q.id order by q.id) as ids";
	}

	private static Map<?, ?> filter(Map<String, Object> args) {
		return args.get("filter") instanceof Map<?, ?> filter ? filter : Map.of();
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Commitment")
			.table("commitment")
			.globalId()
			.columns("slug", "kind", "amountText", "resource", "horizon", "modality", "description", "claimGroup")
			.value("preferred", "(coalesce({t}.claim_preferred, false) or {t}.claim_group is null)")
			.embedded("quantity", "Quantity", "", "{t}.amount is null")
			.embedded("date", "FuzzyDate", "date", BaseSql.NO_DATE)
			.toOne("committer", "Organization", "{c}.id = {t}.committer_id")
			.toOne("recipient", "Organization", "{c}.id = {t}.recipient_id")
			.toOne("partOf", "Commitment", "{c}.id = {t}.part_of_id")
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id")
			.value("inForce", "on", BaseSql.inForceOn("commitment_timing", "commitment_id"))
			.toOne("claims", "ClaimGroup", "{c}.claim_group = {t}.claim_group");
		// Competing claims (ClaimGroup): the group's claims with the preferred one first, and the
		// values they disagree on from the claim_value and claim_disagreement views (V9).
		schema.type("ClaimGroup")
			.table("(select min(id) as id, claim_group from commitment where claim_group is not null group by claim_group)")
			.value("key", "{t}.claim_group")
			.toOne("preferred", "Commitment", """
					{c}.id = (select p.id from commitment p where p.claim_group = {t}.claim_group
					          order by p.claim_preferred desc, p.id limit 1)""")
			.toMany("claims", "Commitment", "", "{c}.claim_group = {t}.claim_group", "{c}.claim_preferred desc, {c}.id")
			.toMany("disagreements", "Disagreement", "", "{c}.claim_group = {t}.claim_group", "{c}.attribute_ord");
		schema.type("Disagreement")
			.table("claim_disagreement")
			.columns("attribute")
			.toMany("values", "ClaimValue", "", "{c}.claim_group = {t}.claim_group and {c}.attribute = {t}.attribute",
					"{c}.value_ord");
		schema.type("ClaimValue")
			.table("claim_value")
			.columns("value", "preferred")
			.toMany("claims", "Commitment", "", "{c}.id = any({t}.claim_ids)", "array_position({t}.claim_ids, {c}.id)");
		schema.rootConnection("conflicts", ConnectionSql.of("ClaimGroup", null, BY_CLAIM_GROUP)
			.over(CONFLICTS));
		schema.type("Quantity")
			.value("amount", "trim_scale({t}.amount)::text")
			.columns("unit", "qualifier")
			.value("text", QUANTITY_TEXT);
		schema.type("Deal").connection("commitments", ConnectionSql.of("Commitment", "q.deal_id = {t}.id", BY_DATE)
			.asOf(TIMING, "commitment_id"));
		schema.type("Organization")
			.connection("commitmentsMade", ConnectionSql.of("Commitment", "q.committer_id = {t}.id", BY_DATE).asOf(TIMING, "commitment_id"))
			.connection("commitmentsReceived", ConnectionSql.of("Commitment", "q.recipient_id = {t}.id", BY_DATE).asOf(TIMING, "commitment_id"));
		schema.rootObject("commitment", "Commitment", "{t}.slug = ?", "slug");
		schema.rootConnection("commitments", ROWS);
		schema.rootAggregate("commitmentTotals", "CommitmentTotals", ROWS, "groupBy");
		// totals: amounts per unit and group, preferred claims only, parts left out.
		schema.type("CommitmentTotals")
			.value("withoutAmount", "count(*) filter (where {t}.amount is null)")
			.value("competingClaimsSkipped",
					"count(*) filter (where {t}.amount is not null and {t}.claim_group is not null and not {t}.claim_preferred)")
			.value("partsSkipped", "count(*) filter (where {t}.amount is not null and {t}.part_of_id is not null"
					+ " and ({t}.claim_group is null or {t}.claim_preferred))")
			.grouped("groups", "CommitmentTotal", CommitmentSql::totalColumns,
					"q.amount is not null and (q.claim_group is null or q.claim_preferred) and q.part_of_id is null",
					args -> "1, 2, 3, q.unit", "{t}.unit, {t}.total desc, {t}.committer_id, {t}.recipient_id, {t}.kind");
		schema.type("CommitmentTotal")
			.toOne("committer", "Organization", "{c}.id = {t}.committer_id")
			.toOne("recipient", "Organization", "{c}.id = {t}.recipient_id")
			.value("kind", "{t}.kind")
			.value("unit", "{t}.unit")
			.value("total", "trim_scale({t}.total)::text")
			.value("count", "{t}.n")
			.value("qualifiers", "{t}.qualifiers")
			.toMany("commitments", "Commitment", "", "{c}.id = any({t}.ids)", "{c}.id");
	}

}
