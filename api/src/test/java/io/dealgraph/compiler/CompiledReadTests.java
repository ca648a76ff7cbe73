package io.dealgraph.compiler;

import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.dealgraph.support.ApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled read path: declarations that match the schema, the dashboard's list and deal
 * queries answered in one statement per root field, and argument errors as the resolvers gave them.
 */
class CompiledReadTests extends ApiTest {

	// language=GraphQL
	static final String DEAL = """
			query Deal($slug: String!) { deal(slug: $slug) { slug title
			  citations(first: 20) { totalCount nodes { ...C } }
			  commitments(first: 20) { totalCount nodes { slug quantity { amount unit qualifier text } citations { nodes { ...C } } } }
			  exclusivityTerms(first: 20) { totalCount nodes { slug scope status citations { nodes { ...C } } } }
			  statements(first: 20) { totalCount nodes { slug quote channel citations { nodes { ...C } } } } } }
			fragment C on Citation { excerpt startOffset endOffset creditedOutlet source { slug title publisher } }""";

	@Autowired
	SqlSchema declarations;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	MeterRegistry meters;

	@Test
	void everyDeclaredTypeAndField_isInTheSchema() {
		GraphQLSchema schema = this.graphQlSource.schema();
		assertThat(this.declarations.types()).isNotEmpty();
		this.declarations.types().forEach((name, type) -> {
			assertThat(schema.getType(name)).as(name).isInstanceOf(GraphQLFieldsContainer.class);
			GraphQLFieldsContainer container = (GraphQLFieldsContainer) schema.getType(name);
			type.fields().keySet().forEach(field -> assertThat(container.getFieldDefinition(field)).as(name + "." + field).isNotNull());
		});
		this.declarations.roots().keySet()
			.stream()
			.filter(field -> !field.equals("_entities")) // only in a federation subgraph's schema
			.forEach(field -> assertThat(schema.getQueryType().getFieldDefinition(field)).as("Query." + field).isNotNull());
	}

	@Test
	void everyFieldOfTheSchema_isDeclared_soEveryQueryCompiles() {
		GraphQLSchema schema = this.graphQlSource.schema();
		schema.getQueryType().getFieldDefinitions()
			.forEach(field -> assertThat(this.declarations.roots()).as("Query." + field.getName()).containsKey(field.getName()));
		this.declarations.types().forEach((name, type) -> {
			if (schema.getType(name) instanceof GraphQLObjectType object) {
				object.getFieldDefinitions()
					.forEach(field -> assertThat(type.fields()).as(name + "." + field.getName()).containsKey(field.getName()));
			}
		});
	}

	@Test
	void everyEnumOfTheSchema_isAJavaEnumOfTheSameNameAndValues() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Map<String, Class<? extends Enum<?>>> enums = new java.util.HashMap<>();
		this.declarations.vocabulary().forEach(type -> enums.put(type.getSimpleName(), type));
		schema.getAllTypesAsList()
			.stream()
			.filter(type -> type instanceof GraphQLEnumType && !type.getName().startsWith("__"))
			.map(GraphQLEnumType.class::cast)
			.forEach(sdl -> {
				assertThat(enums).as(sdl.getName()).containsKey(sdl.getName());
				assertThat(java.util.Arrays.stream(enums.get(sdl.getName()).getEnumConstants()).map(Enum::name))
					.as(sdl.getName())
					.containsExactlyElementsOf(sdl.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
			});
	}

	@Autowired
	javax.sql.DataSource database;

