package io.dealgraph.dateclaim;

import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * How {@code DateClaim} reads from SQL, and the {@code dateClaims} of deals and events ({@code
 * schema/dateclaim.graphqls}). Its citations, outlets and corroboration are every fact's ({@code
 * citation.Fact}).
 */
@Component
class DateClaimSql implements SqlDeclarations {

	/** The most claims a deal or an event lists (the schema's descriptions say so). */
	static final int MAX_CLAIMS = 20;

	/** The arguments of {@code Deal.dateClaims}. */
	record DateClaimsArguments(DateField field) {
	}

	/** By date (alphabetical is also the schema's order of DateField), the preferred claim first, then earliest first. */
	private static Sql preferredFirst(Row claim) {
		return sql(claim.col("field"), " collate \"C\", ", claim.col("preferred"), " desc, ", claim.col("date_earliest"),
				" nulls first, ", claim.col("id"));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(DateField.class);
		schema.type("DateClaim")
			.table("date_claim")
			.globalId()
			.columns("slug", "field", "preferred", "note")
			.embedded("date", "FuzzyDate", "date_", FuzzyDateSql::noDate)
			.toOne("deal", "Deal", "deal_id")
			.toOne("event", "Event", "event_id");
		schema.type("Deal")
			.toMany("dateClaims", "DateClaim", DateClaimsArguments.class, (claim, deal) -> eq(claim.col("deal_id"), deal.col("id")),
					(claim, args) -> args.field() == null ? null : eq(claim.col("field"), value(args.field())),
					(claim, deal) -> preferredFirst(claim), MAX_CLAIMS);
		schema.type("Event")
			.toMany("dateClaims", "DateClaim", (claim, event) -> eq(claim.col("event_id"), event.col("id")),
					(claim, event) -> preferredFirst(claim), MAX_CLAIMS);
		schema.rootBySlug("dateClaim", "DateClaim");
	}

}
