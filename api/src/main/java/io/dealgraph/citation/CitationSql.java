package io.dealgraph.citation;

import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.Order;

import org.springframework.stereotype.Component;

/** How {@code Citation} reads from SQL, and the {@code citations} of every kind of fact ({@code schema/source.graphqls}). */
@Component
public class CitationSql implements SqlDeclarations {

	/** Citations in the order of their texts: by source, then where the excerpt starts. */
	public static final Order IN_TEXT_ORDER = Order.by("SOURCE_POSITION", false,
			new Order.SortKey("q.source_id", "bigint"), new Order.SortKey("q.start_offset", "integer"));

	/**
	 * The distinct outlets that support the fact {@code {t}}: those its citations credit, or the
	 * article itself where a citation credits none.
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
		for (Fact fact : Fact.values()) {
			schema.type(fact.typeName())
				.connection("citations", ConnectionSql.of("Citation", "q." + fact.citationColumn() + " = {t}.id", IN_TEXT_ORDER));
			if (fact.hasOutlets()) {
				schema.type(fact.typeName())
					.value("outlets", "array(select o.outlet from " + outlets(fact.citationColumn()) + " order by 1)")
					.value("corroboration", "(select count(*)::int from " + outlets(fact.citationColumn()) + ")");
			}
		}
	}

}