	@Test
	void aNullWhereTheSchemaSaysNonNull_isGraphQlJavasError_andNullsTheNearestNullableParent() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal")
			.value("codeName", deal -> io.dealgraph.compiler.sql.Sql.sql("null::text")));
		var schema = Fixtures.schema("""
				extend type Deal {
				  "A name that is never null, as the schema claims."
				  codeName: String!
				}""");
		var strategy = new CompilingExecutionStrategy(new graphql.execution.SimpleDataFetcherExceptionHandler(),
				new Operations(declarations), new org.springframework.jdbc.core.JdbcTemplate(this.database),
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
				new AnswerCache(0, KnownReleases.NONE, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
		var result = graphql.GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).build()
			.execute("{ deal(slug: \"stargate\") { slug codeName } sources(first: 1) { nodes { slug } } }");
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.NullValueInNonNullableField);
			assertThat(error.getPath()).containsExactly("deal", "codeName");
			assertThat(error.getMessage()).contains("'/deal/codeName'", "The non-nullable type is 'String!' within parent type 'Deal'");
		});
		// The compiled path hands PostgreSQL's JSON on as it is.
		Map<String, tools.jackson.databind.util.RawValue> data = result.getData();
		assertThat(String.valueOf(data.get("deal").rawValue())).isEqualTo("null");
		assertThat(String.valueOf(data.get("sources").rawValue())).contains("\"slug\"");
	}

	@Test
	void theRootFieldsOfOneRequest_readOneSnapshot_onOneConnection_inOneReadOnlyRepeatableReadTransaction() {
		this.statements.reset();
		this.graphQl.document("{ deal(slug: \"stargate\") { title } deals(first: 2) { totalCount } sources(first: 1) { totalCount } }")
			.execute()
			.path("deal.title").entity(String.class).isEqualTo("Stargate project")
			.path("deals.totalCount").entity(Integer.class).isEqualTo(8);
		var executed = this.statements.executed();
		assertThat(executed).hasSize(3);
		assertThat(executed).extracting(e -> e.connectionId()).containsOnly(executed.get(0).connectionId());
		assertThat(executed).extracting(e -> e.transaction())
			.containsOnly(new io.dealgraph.support.StatementCounter.Transaction(java.sql.Connection.TRANSACTION_REPEATABLE_READ, true));
		// One root field alone is one statement, which is its own snapshot: no transaction around it.
		this.statements.reset();
		this.graphQl.document("{ deal(slug: \"stargate\") { title } }").execute().path("deal.title").hasValue();
		assertThat(this.statements.executed()).singleElement().extracting(e -> e.transaction()).isNull();
	}

	@Test
	void aResponseKeyNamedLikeTheCompilersOwnAliases_orASqlWord_isAnsweredAsAnyOther() {
		// row_to_json(r2) read a column named r2 of its own subselect before the rewrite: now the row is r2.*.
		this.graphQl.document("{ deal(slug: \"stargate\") { r2: slug } }").execute().path("deal.r2").entity(String.class)
			.isEqualTo("stargate");
		java.util.List<String> keys = new java.util.ArrayList<>();
		for (String prefix : java.util.List.of("r", "z", "t", "n", "a", "q", "c", "x", "o", "g", "s")) {
			for (int i = 1; i <= 12; i++) {
				keys.add(prefix + i);
			}
		}
		keys.addAll(java.util.List.of("select", "from", "where", "order", "limit", "row", "cursor", "ord", "fetched", "cursors",
				"sort_0", "in_force", "id", "l0"));
		// At most 30 aliases a document: a few documents, each under the limit.
		for (int from = 0; from < keys.size(); from += 25) {
			java.util.List<String> some = keys.subList(from, Math.min(keys.size(), from + 25));
			String query = "{ deals(first: 1) { nodes { " + String.join(" ", some.stream().map(key -> key + ": slug").toList())
					+ " } } }";
			Map<String, Object> node = this.graphQl.document(query).execute().path("deals.nodes[0]").entity(Map.class).get();
			Object slug = node.get(some.get(0));
			assertThat(slug).asString().matches("[a-z0-9-]+");
			assertThat(node).containsOnlyKeys(some).allSatisfy((key, value) -> assertThat(value).as(key).isEqualTo(slug));
		}
	}

	@Test
	void aDeclarationReadingAColumnItsTableLacks_isNamedByTheDatabase_asTheRoleThatServesQueries() {
		SqlSchema declarations = Fixtures.declarations(schema -> schema.type("Deal").columns("codeName"));
		assertThat(DatabaseCheck.problems(declarations, this.graphQlSource.schema(), this.database)).singleElement()
			.asString()
			.startsWith("Deal.codeName: ERROR: column")
			.contains("code_name does not exist");
		assertThat(DatabaseCheck.problems(Fixtures.declarations(), this.graphQlSource.schema(), this.database)).isEmpty();
	}

	@Test
	void introspectionBesideACompiledRootField_isAnsweredByGraphQlJava_inTheDocumentsOrder() {
		this.statements.reset();
		this.graphQl.document("{ __typename deal(slug: \"stargate\") { title } type: __type(name: \"Deal\") { name } }")
			.execute()
			.path("__typename").entity(String.class).isEqualTo("Query")
			.path("deal.title").entity(String.class).isEqualTo("Stargate project")
			.path("type.name").entity(String.class).isEqualTo("Deal");
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void anExplicitlyNullDirection_ofTheTimeline_meansItsDefaultOrder() {
		String query = "query($d: OrderDirection) { timeline(first: 3, direction: $d) { nodes { date { display } } } }";
		var ascending = this.graphQl.document(query).variable("d", "ASC").execute().path("timeline.nodes").entityList(Object.class).get();
		this.graphQl.document(query).variable("d", null).execute().path("timeline.nodes").entityList(Object.class)
			.isEqualTo(ascending);
	}

	@Test
	void aResponseKeyLongerThanAPostgresColumnName_isAnsweredAsItIs() {
		String alias = "a".repeat(70);
		this.graphQl.document("{ deal(slug: \"stargate\") { " + alias + ": title parties(first: 1) { " + alias + ": totalCount } } }")
			.execute()
			.path("deal." + alias).entity(String.class).isEqualTo("Stargate project")
			.path("deal.parties." + alias).entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
	}

	@Test
	void aDealWithAllItsEvidence_isOneStatement_writtenAsJsonByPostgres() {
		double compiled = compiledCount();
		this.statements.reset();
		this.graphQl.document(DEAL)
			.variable("slug", "amazon-openai-partnership")
			.execute()
			.path("deal.title").entity(String.class).isEqualTo("Amazon\u2013OpenAI strategic partnership")
			.path("deal.commitments.nodes[?(@.slug == 'openai-consumes-2gw-trainium-on-aws')].quantity.text")
			.entityList(String.class).containsExactly("2 GW")
			.path("deal.commitments.nodes[0].citations.nodes[0].source.title").hasValue();
		assertThat(this.statements.count()).isEqualTo(1);
		assertThat(this.statements.executed().get(0).sql()).startsWith("select (").contains("row_to_json");
		assertThat(compiledCount()).isEqualTo(compiled + 1);
	}

	@Test
	void aFilteredPageOfDealsWithParties_isOneStatement_andItsCursorsArePagesOfTheSameList() {
		String query = """
				query List($after: String) {
				  deals(first: 5, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { slug parties { nodes { role organization { slug } } } } }
				  partnerships: deals(filter: {kind: PARTNERSHIP}) { totalCount nodes { kind } } }""";
		this.statements.reset();
		var answer = this.graphQl.document(query).execute();
		assertThat(this.statements.count()).as("one statement per root field").isEqualTo(2);
		answer.path("partnerships.totalCount").entity(Integer.class).isEqualTo(2)
			.path("partnerships.nodes[*].kind").entityList(String.class).containsExactly("PARTNERSHIP", "PARTNERSHIP");
		Map<String, Object> page = answer.path("deals").entity(Map.class).get();
		assertThat(page.get("totalCount")).isEqualTo(8);
		Map<?, ?> info = (Map<?, ?>) page.get("pageInfo");
		assertThat(info.get("hasNextPage")).isEqualTo(true);
		assertThat(info.get("hasPreviousPage")).isEqualTo(false);
		this.graphQl.document(query)
			.variable("after", info.get("endCursor"))
			.execute()
			.path("deals.nodes").entityList(Object.class).hasSize(3)
			.path("deals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("deals.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void theStatementsText_dependsOnTheShapeOnly_soTheServerCanPrepareIt() {
		String query = "query Q($slug: String!, $n: Int) { deal(slug: $slug) { title parties(first: $n) { nodes { role } } } }";
		this.statements.reset();
		this.graphQl.document(query).variable("slug", "stargate").variable("n", 2).execute()
			.path("deal.parties.nodes").entityList(Object.class).hasSize(2);
		this.graphQl.document(query).variable("slug", "amazon-openai-partnership").variable("n", 3).execute()
			.path("deal.title").entity(String.class).isEqualTo("Amazon\u2013OpenAI strategic partnership");
		assertThat(this.statements.executed()).hasSize(2);
		assertThat(this.statements.executed().get(1).sql()).isEqualTo(this.statements.executed().get(0).sql());
		assertThat(this.statements.executed().get(0).parameters()).extracting(p -> p.value()).contains("stargate", 3);
		assertThat(this.statements.executed().get(1).parameters()).extracting(p -> p.value())
			.contains("amazon-openai-partnership", 4);
	}

	@Test
	void aBadArgumentInsideAList_isAnErrorAtEachPlaceItIsAsked_andNullsTheNearestNullableParent() {
		double compiled = compiledCount();
		this.statements.reset();
		var answer = this.graphQl.document("""
				{ organization(slug: "openai") { slug deals(first: 2) { nodes { slug citations(first: 0) { totalCount } } } }
				  deal(slug: "stargate") { slug } }""")
			.execute();
		assertThat(this.statements.count()).as("one statement per root field").isEqualTo(2);
		assertThat(compiledCount()).isEqualTo(compiled + 1);
		answer.errors().satisfy(errors -> {
			assertThat(errors).extracting(e -> e.getPath())
				.containsExactly("organization.deals.nodes[0].citations", "organization.deals.nodes[1].citations");
			assertThat(errors).extracting(e -> e.getMessage())
				.containsOnly("Argument 'first' must be between 1 and 100, got 0");
			assertThat(errors).extracting(e -> e.getExtensions().get("argument")).containsOnly("first");
		});
		// citations, nodes' items, nodes and deals are non-null: the null lands on organization.
		answer.path("organization").valueIsNull().path("deal.slug").entity(String.class).isEqualTo("stargate");
	}

	@Test
	void theDateClaimsOfADealAndOfAnEvent_narrowedByAnArgument_areOneStatementPerRootField() {
		this.statements.reset();
		this.graphQl.document("""
				{ deal(slug: "microsoft-openai-partnership") { effective { display } all: dateClaims { slug }
				    effectiveClaims: dateClaims(field: EFFECTIVE) { slug preferred date { text } citations { nodes { excerpt } } } }
				  event(slug: "stargate-launch-2025-01-21") { dateClaims { slug field } } }""")
			.execute()
			.path("deal.effective.display").entity(String.class).isEqualTo("2016")
			.path("deal.effectiveClaims").entityList(Object.class).hasSize(0)
			.path("deal.all").entityList(Object.class).hasSize(0)
			.path("event.dateClaims").entityList(Object.class).hasSize(0);
		assertThat(this.statements.count()).as("one statement per root field").isEqualTo(2);
		assertThat(this.statements.executed()).allSatisfy(statement -> assertThat(statement.sql()).contains("date_claim"));
		assertThat(this.statements.executed().get(0).parameters()).extracting(p -> p.value()).contains("EFFECTIVE");
	}

	private double compiledCount() {
		var counter = this.meters.find("dealgraph.graphql.operations").tag("path", "compiled").counter();
		return counter == null ? 0 : counter.count();
	}

}
