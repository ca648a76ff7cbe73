package io.dealgraph.citation;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;

import org.springframework.stereotype.Component;

/** How {@code Citation} reads from SQL, and the {@code citations} of every kind of fact ({@code schema/source.graphqls}). */
@Component
class CitationSql implements SqlDeclarations {

	/**
	 * The distinct outlets that support the fact {@code {t}}, as {@link Citations#outlets} reads
	 * them: those its citations credit, or the article itself where a citation credits none.
	 */
	private static String outlets(String column) {
		return """
				(select distinct trim(o.outlet) collate "C" as outlet
				 from citation c join source s on s.id = c.source_id
				 cross join lateral unnest(case when c.credited_outlet is not null
				     then string_to_array(c.credited_outlet, ',')
				     else array[coalesce(s.publisher, s.author, '“' || s.title || '”')] end) as o(outlet)
				 where c.%s = {t}.id) o""".formatted(column);
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Citation")
			.table("citation")
			.columns("excerpt", "startOffset", "endOffset", "creditedOutlet")
			.toOne("source", "Source", "{c}.id = {t}.source_id");
		Citations.FACT_COLUMNS.forEach((type, column) -> schema.type(type)
			.connection("citations", ConnectionSql.of("Citation", "q." + column + " = {t}.id", Citations.IN_TEXT_ORDER)));
		CitationController.FACT_TYPES.forEach(type -> schema.type(type)
			.value("outlets", "array(select o.outlet from " + outlets(Citations.FACT_COLUMNS.get(type)) + " order by 1)")
			.value("corroboration", "(select count(*)::int from " + outlets(Citations.FACT_COLUMNS.get(type)) + ")"));
	}

}
