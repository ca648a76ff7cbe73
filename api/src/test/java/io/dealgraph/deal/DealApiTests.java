package io.dealgraph.deal;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DealApiTests extends ApiTest {

	@Test
	void deal_bySlug_returnsItsPartiesWithCitations() {
		// language=GraphQL
		String document = """
				{ deal(slug: "amazon-openai-partnership") {
				    title kind status announced { display precision }
				    parties(role: INVESTOR) { totalCount nodes { organization { slug } citations { nodes { excerpt creditedOutlet } } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.kind").entity(String.class).isEqualTo("PARTNERSHIP")
			.path("deal.announced.display").entity(String.class).isEqualTo("2026-02-27")
			.path("deal.announced.precision").entity(String.class).isEqualTo("DAY")
			.path("deal.parties.totalCount").entity(Integer.class).isEqualTo(1)
			.path("deal.parties.nodes[0].organization.slug").entity(String.class).isEqualTo("amazon")
			.path("deal.parties.nodes[0].citations.nodes[*].creditedOutlet").entityList(String.class)
			.satisfies(outlets -> assertThat(outlets).contains("openai.com"));
	}

}
