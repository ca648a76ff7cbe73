package io.dealgraph.commitment;

import java.util.Map;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderInput;

import org.springframework.stereotype.Component;

/** How {@code Commitment} and {@code Quantity} read from SQL ({@code schema/commitment.graphqls}). */
@Component
class CommitmentSql implements SqlDeclarations {

	private static final String TIMING = "commitment_timing";

	/** Quantity.text(): the qualifier's words, the amount without trailing zeros, the unit. */
	private static final String QUANTITY_TEXT = """
			(case {t}.qualifier when 'UP_TO' then 'up to ' when 'AT_LEAST' then 'at least ' when 'ABOUT' then 'about '
			  when 'MORE_THAN' then 'more than ' else '' end) || trim_scale({t}.amount)::text || ' ' || {t}.unit""";

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
			.value("inForce", "on", BaseSql.inForceOn("commitment_timing", "commitment_id"));
		schema.type("Quantity")
			.value("amount", "trim_scale({t}.amount)::text")
			.columns("unit", "qualifier")
			.value("text", QUANTITY_TEXT);
		schema.type("Deal").connection("commitments", ConnectionSql.of("Commitment", "q.deal_id = {t}.id", Commitments.BY_DATE)
			.asOf(TIMING, "commitment_id"));
		schema.type("Organization")
			.connection("commitmentsMade", ConnectionSql.of("Commitment", "q.committer_id = {t}.id", Commitments.BY_DATE).asOf(TIMING, "commitment_id"))
			.connection("commitmentsReceived", ConnectionSql.of("Commitment", "q.recipient_id = {t}.id", Commitments.BY_DATE).asOf(TIMING, "commitment_id"));
		schema.rootObject("commitment", "Commitment", "{t}.slug = ?", "slug");
		schema.rootConnection("commitments", ConnectionSql.of("Commitment", null, Commitments.BY_DATE)
			.orderedBy(args -> Commitments.order(OrderInput.orDefault(ConnectionSql.orderInput(args), "DATE", "ASC")))
			.checked(args -> Commitments.checkAmounts(filter(args)))
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
			.asOf(TIMING, "commitment_id"));
	}

}
