package io.dealgraph.citation;

import java.util.List;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

class CitationApiTests extends ApiTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Test
	void citation_offsets_delimitTheExcerptInTheSourceText() {
		// language=GraphQL
		String document = """
				{ organization(slug: "aws") {
				    citations { nodes { excerpt startOffset endOffset source { slug text } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("organization.citations.nodes[0]").entity(JSON_OBJECT).satisfies(citation -> {
				assertThat(citation.get("excerpt")).isEqualTo("Amazon Web Services, known as AWS");
				String text = sourceText(citation);
				assertThat(text.codePointCount(0, text.length())).as("no characters outside the BMP")
					.isEqualTo(text.length());
				int start = (Integer) citation.get("startOffset");
				int end = (Integer) citation.get("endOffset");
				assertThat(end - start).isEqualTo("Amazon Web Services, known as AWS".length());
				assertThat(text.substring(start, end)).isEqualTo(citation.get("excerpt"));
			});
	}

	@Test
	void citation_offsets_ofQuotesWithTypographicQuotesAndEscapedQuotes_delimitTheExcerpt() {
		// language=GraphQL
		String document = """
				{ dresser: statement(slug: "dresser-memo-microsoft-limited-our-ability") {
				    citations { nodes { excerpt startOffset endOffset source { slug text } } }
				  }
				  cailian: statement(slug: "openai-memo-microsoft-limited-its-ability") {
				    citations { nodes { excerpt startOffset endOffset creditedOutlet source { slug text } } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("dresser.citations.nodes[0]").entity(JSON_OBJECT).satisfies(citation -> {
				assertThat(citation.get("excerpt")).isEqualTo("In a memo reported by CNBC on April 13, chief revenue officer "
						+ "Denise Dresser said Microsoft had “limited our ability” to reach customers that wanted to buy "
						+ "through Amazon Web Services");
				assertThat(excerptAtOffsets(citation)).isEqualTo(citation.get("excerpt"));
			})
			.path("cailian.citations.nodes[0]").entity(JSON_OBJECT).satisfies(citation -> {
				assertThat(citation.get("excerpt"))
					.isEqualTo("while stating that Microsoft's platform has \"limited its ability to reach customers.\"");
				assertThat(citation.get("creditedOutlet")).isEqualTo("Cailian Press");
				assertThat(excerptAtOffsets(citation)).isEqualTo(citation.get("excerpt"));
			});
	}

	@Test
	void citation_offsets_ofEveryCitation_delimitItsExcerptInItsSource() {
		// language=GraphQL
		String document = """
				{ sources { nodes { slug text citations(first: 100) {
				    totalCount nodes { excerpt startOffset endOffset source { slug } }
				} } } }""";
		this.graphQl.document(document)
			.execute()
			.path("sources.nodes").entityList(JSON_OBJECT).satisfies(sources -> {
				int citations = 0;
				for (Map<String, Object> source : sources) {
					String text = (String) source.get("text");
					assertThat(text.codePointCount(0, text.length())).isEqualTo(text.length());
					List<Map<String, Object>> nodes = nodes(source.get("citations"));
					for (Map<String, Object> citation : nodes) {
						int start = (Integer) citation.get("startOffset");
						int end = (Integer) citation.get("endOffset");
						assertThat(text.substring(start, end)).as("citation of %s at %d", source.get("slug"), start)
							.isEqualTo(citation.get("excerpt"));
						assertThat(((Map<?, ?>) citation.get("source")).get("slug")).isEqualTo(source.get("slug"));
					}
					citations += nodes.size();
				}
				assertThat(citations).isEqualTo(91);
			});
	}

	@Test
	void source_citations_countEveryCitationOfThatSourceInTextOrder() {
		// language=GraphQL
		String document = """
				{ aggressively: source(slug: "openai-shifts-aggressively-toward-amazon-2026-04-30") { citations { totalCount } }
				  cloud: source(slug: "cloud-politics-heat-up") { citations { totalCount } }
				  signals: source(slug: "openai-signals-strategic-shift-from-microsoft-to-amazon") { citations { totalCount } }
				  focus: source(slug: "openai-shifts-strategic-focus-toward-amazon-2026-04-13") { citations { totalCount } }
				  deepens: source(slug: "openai-deepens-amazon-ties-2026-04-13") {
				    citations { totalCount nodes { excerpt startOffset creditedOutlet source { slug } } }
				  } }""";
		this.graphQl.document(document)
			.execute()
			.path("aggressively.citations.totalCount").entity(Integer.class).isEqualTo(39)
			.path("cloud.citations.totalCount").entity(Integer.class).isEqualTo(36)
			.path("signals.citations.totalCount").entity(Integer.class).isEqualTo(10)
			.path("focus.citations.totalCount").entity(Integer.class).isEqualTo(2)
			.path("deepens.citations.totalCount").entity(Integer.class).isEqualTo(4)
			.path("deepens.citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("Microsoft, which has historically served as the primary provider for OpenAI’s massive "
					+ "computational needs", "Microsoft remains a major backer with deep capital investments",
					"\"We are seeing the benefits of our work with Amazon and look forward to scaling that further,\" "
							+ "said Denise Dresser, OpenAI’s revenue chief, during recent remarks.",
					"said Denise Dresser, OpenAI’s revenue chief")
			.path("deepens.citations.nodes[*].startOffset").entityList(Integer.class)
			.satisfies(offsets -> assertThat(offsets).isSorted())
			.path("deepens.citations.nodes[*].creditedOutlet").entityList(String.class)
			.containsExactly("pymnts.com", "pymnts.com", "pymnts.com", "pymnts.com")
			.path("deepens.citations.nodes[*].source.slug").entityList(String.class)
			.satisfies(slugs -> assertThat(slugs).containsOnly("openai-deepens-amazon-ties-2026-04-13"));
	}

	@Test
	void citation_creditedOutlet_isNullWhereTheArticleCreditsNone() {
		// language=GraphQL
		String document = """
				{ deal(slug: "amazon-openai-custom-models") {
				    citations { nodes { excerpt creditedOutlet source { slug author } } }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("deal.citations.nodes[*].excerpt").entityList(String.class)
			.containsExactly("The two are working together on customized models designed to power Amazon’s own "
					+ "engineering teams and consumer products.")
			.path("deal.citations.nodes[0].creditedOutlet").valueIsNull()
			.path("deal.citations.nodes[0].source.slug").entity(String.class)
			.isEqualTo("openai-shifts-aggressively-toward-amazon-2026-04-30")
			.path("deal.citations.nodes[0].source.author").valueIsNull();
	}

	private static String excerptAtOffsets(Map<String, Object> citation) {
		return sourceText(citation).substring((Integer) citation.get("startOffset"),
				(Integer) citation.get("endOffset"));
	}

	private static String sourceText(Map<String, Object> citation) {
		return (String) ((Map<?, ?>) citation.get("source")).get("text");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Object connection) {
		return (List<Map<String, Object>>) ((Map<String, Object>) connection).get("nodes");
	}

}
