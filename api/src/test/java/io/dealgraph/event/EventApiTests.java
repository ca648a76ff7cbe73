package io.dealgraph.event;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

class EventApiTests extends ApiTest {

	private static final String[] TIMELINE = { "stargate-launch-2025-01-21", "microsoft-openai-earlier-agreement-adjustment",
			"amazon-openai-partnership-announced-2026-02-27", "microsoft-openai-affirm-core-deal-2026-02-27",
			"openai-revenue-chief-memo-reported-2026-04-13", "microsoft-openai-restructuring-2026-04-announced",
			"openai-models-on-aws-announced-2026-04" };

	@Test
	void event_bySlug_returnsTitleKindDescriptionAndDate() {
		// language=GraphQL
		String document = """
				{ event(slug: "stargate-launch-2025-01-21") {
				    slug title kind description
				    date { earliest latest precision text display }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("event.slug").entity(String.class).isEqualTo("stargate-launch-2025-01-21")
			.path("event.title").entity(String.class).isEqualTo("OpenAI launches the Stargate project")
			.path("event.kind").entity(String.class).isEqualTo("LAUNCH")
			.path("event.description").entity(String.class)
			.isEqualTo("OpenAI launched the Stargate project with SoftBank, Oracle and MGX.")
			.path("event.date.earliest").entity(String.class).isEqualTo("2025-01-21")
			.path("event.date.latest").entity(String.class).isEqualTo("2025-01-21")
			.path("event.date.precision").entity(String.class).isEqualTo("DAY")
			.path("event.date.text").entity(String.class).isEqualTo("On January 21, 2025")
			.path("event.date.display").entity(String.class).isEqualTo("21 January 2025");
	}

	@Test
	void event_relations_leadToItsOrganizationsDealAndCitations() {
		// language=GraphQL
		String document = """
				{ event(slug: "openai-revenue-chief-memo-reported-2026-04-13") {
				    kind
				    organizations { slug name }
				    deal { slug }
				    citations { totalCount nodes { excerpt creditedOutlet source { slug } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("event.kind").entity(String.class).isEqualTo("MEMO_REPORT")
			.path("event.organizations[*].slug").entityList(String.class).containsExactly("amazon", "microsoft", "openai")
			.path("event.deal.slug").entity(String.class).isEqualTo("amazon-openai-partnership")
			.path("event.citations.totalCount").entity(Integer.class).isEqualTo(3)
			.path("event.citations.nodes[*].source.slug").entityList(String.class)
			.containsExactly("openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-signals-strategic-shift-from-microsoft-to-amazon", "cloud-politics-heat-up")
			.path("event.citations.nodes[*].creditedOutlet").entityList(String.class)
			.containsExactly(null, "Cailian Press", "cnbc.com")
			.path("event.citations.nodes[0].excerpt").entity(String.class)
			.isEqualTo("A leaked memo from OpenAI’s revenue chief indicates that the organization is actively "
					+ "deepening its alliance with Amazon.");
	}

	@Test
	void event_organizations_areSortedByName() {
		// language=GraphQL
		String document = """
				{ event(slug: "stargate-launch-2025-01-21") { organizations { name } deal { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("event.organizations[*].name").entityList(String.class)
			.containsExactly("MGX", "OpenAI", "Oracle", "SoftBank", "Stargate")
			.path("event.deal.slug").entity(String.class).isEqualTo("stargate");
	}

	@Test
	void event_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ event(slug: "openai-ipo") { slug } }""";
		this.graphQl.document(document).execute().path("event").valueIsNull();
	}

	@Test
	void events_byDefault_areTheTimelineEarliestFirst() {
		// language=GraphQL
		String document = """
				{ events { totalCount nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("events.totalCount").entity(Integer.class).isEqualTo(7)
			.path("events.nodes[*].slug").entityList(String.class).containsExactly(TIMELINE);
	}

	@Test
	void events_orderedByDate_followTheTimelineInBothDirections() {
		// language=GraphQL
		String document = """
				{ asc: events(orderBy: {field: DATE, direction: ASC}) { nodes { slug } }
				  desc: events(orderBy: {field: DATE, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].slug").entityList(String.class).containsExactly(TIMELINE)
			.path("desc.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-models-on-aws-announced-2026-04", "microsoft-openai-restructuring-2026-04-announced",
					"openai-revenue-chief-memo-reported-2026-04-13",
					// same day: the later-loaded event first
					"microsoft-openai-affirm-core-deal-2026-02-27", "amazon-openai-partnership-announced-2026-02-27",
					"microsoft-openai-earlier-agreement-adjustment", "stargate-launch-2025-01-21");
	}

	@Test
	void events_filteredByOrganizationKindAndDeal_returnOnlyMatchingEvents() {
		// language=GraphQL
		String document = """
				{ withAws: events(filter: {organization: "aws"}) { totalCount nodes { slug } }
				  restructurings: events(filter: {kind: RESTRUCTURING}) { nodes { slug kind } }
				  ofMicrosoftPartnership: events(filter: {deal: "microsoft-openai-partnership"}) { nodes { slug } }
				  microsoftAnnouncements: events(filter: {organization: "microsoft", kind: ANNOUNCEMENT}) { totalCount }
				  agreements: events(filter: {kind: AGREEMENT}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("withAws.totalCount").entity(Integer.class).isEqualTo(2)
			.path("withAws.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership-announced-2026-02-27", "openai-models-on-aws-announced-2026-04")
			.path("restructurings.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-earlier-agreement-adjustment",
					"microsoft-openai-restructuring-2026-04-announced")
			.path("restructurings.nodes[*].kind").entityList(String.class).containsExactly("RESTRUCTURING", "RESTRUCTURING")
			.path("ofMicrosoftPartnership.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-earlier-agreement-adjustment",
					"microsoft-openai-affirm-core-deal-2026-02-27")
			.path("microsoftAnnouncements.totalCount").entity(Integer.class).isEqualTo(0)
			.path("agreements.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void events_filteredByDateSpan_keepEventsWhoseSpanOverlaps() {
		// language=GraphQL
		String document = """
				{ fromApril: events(filter: {from: "2026-04-01"}) { nodes { slug } }
				  to2025: events(filter: {to: "2025-12-31"}) { nodes { slug } }
				  marchToMidApril: events(filter: {from: "2026-03-01", to: "2026-04-20"}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("fromApril.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-earlier-agreement-adjustment",
					"openai-revenue-chief-memo-reported-2026-04-13", "microsoft-openai-restructuring-2026-04-announced",
					"openai-models-on-aws-announced-2026-04")
			.path("to2025.nodes[*].slug").entityList(String.class)
			.containsExactly("stargate-launch-2025-01-21", "microsoft-openai-earlier-agreement-adjustment")
			.path("marchToMidApril.nodes[*].slug").entityList(String.class)
			.containsExactly("microsoft-openai-earlier-agreement-adjustment",
					"openai-revenue-chief-memo-reported-2026-04-13");
	}

	@Test
	void deal_events_areTheEventsOfThatDealInDateOrder() {
		// language=GraphQL
		String document = """
				{ partnership: deal(slug: "amazon-openai-partnership") { events { totalCount nodes { slug deal { slug } } } }
				  compute: deal(slug: "openai-aws-compute-2025") { events { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("partnership.events.totalCount").entity(Integer.class).isEqualTo(2)
			.path("partnership.events.nodes[*].slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership-announced-2026-02-27",
					"openai-revenue-chief-memo-reported-2026-04-13")
			.path("partnership.events.nodes[*].deal.slug").entityList(String.class)
			.containsExactly("amazon-openai-partnership", "amazon-openai-partnership")
			.path("compute.events.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void organization_events_areTheEventsItTookPartInInDateOrder() {
		// language=GraphQL
		String document = """
				{ openai: organization(slug: "openai") { events { totalCount nodes { slug } } }
				  oracle: organization(slug: "oracle") { events { nodes { slug organizations { slug } } } }
				  alphabet: organization(slug: "alphabet") { events { totalCount } } }""";
		this.graphQl.document(document)
			.execute()
			.path("openai.events.totalCount").entity(Integer.class).isEqualTo(7)
			.path("openai.events.nodes[*].slug").entityList(String.class).containsExactly(TIMELINE)
			.path("oracle.events.nodes[*].slug").entityList(String.class).containsExactly("stargate-launch-2025-01-21")
			.path("oracle.events.nodes[0].organizations[*].slug").entityList(String.class)
			.containsExactly("mgx", "openai", "oracle", "softbank", "stargate")
			.path("alphabet.events.totalCount").entity(Integer.class).isEqualTo(0);
	}

}
