package io.dealgraph.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceApiTests extends ApiTest {

	@Test
	void sources_neverInventAUrl() {
		// language=GraphQL
		String document = """
				{ sources { totalCount nodes { slug url } } }""";
		this.graphQl.document(document)
			.execute()
			.path("sources.totalCount").entity(Integer.class).isEqualTo(5)
			.path("sources.nodes[*].slug").entityList(String.class).hasSize(5)
			.path("sources.nodes[*].url").entityList(Object.class)
			.satisfies(urls -> assertThat(urls).hasSize(5).containsOnlyNulls());
	}

	@Test
	void source_withContradictoryAuthor_hasNullAuthorAndANoteNamingBothCandidates() {
		// language=GraphQL
		String document = """
				{ source(slug: "openai-shifts-aggressively-toward-amazon-2026-04-30") {
				    title author authorNote publisher fileName published { display precision text }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("source.title").entity(String.class)
			.isEqualTo("OpenAI Shifts Aggressively Toward Amazon Amid Microsoft Partnership Changes")
			.path("source.author").valueIsNull()
			.path("source.publisher").valueIsNull()
			.path("source.authorNote").entity(String.class)
			.satisfies(note -> assertThat(note).contains("Bradley Vinson").contains("Steven Soarez"))
			.path("source.fileName").entity(String.class).isEqualTo("003_1daeddfe6aa8ff9c.txt")
			.path("source.published.display").entity(String.class).isEqualTo("30 April 2026")
			.path("source.published.precision").entity(String.class).isEqualTo("DAY")
			.path("source.published.text").entity(String.class).isEqualTo("Apr 30, 2026");
	}

	@Test
	void source_withTimeAndZone_hasAPublicationInstantButNoLocalTime() {
		// language=GraphQL
		String document = """
				{ source(slug: "openai-shifts-strategic-focus-toward-amazon-2026-04-13") {
				    author authorNote publishedAt publishedLocalTime published { display text }
				} }""";
		this.graphQl.document(document)
			.execute()
			.path("source.author").valueIsNull()
			.path("source.authorNote").valueIsNull()
			.path("source.publishedAt").entity(String.class)
			.satisfies(at -> assertThat(OffsetDateTime.parse(at).toInstant())
				.isEqualTo(OffsetDateTime.parse("2026-04-13T17:20:00Z").toInstant()))
			.path("source.publishedLocalTime").valueIsNull()
			.path("source.published.display").entity(String.class).isEqualTo("13 April 2026")
			.path("source.published.text").entity(String.class).isEqualTo("Apr 13, 2026 17:20 UTC");
	}

	@Test
	void source_withTimeButNoZone_hasALocalTimeButNoInstant() {
		// language=GraphQL
		String document = """
				{ source(slug: "openai-deepens-amazon-ties-2026-04-13") { author publishedAt publishedLocalTime } }""";
		this.graphQl.document(document)
			.execute()
			.path("source.author").entity(String.class).isEqualTo("AlphaScala")
			.path("source.publishedAt").valueIsNull()
			.path("source.publishedLocalTime").entity(String.class)
			.satisfies(time -> assertThat(LocalTime.parse(time)).isEqualTo(LocalTime.of(17, 5)));
	}

	@Test
	void source_withoutDate_hasNullPublication() {
		// language=GraphQL
		String document = """
				{ source(slug: "cloud-politics-heat-up") { title published { display } publishedAt publishedLocalTime } }""";
		this.graphQl.document(document)
			.execute()
			.path("source.title").entity(String.class).isEqualTo("Cloud politics heat up")
			.path("source.published").valueIsNull()
			.path("source.publishedAt").valueIsNull()
			.path("source.publishedLocalTime").valueIsNull();
	}

	@Test
	void source_text_isTheArticleKeptInSeedsWithItsSha256() throws IOException {
		String article = new ClassPathResource("seeds/articles/004_52ffcf88c99ff17d.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		// language=GraphQL
		String document = """
				{ source(slug: "cloud-politics-heat-up") { fileName contentSha256 text } }""";
		this.graphQl.document(document)
			.execute()
			.path("source.fileName").entity(String.class).isEqualTo("004_52ffcf88c99ff17d.txt")
			.path("source.text").entity(String.class).isEqualTo(article)
			.path("source.contentSha256").entity(String.class).isEqualTo(sha256(article));
	}

	@Test
	void source_withUnknownSlug_isNull() {
		// language=GraphQL
		String document = """
				{ source(slug: "the-information") { slug } }""";
		this.graphQl.document(document).execute().path("source").valueIsNull();
	}

	@Test
	void sources_byDefault_areOldestFirstWithUndatedSourcesLast() {
		// language=GraphQL
		String document = """
				{ sources { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("sources.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-deepens-amazon-ties-2026-04-13", "openai-shifts-aggressively-toward-amazon-2026-04-30",
					// undated, in the order of sources.yml
					"openai-signals-strategic-shift-from-microsoft-to-amazon", "cloud-politics-heat-up");
	}

	@Test
	void sources_orderedByPublishedDescending_areNewestFirstWithUndatedSourcesLast() {
		// language=GraphQL
		String document = """
				{ sources(orderBy: {field: PUBLISHED, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("sources.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-shifts-aggressively-toward-amazon-2026-04-30",
					"openai-deepens-amazon-ties-2026-04-13", "openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"cloud-politics-heat-up", "openai-signals-strategic-shift-from-microsoft-to-amazon");
	}

	@Test
	void sources_orderedByTitle_followTheTitlesInBothDirections() {
		// language=GraphQL
		String document = """
				{ asc: sources(orderBy: {field: TITLE, direction: ASC}) { nodes { slug } }
				  desc: sources(orderBy: {field: TITLE, direction: DESC}) { nodes { slug } } }""";
		this.graphQl.document(document)
			.execute()
			.path("asc.nodes[*].slug").entityList(String.class)
			.containsExactly("cloud-politics-heat-up", "openai-deepens-amazon-ties-2026-04-13",
					"openai-shifts-aggressively-toward-amazon-2026-04-30",
					"openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-signals-strategic-shift-from-microsoft-to-amazon")
			.path("desc.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-signals-strategic-shift-from-microsoft-to-amazon",
					"openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-shifts-aggressively-toward-amazon-2026-04-30", "openai-deepens-amazon-ties-2026-04-13",
					"cloud-politics-heat-up");
	}

	@Test
	void sources_filteredByPublicationSpan_leaveUndatedSourcesOut() {
		// language=GraphQL
		String document = """
				{ late: sources(filter: {publishedFrom: "2026-04-14"}) { totalCount nodes { slug } }
				  early: sources(filter: {publishedTo: "2026-04-13"}) { totalCount nodes { slug } }
				  april: sources(filter: {publishedFrom: "2026-04-01", publishedTo: "2026-04-30"}) { totalCount }
				  before: sources(filter: {publishedTo: "2026-04-12"}) { totalCount } }""";
		this.graphQl.document(document)
			.execute()
			.path("late.totalCount").entity(Integer.class).isEqualTo(1)
			.path("late.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-shifts-aggressively-toward-amazon-2026-04-30")
			.path("early.totalCount").entity(Integer.class).isEqualTo(2)
			.path("early.nodes[*].slug").entityList(String.class)
			.containsExactly("openai-shifts-strategic-focus-toward-amazon-2026-04-13",
					"openai-deepens-amazon-ties-2026-04-13")
			.path("april.totalCount").entity(Integer.class).isEqualTo(3)
			.path("before.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void sources_filteredByPublisher_matchNothingBecauseNoArticleNamesAPublisher() {
		// language=GraphQL
		String document = """
				{ cnbc: sources(filter: {publisher: "cnbc"}) { totalCount nodes { slug } }
				  all: sources { nodes { publisher } } }""";
		this.graphQl.document(document)
			.execute()
			.path("cnbc.totalCount").entity(Integer.class).isEqualTo(0)
			.path("cnbc.nodes").entityList(Object.class).hasSize(0)
			.path("all.nodes[*].publisher").entityList(Object.class)
			.satisfies(publishers -> assertThat(publishers).hasSize(5).containsOnlyNulls());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
