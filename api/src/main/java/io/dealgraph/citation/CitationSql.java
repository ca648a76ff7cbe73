package io.dealgraph.citation;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;

import org.springframework.stereotype.Component;

/** How {@code Citation} reads from SQL, and the {@code citations} of every kind of fact ({@code schema/source.graphqls}). */
@Component
class CitationSql implements SqlDeclarations {

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Citation")
			.table("citation")
			.columns("excerpt", "startOffset", "endOffset", "creditedOutlet")
			.toOne("source", "Source", "{c}.id = {t}.source_id");
		Citations.FACT_COLUMNS.forEach((type, column) -> schema.type(type)
			.connection("citations", ConnectionSql.of("Citation", "q." + column + " = {t}.id", Citations.IN_TEXT_ORDER)));
	}

}
