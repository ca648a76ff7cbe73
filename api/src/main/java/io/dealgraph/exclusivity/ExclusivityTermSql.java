package io.dealgraph.exclusivity;

import java.time.LocalDate;

import io.dealgraph.citation.CitationSql;
import io.dealgraph.citation.Fact;
import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Alias;
import io.dealgraph.compiler.sql.Sql;
import io.dealgraph.fact.FuzzyDateSql;
import io.dealgraph.fact.Timings;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.eq;
import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code ExclusivityTerm} reads from SQL ({@code schema/exclusivity.graphqls}). */
@Component
class ExclusivityTermSql implements SqlDeclarations {

	/** The schema's {@code ExclusivityTermOrderField}. */
	enum ExclusivityTermOrderField {

		VALID_FROM, SCOPE

	}

	/** The schema's {@code ExclusivityTermOrder}. */
	record ExclusivityTermOrder(ExclusivityTermOrderField field, OrderDirection direction) implements OrderInput<ExclusivityTermOrderField> {
	}

	/** The arguments of {@code Query.exclusivityTerms}. */
	record TermsArguments(ExclusivityTermFilter filter, ExclusivityTermOrder orderBy, LocalDate asOf) {

		TermsArguments {
			filter = filter != null ? filter : new ExclusivityTermFilter(null, null, null, null, null);
		}

	}

	/** The schema's {@code ExclusivityTermFilter}. */
	record ExclusivityTermFilter(String holder, String grantor, ExclusivityStatus status, String deal, String outlet) {
	}

	/** The arguments of the exclusivity terms of a deal or an organization. */
	record AsOfArguments(LocalDate asOf) {
	}

	static final Order BY_VALID_FROM = order(new ExclusivityTermOrder(ExclusivityTermOrderField.VALID_FROM, OrderDirection.ASC));

	static Order order(OrderInput<ExclusivityTermOrderField> input) {
		return Order.by(input.field().name(), input.descending(), input.field() == ExclusivityTermOrderField.SCOPE
				? Order.text(q -> sql("lower(", q.col("scope"), ")")) : Order.earliestDate("valid_from", input.descending()));
	}


	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(ExclusivityStatus.class, ExclusivityTermOrderField.class);
		schema.rootBySlug("exclusivityTerm", "ExclusivityTerm");
		schema.rootConnection("exclusivityTerms", ConnectionSql.of("ExclusivityTerm", TermsArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new ExclusivityTermOrder(ExclusivityTermOrderField.VALID_FROM, OrderDirection.ASC))))
			.where(args -> args.filter().outlet(), (term, outlet) -> CitationSql.citedBy(Fact.EXCLUSIVITY_TERM, term, outlet))
			.where(args -> args.filter().holder(), (term, slug) -> eq(term.col("holder_id"), SqlSchema.idOf("organization", slug)))
			.where(args -> args.filter().grantor(), (term, slug) -> eq(term.col("grantor_id"), SqlSchema.idOf("organization", slug)))
			.where(args -> args.filter().deal(), (term, slug) -> eq(term.col("deal_id"), SqlSchema.idOf("deal", slug)))
			.where(args -> args.filter().status(), (term, status) -> eq(term.col("status"), value(status)))
			.asOf(TermsArguments::asOf, Timings.EXCLUSIVITY_TERM));
		// The terms that grant exclusivity (V17): every other kind of term is an AgreementTerm only.
		schema.type("ExclusivityTerm")
			.view("exclusive_term")
			.globalId()
			.columns("slug", "scope", "status")
			.embedded("validFrom", "FuzzyDate", "valid_from_", FuzzyDateSql::noDate)
			.embedded("validTo", "FuzzyDate", "valid_to_", FuzzyDateSql::noDate)
			.toOne("grantor", "Organization", "grantor_id")
			.toOne("holder", "Organization", "holder_id")
			.toOne("supersededBy", "ExclusivityTerm", "superseded_by_term_id")
			.toOne("deal", "Deal", "deal_id")
			.toMany("supersedes", "ExclusivityTerm", (earlier, term) -> eq(earlier.col("superseded_by_term_id"), term.col("id")),
					(earlier, term) -> earlier.col("id"), 10)
			.value("inForce", Timings.On.class, (term, args) -> Timings.EXCLUSIVITY_TERM.inForceOn(term, args.on()));
		schema.type("Deal")
			.connection("exclusivityTerms", ConnectionSql.of("ExclusivityTerm", AsOfArguments.class, args -> BY_VALID_FROM)
				.parent((term, deal) -> eq(term.col("deal_id"), deal.col("id")))
				.asOf(AsOfArguments::asOf, Timings.EXCLUSIVITY_TERM));
		schema.type("Organization")
			.connection("exclusivityHeld", ConnectionSql.of("ExclusivityTerm", AsOfArguments.class, args -> BY_VALID_FROM)
				.parent((term, organization) -> eq(term.col("holder_id"), organization.col("id")))
				.asOf(AsOfArguments::asOf, Timings.EXCLUSIVITY_TERM)
				.manyPerParent())
			.connection("exclusivityGranted", ConnectionSql.of("ExclusivityTerm", AsOfArguments.class, args -> BY_VALID_FROM)
				.parent((term, organization) -> eq(term.col("grantor_id"), organization.col("id")))
				.asOf(AsOfArguments::asOf, Timings.EXCLUSIVITY_TERM)
				.manyPerParent());
	}

}
