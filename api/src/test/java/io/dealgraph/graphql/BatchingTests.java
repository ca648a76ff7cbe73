package io.dealgraph.graphql;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a nested query costs the same number of SQL statements for one parent as for all of
 * them. The single parent is one whose every child field has rows, so that every level of the
 * query reaches the database in both cases, and only references that are never null are asked
 * for, each by-id loader at one level only (a loader used at two levels may find everything in
 * its per-request cache the second time, which depends on the data): the count then depends on
 * the query's shape alone. Page sizes keep the requested cost under the ceiling; ten parents is
 * all of them. Compiled, each such query is one statement: its root field's.
 */
class BatchingTests extends ApiTest {

	// language=GraphQL
	static final String DEALS = """
			query Deals($first: Int!, $filter: DealFilter) {
			  deals(first: $first, filter: $filter) {
			    totalCount
			    nodes {
			      slug
			      subDeals(first: 5) { totalCount }
			      citations(first: 5) { nodes { excerpt } }
			      parties(first: 5) {
			        nodes {
			          role
			          organization { name aliases tickers units { slug } }
			          citations(first: 5) { nodes { source { slug } } }
			        }
			      }
			      commitments(first: 5) { nodes { slug committer { name } citations(first: 5) { totalCount } } }
			      exclusivityTerms(first: 5) { nodes { slug holder { name } grantor { name } supersedes { slug } citations(first: 5) { totalCount } } }
			      statements(first: 5) { nodes { quote speakers { __typename } citations(first: 5) { totalCount } } }
			      events(first: 5) { nodes { title organizations { slug } citations(first: 5) { totalCount } } }
			    }
			  }
			}""";

	// language=GraphQL
	static final String ORGANIZATIONS = """
			query Organizations($first: Int!, $filter: OrganizationFilter) {
			  organizations(first: $first, filter: $filter) {
			    nodes {
			      slug aliases tickers units { slug }
			      people(first: 5) { nodes { name statements(first: 5) { totalCount } citations(first: 5) { totalCount } } }
			      deals(first: 5) { nodes { slug } }
			      commitmentsMade(first: 5) { nodes { slug recipient { slug } } }
			      commitmentsReceived(first: 5) { nodes { slug committer { slug } } }
			      exclusivityHeld(first: 5) { nodes { scope } }
			      exclusivityGranted(first: 5) { nodes { scope } }
			      statements(first: 5) { nodes { quote } }
			      events(first: 5) { nodes { title } }
			      citations(first: 5) { nodes { excerpt } }
			    }
			  }
			}""";

	@Test
	void nestedDealQuery_costsTheSameStatements_forOneDealAndForAll() {
		int one = statementsFor(DEALS, 1, Map.of("organization", "amazon", "kind", "PARTNERSHIP"), "deals.nodes");
		List<String> oneSql = shapes();
		int all = statementsFor(DEALS, 10, Map.of(), "deals.nodes");
		assertThat(shapes()).as("statements for all deals against one").isEqualTo(oneSql);
		assertThat(all).isEqualTo(one);
		assertThat(one).isEqualTo(1);
	}

	@Test
	void nestedOrganizationQuery_costsTheSameStatements_forOneOrganizationAndForAll() {
		int one = statementsFor(ORGANIZATIONS, 1, Map.of("nameContains", "OpenAI"), "organizations.nodes");
		int all = statementsFor(ORGANIZATIONS, 10, Map.of(), "organizations.nodes");
		assertThat(all).isEqualTo(one);
		assertThat(one).isEqualTo(1);
	}

	/** The statements of the last request, each reduced to its first table, in order of execution. */
	private List<String> shapes() {
		return this.statements.executed()
			.stream()
			.map(e -> e.sql().replaceAll("\\s+", " ").replaceAll(".*? from ([a-z_]+).*", "$1"))
			.sorted()
			.toList();
	}

	private int statementsFor(String document, int first, Map<String, Object> filter, String nodesPath) {
		this.statements.reset();
		int parents = this.graphQl.document(document)
			.variable("first", first)
			.variable("filter", filter)
			.execute()
			.path(nodesPath)
			.entityList(Object.class)
			.get()
			.size();
		if (first == 1) {
			assertThat(parents).isEqualTo(1);
		}
		else {
			assertThat(parents).as("all parents were asked for").isGreaterThan(5);
		}
		return this.statements.count();
	}

}
