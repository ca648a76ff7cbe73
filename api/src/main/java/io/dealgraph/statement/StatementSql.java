package io.dealgraph.statement;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderInput;

import org.springframework.stereotype.Component;

/** How {@code Statement} reads from SQL ({@code schema/statement.graphqls}). */
@Component
class StatementSql implements SqlDeclarations {

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Statement")
			.table("statement")
			.globalId()
			.columns("slug", "quote", "channel")
			.embedded("date", "FuzzyDate", "date", BaseSql.NO_DATE)
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id")
			.toMany("speakers", "Speaker", "", "{c}.statement_id = {t}.id", "{c}.id");
		schema.type("Speaker")
			.table("statement_speaker")
			.toOne("person", "Person", "{c}.id = {t}.person_id")
			.toOne("organization", "Organization", "{c}.id = {t}.organization_id");
		schema.type("Organization").connection("statements", ConnectionSql.of("Statement",
				"exists (select 1 from (" + Statements.SPEAKING_ORGANIZATIONS
						+ ") so where so.statement_id = q.id and so.organization_id = {t}.id)",
				Statements.LATEST_FIRST));
		schema.type("Person").connection("statements", ConnectionSql.of("Statement",
				"exists (select 1 from statement_speaker sp where sp.statement_id = q.id and sp.person_id = {t}.id)",
				Statements.LATEST_FIRST));
		schema.type("Deal").connection("statements", ConnectionSql.of("Statement", "q.deal_id = {t}.id", Statements.LATEST_FIRST));
		schema.rootObject("statement", "Statement", "{t}.slug = ?", "slug");
		schema.rootConnection("statements", ConnectionSql.of("Statement", null, Statements.LATEST_FIRST)
			.orderedBy(args -> Statements.order(OrderInput.orDefault(ConnectionSql.orderInput(args), "DATE", "DESC")))
			.where("filter.channel", "q.channel = ?")
			.where("filter.outlet", BaseSql.citedBy("statement_id"))
			.where("filter.deal", "q.deal_id = (select id from deal where slug = ?)")
			.where("filter.speaker", """
					exists (select 1 from statement_speaker ss where ss.statement_id = q.id
					  and ss.person_id = (select id from person where slug = ?))""")
			.where("filter.organization", "exists (select 1 from (" + Statements.SPEAKING_ORGANIZATIONS
					+ ") so where so.statement_id = q.id and so.organization_id = (select id from organization where slug = ?))")
			.where("filter.from", BaseSql.endsOnOrAfter("date"))
			.where("filter.to", BaseSql.beginsOnOrBefore("date")));
	}

}
