package io.dealgraph.statement;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;

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
			.toOne("deal", "Deal", "{c}.id = {t}.deal_id");
		schema.type("Deal").connection("statements", ConnectionSql.of("Statement", "q.deal_id = {t}.id", Statements.LATEST_FIRST));
		schema.rootObject("statement", "Statement", "{t}.slug = ?", "slug");
	}

}
