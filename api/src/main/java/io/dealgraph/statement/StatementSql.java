package io.dealgraph.statement;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/** How {@code Statement} reads from SQL ({@code schema/statement.graphqls}). */
@Component
class StatementSql implements SqlDeclarations {

	/** Each statement with every organization it speaks for: directly, or through a speaking person. */
	static final String SPEAKING_ORGANIZATIONS = """
			select statement_id, organization_id from statement_speaker where organization_id is not null
			union
			select ss.statement_id, p.organization_id from statement_speaker ss join person p on p.id = ss.person_id
			where p.organization_id is not null""";

	/** The schema's {@code StatementOrderField}. */
	enum StatementOrderField {

		DATE

	}

	static final Order LATEST_FIRST = order(new OrderInput<>(StatementOrderField.DATE, OrderDirection.DESC));

	static Order order(OrderInput<StatementOrderField> input) {
		return Order.by("DATE", input.descending(), Order.latestDate("date", input.descending()));
	}

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
				"exists (select 1 from (" + SPEAKING_ORGANIZATIONS
						+ ") so where so.statement_id = q.id and so.organization_id = {t}.id)",
				LATEST_FIRST));
		schema.type("Person").connection("statements", ConnectionSql.of("Statement",
				"exists (select 1 from statement_speaker sp where sp.statement_id = q.id and sp.person_id = {t}.id)",
				LATEST_FIRST));
		schema.type("Deal").connection("statements", ConnectionSql.of("Statement", "q.deal_id = {t}.id", LATEST_FIRST));
		schema.rootObject("statement", "Statement", "{t}.slug = ?", "slug");
		schema.rootConnection("statements", ConnectionSql.of("Statement", null, LATEST_FIRST)
			.orderedBy(args -> order(OrderInput.of(args, StatementOrderField.class, StatementOrderField.DATE, OrderDirection.DESC)))
			.where("filter.channel", "q.channel = ?")
			.where("filter.outlet", BaseSql.citedBy("statement_id"))
			.where("filter.deal", "q.deal_id = (select id from deal where slug = ?)")
			.where("filter.speaker", """
					exists (select 1 from statement_speaker ss where ss.statement_id = q.id
					  and ss.person_id = (select id from person where slug = ?))""")
			.where("filter.organization", "exists (select 1 from (" + SPEAKING_ORGANIZATIONS
					+ ") so where so.statement_id = q.id and so.organization_id = (select id from organization where slug = ?))")
			.where("filter.from", BaseSql.endsOnOrAfter("date"))
			.where("filter.to", BaseSql.beginsOnOrBefore("date")));
	}

}
