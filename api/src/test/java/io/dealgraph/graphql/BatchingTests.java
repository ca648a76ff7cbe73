package io.dealgraph.graphql;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a nested query costs the same number of SQL statements for one parent as for all of
 * them. The single parent is one whose every child field has rows, so that every level of the
 * query reaches the database in both cases, and only references that are never null are asked
 * for: the count then depends on the query's shape alone.
 */
class BatchingTests extends ApiTest {

	// language=GraphQL
	static final String DEALS = """
			query Deals($first: Int!, $filter: DealFilter) {
			  deals(first: $first, filter: $filter) {
			    totalCount
			    nodes {
			      slug
			      subDeals { totalCount }
			      citations { nodes { excerpt source { title } } }
			      parties {
			        nodes {
			          role
			          organization { name aliases tickers units { slug } }
			          citations { nodes { source { slug } } }
			        }
			      }
			      commitments { nodes { slug committer { name } citations { totalCount } } }
			      exclusivityTerms { nodes { slug holder { name } grantor { name } supersedes { slug } citations { totalCount } } }
			      statements { nodes { quote speakers { __typename } citations { totalCount } } }
			      events { nodes { title organizations { slug } citations { totalCount } } }
			    }
			  }
			}""";

	// language=GraphQL
	static final String ORGANIZATIONS = """
			query Organizations($first: Int!, $filter: OrganizationFilter) {
			  organizations(first: $first, filter: $filter) {
			    nodes {
			      slug aliases tickers units { slug }
			      people { nodes { name statements { totalCount } citations { totalCount } } }
			      deals { nodes { slug } }
			      commitmentsMade { nodes { slug recipient { slug } } }
			      commitmentsReceived { nodes { slug committer { slug } } }
			      exclusivityHeld { nodes { scope } }
			      exclusivityGranted { nodes { scope } }
			      statements { nodes { quote } }
			      events { nodes { title } }
			      citations { nodes { excerpt } }
			    }
			  }
			}""";

	@Test
	void nestedDealQuery_costsTheSameStatements_forOneDealAndForAll() {
		int one = statementsFor(DEALS, 1, Map.of("organization", "amazon", "kind", "PARTNERSHIP"), "deals.nodes");
		// Pages of 10 hold every seeded deal and keep the query under the cost ceiling (50,000).
		int all = statementsFor(DEALS, 10, Map.of(), "deals.nodes");
		assertThat(all).isEqualTo(one);
		assertThat(one).isBetween(10, 25);
	}

	@Test
	void nestedOrganizationQuery_costsTheSameStatements_forOneOrganizationAndForAll() {
		int one = statementsFor(ORGANIZATIONS, 1, Map.of("nameContains", "OpenAI"), "organizations.nodes");
		int all = statementsFor(ORGANIZATIONS, 10, Map.of(), "organizations.nodes");
		assertThat(all).isEqualTo(one);
		assertThat(one).isBetween(10, 25);
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
