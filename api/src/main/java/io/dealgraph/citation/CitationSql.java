package io.dealgraph.citation;

import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;

/** How {@code Citation} reads from SQL, and the {@code citations} of every kind of fact ({@code schema/source.graphqls}). */
@Component
public class CitationSql implements SqlDeclarations {

	/** The most outlets a fact lists (the schema's descriptions say so). */
	static final int MAX_OUTLETS = 100;

	/** Citations in the order of their texts: by source, then where the excerpt starts. */
	public static final Order IN_TEXT_ORDER = Order.by("SOURCE_POSITION", false,
			new Order.SortKey(q -> q.col("source_id"), Order.KeyType.BIGINT),
			new Order.SortKey(q -> q.col("start_offset"), Order.KeyType.INTEGER));

	/**
	 * A fact ({@code q}) cited by an outlet, or from a source published by one, whose name contains
	 * the text (case-insensitive).
	 */
	public static Sql citedBy(Fact fact, Row q, String outlet) {
		Row citation = Row.of(new Alias("oc"));
		Row source = Row.of(new Alias("os"));
		return sql("exists (select 1 from ", Sql.relation("citation"), " ", citation.alias(), " join ", Sql.relation("source"), " ", source.alias(), " on ",
				eq(source.col("id"), citation.col("source_id")), " where ", eq(citation.col(fact.citationColumn()), q.col("id")),
				" and (strpos(lower(", citation.col("credited_outlet"), "), lower(", Sql.value(outlet), ")) > 0 or strpos(lower(",
				source.col("publisher"), "), lower(", Sql.value(outlet), ")) > 0))");
	}

	/**
	 * The distinct outlets that support the fact: those its citations credit, or the article itself
	 * where a citation credits none, unless another citation of the fact from the same article
	 * credits an outlet (the article carries that outlet's claim; it is not a second outlet); a
	 * row source with one column, {@code outlet}.
	 */
	private static Sql outlets(Fact fact, Row row, Alias outlets) {
		Row cited = Row.of(new Alias("cc"));
		Row citation = Row.of(new Alias("c"));
		Row source = Row.of(new Alias("s"));
		Alias outlet = new Alias("o");
		Sql citations = sql("select ", cited.col("source_id"), ", ", cited.col("credited_outlet"), ", bool_or(",
				cited.col("credited_outlet"), " is not null) over (partition by ", cited.col("source_id"), ") as credits from ",
				Sql.relation("citation"), " ", cited.alias(), " where ", eq(cited.col(fact.citationColumn()), row.col("id")));
		return sql(Sql.subquery(sql("select distinct trim(", outlet.col("outlet"), ") collate \"C\" as outlet from ",
				Sql.subquery(citations), " ", citation.alias(), " join ", Sql.relation("source"), " ", source.alias(), " on ",
				eq(source.col("id"), citation.col("source_id")), " cross join lateral unnest(case when ",
				citation.col("credited_outlet"), " is not null then string_to_array(", citation.col("credited_outlet"),
				", ',') when ", citation.col("credits"), " then array[]::text[] else array[coalesce(", source.col("publisher"),
				", ", source.col("author"), ", '“' || ", source.col("title"), " || '”')] end) as ", outlet, "(outlet)")), " ", outlets);
	}

	/** A fact's citations: a few for each fact, but a source holds every excerpt taken from it (SF1000: about a thousand). */
	private static ConnectionSql<ConnectionSql.NoArguments> citations(Fact fact) {
		ConnectionSql<ConnectionSql.NoArguments> citations = ConnectionSql.of("Citation", IN_TEXT_ORDER)
			.parent((citation, cited) -> eq(citation.col(fact.citationColumn()), cited.col("id")));
		return fact == Fact.SOURCE ? citations.manyPerParent() : citations;
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Citation")
			.table("citation")
			.columns("excerpt", "startOffset", "endOffset", "creditedOutlet")
			.toOne("source", "Source", "source_id");
		for (Fact fact : Fact.values()) {
			schema.type(fact.typeName())
				.connection("citations", citations(fact));
			if (fact.hasOutlets()) {
				schema.type(fact.typeName()).value("outlets", row -> {
					Alias outlets = new Alias("o");
					return sql("array(select ", outlets.col("outlet"), " from ", outlets(fact, row, outlets), " order by 1 limit " + MAX_OUTLETS + ")");
				}).value("corroboration", row -> sql("(select count(*)::int from ", outlets(fact, row, new Alias("o")), ")"));
			}
		}
	}

}
