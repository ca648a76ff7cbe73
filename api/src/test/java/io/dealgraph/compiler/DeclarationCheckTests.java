package io.dealgraph.compiler;

import java.time.LocalDate;

import io.dealgraph.compiler.sql.Sql;
import org.junit.jupiter.api.Test;

import static io.dealgraph.compiler.sql.Sql.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declarations are held against the schema before the API serves: what does not match is named
 * by its type, field and argument, and stops start-up.
 */
class DeclarationCheckTests {

	@Test
	void theApplicationsDeclarations_matchItsSchema() {
		assertThat(DeclarationCheck.problems(Fixtures.declarations(), Fixtures.schema())).isEmpty();
	}

	@Test
	void anOptionalArgumentAddedToAFieldThatReadsNone_isNamed_andStopsStartUp() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal")
			.value("shortTitle", deal -> sql("left(", deal.col("title"), ", 20)")));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "The title, cut short."
				  shortTitle("At most this long." maxLength: Int): String!
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema))
			.containsExactly("Deal.shortTitle(maxLength:) is an argument of the schema its declaration does not read (it takes none)");
		assertThatThrownBy(() -> DeclarationCheck.verify(declarations, schema, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Deal.shortTitle(maxLength:)");
	}

	/** The arguments of a field that reads a day. */
	record Since(LocalDate since) {
	}

	@Test
	void anArgumentOfAnotherTypeThanItsRecordsComponent_isNamedWithBothTypes() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal")
			.value("announcedSince", Since.class, (deal, args) -> sql(deal.col("announced_earliest"), " >= ", Sql.value(args.since()))));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "Whether it was announced since the day."
				  announcedSince("The day." since: String!): Boolean
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema))
			.containsExactly("Deal.announcedSince(since:) is String in the schema but java.time.LocalDate in its record");
	}

	/** The arguments of a list that narrows its rows to a role. */
	record InRole(io.dealgraph.deal.PartyRole role) {
	}

	@Test
	void aListsArguments_bindToTheRecordItsDeclarationReads_andOneTheRecordLacks_isNamed() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal")
			.toMany("partiesInRole", "DealParty", InRole.class, (party, deal) -> Sql.eq(party.col("deal_id"), deal.col("id")),
					(party, args) -> args.role() == null ? null : Sql.eq(party.col("role"), Sql.value(args.role())),
					(party, deal) -> party.col("id"), 10));
		var matching = Fixtures.schema("""
				extend type Deal {
				  "Its parties in a role."
				  partiesInRole("Only this role." role: PartyRole): [DealParty!]!
				}""");
		assertThat(DeclarationCheck.problems(declarations, matching)).isEmpty();
		var schema = Fixtures.schema("""
				extend type Deal {
				  "Its parties in a role."
				  partiesInRole("Only this role." role: PartyRole, "Only this organization." organization: String): [DealParty!]!
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema)).containsExactly(
				"Deal.partiesInRole(organization:) is an argument of the schema its declaration does not read (InRole has no such component)");
	}

	@Test
	void aFieldOfTheSchemaWithoutDeclaration_andADeclarationNotInTheSchema_areNamed() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal").columns("nickname"));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "The deal's nickname."
				  nickname: String
				  "Its code name."
				  codeName: String
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema)).containsExactly("Deal.codeName has no declaration");
		SqlSchema stray = Fixtures.declarations(declared -> declared.type("Deal").columns("codeName"));
		assertThat(DeclarationCheck.problems(stray, Fixtures.schema()))
			.containsExactly("Deal.codeName is declared but is not in the schema");
	}

	@Test
	void aRelationToAnotherTypeThanTheSchemaSays_isNamed() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal").toOne("lead", "Person", "lead_id"));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "The lead organization."
				  lead: Organization
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema))
			.containsExactly("Deal.lead is declared as Person but the schema says Organization");
	}

	@Test
	void anEnumWhoseJavaValuesDifferFromTheSchemas_isNamed() {
		SqlSchema declarations = Fixtures.declarations();
		var schema = Fixtures.schema("""
				extend enum DealStatus {
				  "Called off before it began."
				  CANCELLED
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema)).singleElement()
			.asString()
			.startsWith("enum DealStatus is [ANNOUNCED, ACTIVE, PLANNED, AMENDED, ENDED, CANCELLED] in the schema but "
					+ "[ANNOUNCED, ACTIVE, PLANNED, AMENDED, ENDED] in io.dealgraph.deal.DealStatus");
	}

	@Test
	void aConnectionWithoutFirstAndAfter_isNamed() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal")
			.connection("related", ConnectionSql.of("Deal", Order.by("ID", false))
				.parent((other, deal) -> sql(other.col("parent_id"), " = ", deal.col("parent_id")))));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "Deals of the same parent."
				  related: DealConnection!
				}""");
		assertThat(DeclarationCheck.problems(declarations, schema))
			.containsExactly("Deal.related is a connection but has no arguments first: Int and after: String");
	}

	/** What string literals of a source file hold: text blocks and one-line strings. */
	static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

	/** A place to fill in SQL text: a bind's {@code ?} or an alias's {@code {t}}. */
	static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\?|\\{[a-z]+\\}");

	@Test
	void noDeclarationHoldsTextWithPlacesToFill() throws Exception {
		declarationLiterals((file, literal) -> assertThat(PLACE.matcher(literal).find()).as(file + ": " + literal).isFalse());
	}

	/** Each string literal of each feature's declarations ({@code <Feature>Sql.java}), with its file. */
	static void declarationLiterals(java.util.function.BiConsumer<java.nio.file.Path, String> check) throws Exception {
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java", "io", "dealgraph"))) {
			for (var file : files.filter(f -> f.toString().endsWith("Sql.java") && !f.toString().contains("compiler")).toList()) {
				var literals = LITERAL.matcher(java.nio.file.Files.readString(file));
				while (literals.find()) {
					check.accept(file, literals.group());
				}
			}
		}
	}

	/** A relation named in text: {@code from deal}, {@code join citation}, where {@code Sql.relation} belongs. */
	static final java.util.regex.Pattern NAMED_RELATION = java.util.regex.Pattern
		.compile("\\b(from|join)\\s+(?!lateral\\b)[a-z_]+\\b(?!\\s*\\()");

	@Test
	void noDeclarationNamesARelationInText_soEachReadsTheReleaseItsStatementReads() throws Exception {
		declarationLiterals((file, literal) -> assertThat(NAMED_RELATION.matcher(literal).find()).as(file + ": " + literal).isFalse());
	}

}
