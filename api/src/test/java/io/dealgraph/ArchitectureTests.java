package io.dealgraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature, kept honest. */
@AnalyzeClasses(packages = "io.dealgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * Free of cycles, but for the write side's entities among themselves: they mirror the tables'
	 * foreign keys, which citations make a cycle (every fact has citations, each names its fact).
	 */
	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.dealgraph.(*)..")
		.should()
		.beFreeOfCycles()
		.ignoreDependency(Entities.ENTITY, Entities.ENTITY);

	static final class Entities {

		static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> ENTITY = com.tngtech.archunit.base.DescribedPredicate
			.describe("a JPA entity", c -> c.isAnnotatedWith(jakarta.persistence.Entity.class));

	}

	@ArchTest
	static final ArchRule sharedGraphQlPlumbingDependsOnNoFeature = noClasses().that()
		.resideInAPackage("io.dealgraph.graphql..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.dealgraph.deal..", "io.dealgraph.organization..", "io.dealgraph.commitment..",
				"io.dealgraph.exclusivity..", "io.dealgraph.statement..", "io.dealgraph.event..", "io.dealgraph.source..",
				"io.dealgraph.citation..", "io.dealgraph.dateclaim..", "io.dealgraph.seed..");

	/** Reads are declarations the compiler turns into SQL: no feature package runs SQL of its own. */
	@ArchTest
	static final ArchRule featurePackagesRunNoSqlOfTheirOwn = noClasses().that()
		.resideInAnyPackage("io.dealgraph.deal..", "io.dealgraph.organization..", "io.dealgraph.commitment..",
				"io.dealgraph.exclusivity..", "io.dealgraph.statement..", "io.dealgraph.event..", "io.dealgraph.source..",
				"io.dealgraph.citation..", "io.dealgraph.dateclaim..", "io.dealgraph.timeline..", "io.dealgraph.search..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "org.dataloader..");

	/** graphql-java's {@code @Internal} classes (its field collector, say) change without notice: only its public API. */
	@ArchTest
	static final ArchRule noClassUsesGraphQlJavasInternals = noClasses().should()
		.dependOnClassesThat()
		.areAnnotatedWith("graphql.Internal");

	/**
	 * An operation is normalized once per request, by its execution context (which memoizes it),
	 * and measured and compiled in one cache: nothing normalizes it again.
	 */
	@ArchTest
	static final ArchRule noClassNormalizesAnOperationAgain = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("graphql.normalized.ExecutableNormalizedOperationFactory");

}
