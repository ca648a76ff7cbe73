package io.dealgraph.statement;

import java.time.LocalDate;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Statement} and {@code Speaker} read from SQL ({@code schema/statement.graphqls}). */
@Component
class StatementSql implements SqlDeclarations {

	/** The schema's {@code StatementOrderField}. */
	enum StatementOrderField {

		DATE

	}

	/** The schema's {@code StatementOrder}. */
	record StatementOrder(StatementOrderField field, OrderDirection direction) implements OrderInput<StatementOrderField> {
	}

	/** The arguments of {@code Query.statements}. */
	record StatementsArguments(StatementFilter filter, StatementOrder orderBy) {

		StatementsArguments {
			filter = filter != null ? filter : new StatementFilter(null, null, null, null, null, null, null);
		}

	}

	/** The schema's {@code StatementFilter}. */
	record StatementFilter(String speaker, String organization, StatementChannel channel, String deal, LocalDate from,
			LocalDate to, String outlet) {
	}

	static final Order LATEST_FIRST = order(new StatementOrder(StatementOrderField.DATE, OrderDirection.DESC));

	static Order order(OrderInput<StatementOrderField> input) {
		return Order.by("DATE", input.descending(), Order.latestDate("date", input.descending()));
	}

	/**
	 * A statement that speaks for an organization: directly, or through a speaking person; the
	 * condition is on the organization's id.
	 */
	private static Sql speaksFor(Row statement, Sql organizationId) {
		Row speaker = Row.of(new Alias("ss"));
		Row person = Row.of(new Alias("sp"));
		Row speaking = Row.of(new Alias("so"));
		Sql organizations = Sql.subquery(sql("select ", speaker.col("statement_id"), ", ", speaker.col("organization_id"),
				" from ", Sql.relation("statement_speaker"), " ", speaker.alias(), " where ", speaker.col("organization_id"),
				" is not null union select ", speaker.col("statement_id"), ", ", person.col("organization_id"),
				" from ", Sql.relation("statement_speaker"), " ", speaker.alias(), " join ", Sql.relation("person"), " ", person.alias(), " on ",
				eq(person.col("id"), speaker.col("person_id")), " where ", person.col("organization_id"), " is not null"));
		return sql("exists (select 1 from ", organizations, " ", speaking.alias(), " where ",
				eq(speaking.col("statement_id"), statement.col("id")), " and ", eq(speaking.col("organization_id"), organizationId),
				")");
	}

	/** A statement a person speaks in; the condition is on the person's id. */
	private static Sql spokenBy(Row statement, Sql personId) {
		Row speaker = Row.of(new Alias("sp"));
		return sql("exists (select 1 from ", Sql.relation("statement_speaker"), " ", speaker.alias(), " where ",
				eq(speaker.col("statement_id"), statement.col("id")), " and ", eq(speaker.col("person_id"), personId), ")");
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(StatementChannel.class, StatementOrderField.class);
		schema.type("Statement")
			.table("statement")
			.globalId()
			.columns("slug", "quote", "channel")
			.embedded("date", "FuzzyDate", "date_", FuzzyDateSql::noDate)
			.toOne("deal", "Deal", "deal_id")
			.toMany("speakers", "Speaker", (speaker, statement) -> eq(speaker.col("statement_id"), statement.col("id")),
					(speaker, statement) -> speaker.col("id"), 10);
		schema.type("Speaker")
			.table("statement_speaker")
			.toOne("person", "Person", "person_id")
			.toOne("organization", "Organization", "organization_id");
		schema.type("Organization").connection("statements", ConnectionSql.of("Statement", LATEST_FIRST)
			.parent((statement, organization) -> speaksFor(statement, organization.col("id")))
			.manyPerParent());
		schema.type("Person").connection("statements", ConnectionSql.of("Statement", LATEST_FIRST)
			.parent((statement, person) -> spokenBy(statement, person.col("id")))
			.manyPerParent());
		schema.type("Deal").connection("statements", ConnectionSql.of("Statement", LATEST_FIRST)
			.parent((statement, deal) -> eq(statement.col("deal_id"), deal.col("id"))));
		schema.rootBySlug("statement", "Statement");
		schema.rootConnection("statements", ConnectionSql.of("Statement", StatementsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new StatementOrder(StatementOrderField.DATE, OrderDirection.DESC))))
			.where(args -> args.filter().channel(), (statement, channel) -> eq(statement.col("channel"), value(channel)))
			.where(args -> args.filter().outlet(), (statement, outlet) -> CitationSql.citedBy(Fact.STATEMENT, statement, outlet))
			.where(args -> args.filter().deal(), (statement, slug) -> eq(statement.col("deal_id"), SqlSchema.idOf("deal", slug)))
			.where(args -> args.filter().speaker(), (statement, slug) -> spokenBy(statement, SqlSchema.idOf("person", slug)))
			.where(args -> args.filter().organization(),
					(statement, slug) -> speaksFor(statement, SqlSchema.idOf("organization", slug)))
			.where(args -> args.filter().from(), (statement, day) -> FuzzyDateSql.endsOnOrAfter(statement, "date", day))
			.where(args -> args.filter().to(), (statement, day) -> FuzzyDateSql.beginsOnOrBefore(statement, "date", day)));
	}

}
