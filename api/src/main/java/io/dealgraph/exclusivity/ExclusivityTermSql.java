package io.dealgraph.exclusivity;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/** How {@code ExclusivityTerm} reads from SQL ({@code schema/exclusivity.graphqls}). */
@Component
class ExclusivityTermSql implements SqlDeclarations {

	private static final String TIMING = "exclusivity_term_timing";

	/** The schema's {@code ExclusivityTermOrderField}. */
	enum ExclusivityTermOrderField {

		VALID_FROM, SCOPE

	}

	static final Order BY_VALID_FROM = order(new OrderInput<>(ExclusivityTermOrderField.VALID_FROM, OrderDirection.ASC));

	static Order order(OrderInput<ExclusivityTermOrderField> input) {
		return Order.by(input.field().name(), input.descending(), input.field() == ExclusivityTermOrderField.SCOPE
				? Order.text("lower(q.scope)") : Order.earliestDate("valid_from", input.descending()));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.rootObject("exclusivityTerm", "ExclusivityTerm", "{t}.slug = ?", "slug");
		schema.rootConnection("exclusivityTerms", ConnectionSql.of("ExclusivityTerm", null, BY_VALID_FROM)
			.orderedBy(args -> order(OrderInput.of(args, ExclusivityTermOrderField.class, ExclusivityTermOrderField.VALID_FROM, OrderDirection.ASC)))
			.where("filter.outlet", BaseSql.citedBy("exclusivity_term_id"))
			.where("filter.holder", "q.holder_id = (select id from organization where slug = ?)")
			.where("filter.grantor", "q.grantor_id = (select id from organization where slug = ?)")
			.where("filter.deal", "q.deal_id = (select id from deal where slug = ?)")
			.where("filter.status", "q.status = ?")
			.asOf(TIMING, "term_id"));
		schema.type("ExclusivityTerm")
			.table("exclusivity_term")
			.globalId()
			.columns("slug", "scope", "status")
			.embedded("validFrom", "FuzzyDate", "valid_from", BaseSql.NO_DATE)
			.embedded("validTo", "FuzzyDate", "valid_to", BaseSql.NO_DATE)
			.toOne("grantor", "Organization", "{c}.id = {t}.grantor_id")
			.toOne("holder", "Organization", "{c}.id = {t}.holder_id")
			.toOne("supersededBy", "ExclusivityTerm", "{c}.id = {t}.superseded_by_term_id")
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id")
			.toMany("supersedes", "ExclusivityTerm", "", "{c}.superseded_by_term_id = {t}.id", "{c}.id")
			.value("inForce", "on", BaseSql.inForceOn(TIMING, "term_id"));
		schema.type("Deal")
			.connection("exclusivityTerms", ConnectionSql.of("ExclusivityTerm", "q.deal_id = {t}.id", BY_VALID_FROM).asOf(TIMING, "term_id"));
		schema.type("Organization")
			.connection("exclusivityHeld", ConnectionSql.of("ExclusivityTerm", "q.holder_id = {t}.id", BY_VALID_FROM).asOf(TIMING, "term_id"))
			.connection("exclusivityGranted",
					ConnectionSql.of("ExclusivityTerm", "q.grantor_id = {t}.id", BY_VALID_FROM).asOf(TIMING, "term_id"));
	}

}
