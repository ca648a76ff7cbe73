package io.dealgraph.exclusivity;

import java.time.LocalDate;

import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;
import io.dealgraph.fact.Timings;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/**
 * How {@code AgreementTerm} reads from SQL ({@code schema/exclusivity.graphqls}): every row of
 * {@code exclusivity_term}, of every kind, where {@code ExclusivityTerm} reads only those that grant
 * exclusivity. Status, dates, supersession and timing are the exclusivity terms' own.
 */
@Component
class AgreementTermSql implements SqlDeclarations {

	/** The schema's {@code AgreementTermFilter}. */
	record AgreementTermFilter(AgreementTermKind kind, String organization, ExclusivityStatus status, String deal) {

		static final AgreementTermFilter NONE = new AgreementTermFilter(null, null, null, null);

	}

	/** The arguments of {@code Query.agreementTerms}. */
	record AgreementTermsArguments(AgreementTermFilter filter, LocalDate asOf) {

		AgreementTermsArguments {
			filter = filter != null ? filter : AgreementTermFilter.NONE;
		}

	}

	/** The most claims of a claim group a term lists (the schema's description says so). */
	static final int MAX_CLAIMS = 10;

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(AgreementTermKind.class);
		schema.type("AgreementTerm")
			.table("exclusivity_term")
			.globalId()
			.columns("slug", "kind", "scope", "status", "exclusive", "claimGroup", "capText")
			.value("percentage", term -> sql("trim_scale(", term.col("percentage"), ")::text"))
			.value("preferred", term -> sql("(", term.col("claim_preferred"), " or ", term.col("claim_group"), " is null)"))
			.embedded("cap", "Quantity", "cap_", cap -> sql(cap.col("amount"), " is null"))
			.embedded("validFrom", "FuzzyDate", "valid_from_", FuzzyDateSql::noDate)
			.embedded("validTo", "FuzzyDate", "valid_to_", FuzzyDateSql::noDate)
			.toOne("grantor", "Organization", "grantor_id")
			.toOne("holder", "Organization", "holder_id")
			.toOne("payer", "Organization", "payer_id")
			.toOne("payee", "Organization", "payee_id")
			.toOne("supersededBy", "AgreementTerm", "superseded_by_term_id")
			.toOne("supersededByEvent", "Event", "superseded_by_event_id")
			.toOne("deal", "Deal", "deal_id")
			.toMany("supersedes", "AgreementTerm", (earlier, term) -> eq(earlier.col("superseded_by_term_id"), term.col("id")),
					(earlier, term) -> earlier.col("id"), 10)
			.toMany("claims", "AgreementTerm", (claim, term) -> eq(claim.col("claim_group"), term.col("claim_group")),
					(claim, term) -> sql(claim.col("claim_preferred"), " desc, ", claim.col("id")), MAX_CLAIMS)
			.value("inForce", Timings.On.class, (term, args) -> Timings.EXCLUSIVITY_TERM.inForceOn(term, args.on()));
		schema.rootBySlug("agreementTerm", "AgreementTerm");
		schema.rootConnection("agreementTerms", ConnectionSql.of("AgreementTerm", AgreementTermsArguments.class,
				args -> ExclusivityTermSql.BY_VALID_FROM)
			.where(args -> args.filter().kind(), (term, kind) -> eq(term.col("kind"), value(kind)))
			.where(args -> args.filter().status(), (term, status) -> eq(term.col("status"), value(status)))
			.where(args -> args.filter().deal(), (term, slug) -> eq(term.col("deal_id"), SqlSchema.idOf("deal", slug)))
			.where(args -> args.filter().organization(), (term, slug) -> {
				Sql organization = SqlSchema.idOf("organization", slug);
				return sql(organization, " in (", term.col("grantor_id"), ", ", term.col("holder_id"), ", ",
						term.col("payer_id"), ", ", term.col("payee_id"), ")");
			})
			.asOf(AgreementTermsArguments::asOf, Timings.EXCLUSIVITY_TERM));
		schema.type("Deal").connection("agreementTerms", ConnectionSql.of("AgreementTerm",
				ExclusivityTermSql.AsOfArguments.class, args -> ExclusivityTermSql.BY_VALID_FROM)
			.parent((term, deal) -> eq(term.col("deal_id"), deal.col("id")))
			.asOf(ExclusivityTermSql.AsOfArguments::asOf, Timings.EXCLUSIVITY_TERM));
	}

}
