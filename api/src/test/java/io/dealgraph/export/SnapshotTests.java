package io.dealgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.dealgraph.seed.ContingentMoneyTests;
import io.dealgraph.seed.SeedFiles;
import io.dealgraph.seed.SeedLoader;
import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release's snapshot: every export of the release with its changes and a manifest whose counts
 * and checksums are the files', the same bytes each time it is made and after later releases, a
 * 304 for its ETag, the newest at {@code /export/latest.zip}, and a clear refusal for a wrong name.
 * On a database of its own, since it loads a second release.
 */
class SnapshotTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ConfigurableApplicationContext app;

	static WebTestClient http;

	@BeforeAll
	static void start() {
		app = OwnDatabaseApp.start("ledger_snapshots", "dealgraph-snapshots");
		http = OwnDatabaseApp.http(app).mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	private static EntityExchangeResult<byte[]> get(String path) {
		return http.get().uri(path).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
	}

	/** The zip's entries in order, by name. */
	private static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static JsonNode data(String query) {
		String body = http.post().uri("/graphql").bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		JsonNode answer = JSON.readTree(body);
		assertThat(answer.has("errors")).as(body).isFalse();
		return answer.path("data");
	}

	@Test
	void aReleasesSnapshot_holdsEveryExport_withAManifestOfItsFiles_andNeverChanges() throws Exception {
		EntityExchangeResult<byte[]> first = get("/export/release/1.zip");
		HttpHeaders headers = first.getResponseHeaders();
		assertThat(headers.getContentType()).hasToString("application/zip");
		assertThat(headers.getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"dealgraph-release-1.zip\"");
		assertThat(headers.getCacheControl()).isEqualTo("public, max-age=31536000, immutable");
		assertThat(headers.getFirst("X-Dealgraph-Release")).isEqualTo("1");
		String etag = headers.getETag();
		assertThat(etag).startsWith("\"release-1-").endsWith("\"");

		Map<String, byte[]> files = entries(first.getResponseBody());
		List<String> expected = new ArrayList<>();
		for (ExportKind kind : ExportKind.values()) {
			expected.add(kind.fileName() + ".csv");
			expected.add(kind.fileName() + ".jsonl");
		}
		expected.add("changes.csv");
		expected.add("columns.json");
		expected.add("manifest.json");
		assertThat(files.keySet()).containsExactlyElementsOf(expected);

		// Each file is byte for byte the export of the same release, and the manifest says so.
		JsonNode manifest = JSON.readTree(files.get("manifest.json"));
		assertThat(manifest.path("release").asLong()).isEqualTo(1);
		assertThat(manifest.path("previousRelease").isNull()).isTrue();
		assertThat(manifest.path("seedChecksum").asString()).hasSize(64);
		assertThat(manifest.path("files")).hasSize(expected.size() - 1);
		for (JsonNode file : manifest.path("files")) {
			String name = file.path("name").asString();
			byte[] bytes = files.get(name);
			assertThat(file.path("sha256").asString()).as(name).isEqualTo(sha256(bytes));
			assertThat(file.path("bytes").asLong()).as(name).isEqualTo(bytes.length);
			if (name.equals("columns.json")) {
				assertThat(JSON.readTree(bytes)).isEqualTo(JSON.readTree(get("/export/columns.json").getResponseBody()));
				continue;
			}
			long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
			assertThat(file.path("rows").asLong()).as(name).isEqualTo(name.endsWith(".csv") ? lines - 1 : lines);
			if (!name.equals("changes.csv")) {
				assertThat(bytes).as(name).isEqualTo(get("/export/" + name + "?release=1").getResponseBody());
			}
		}
		JsonNode counts = data("""
				{ deals(first: 100) { totalCount } commitments { totalCount } agreementTerms { totalCount }
				  statements { totalCount } events { totalCount } sources { totalCount } changes(release: 1) { totalCount } }""");
		assertThat(rows(manifest, "deals.csv")).isEqualTo(counts.at("/deals/totalCount").asLong()).isEqualTo(rows(manifest, "deals.jsonl"));
		assertThat(rows(manifest, "commitments.csv")).isEqualTo(counts.at("/commitments/totalCount").asLong());
		assertThat(rows(manifest, "terms.csv")).isEqualTo(counts.at("/agreementTerms/totalCount").asLong());
		assertThat(rows(manifest, "statements.csv")).isEqualTo(counts.at("/statements/totalCount").asLong());
		assertThat(rows(manifest, "events.csv")).isEqualTo(counts.at("/events/totalCount").asLong());
		assertThat(rows(manifest, "sources.csv")).isEqualTo(counts.at("/sources/totalCount").asLong());
		// Release 1 added every fact; the changes are the API's.
		assertThat(rows(manifest, "changes.csv")).isEqualTo(counts.at("/changes/totalCount").asLong()).isPositive();
		assertThat(manifest.at("/changes/added").asLong()).isEqualTo(rows(manifest, "changes.csv"));
		assertThat(manifest.at("/changes/changed").asLong()).isZero();
		assertThat(manifest.at("/changes/removed").asLong()).isZero();
		assertThat(new String(files.get("changes.csv"), StandardCharsets.UTF_8))
			.startsWith("operation,fact_type,fact_id,fact_slug,release\r\nADDED,");

		// Made again: the same bytes and ETag; If-None-Match is a 304. The latest is the same zip.
		assertThat(get("/export/release/1.zip").getResponseBody()).isEqualTo(first.getResponseBody());
		http.get().uri("/export/release/1.zip").header("If-None-Match", etag).exchange().expectStatus().isNotModified()
			.expectHeader().valueEquals("ETag", etag).expectBody().isEmpty();
		// A HEAD has the headers, and never makes the zip.
		http.head().uri("/export/release/1.zip").exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", etag)
			.expectHeader().contentType("application/zip").expectBody().isEmpty();
		EntityExchangeResult<byte[]> latest = get("/export/latest.zip");
		assertThat(latest.getResponseBody()).isEqualTo(first.getResponseBody());
		assertThat(latest.getResponseHeaders().getETag()).isEqualTo(etag);
		assertThat(latest.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(latest.getResponseHeaders().getFirst("Content-Location")).isEqualTo("/export/release/1.zip");

		// A second release (the fixture report adds a deal): the latest moves, release 1's zip does not.
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(ContingentMoneyTests.withReport()))).isTrue();
		assertThat(get("/export/release/1.zip").getResponseBody()).isEqualTo(first.getResponseBody());
		http.get().uri("/export/latest.zip").header("If-None-Match", etag).exchange().expectStatus().isOk()
			.expectHeader().valueEquals("Content-Location", "/export/release/2.zip");
		EntityExchangeResult<byte[]> second = get("/export/release/2.zip");
		assertThat(second.getResponseHeaders().getETag()).startsWith("\"release-2-").isNotEqualTo(etag);
		Map<String, byte[]> secondFiles = entries(second.getResponseBody());
		JsonNode secondManifest = JSON.readTree(secondFiles.get("manifest.json"));
		assertThat(secondManifest.path("previousRelease").asLong()).isEqualTo(1);
		assertThat(rows(secondManifest, "deals.csv")).isEqualTo(rows(manifest, "deals.csv") + 1);
		long changes = data("{ changes(release: 2) { totalCount } }").at("/changes/totalCount").asLong();
		assertThat(rows(secondManifest, "changes.csv")).isEqualTo(changes).isPositive();
		assertThat(secondManifest.at("/changes/added").asLong() + secondManifest.at("/changes/changed").asLong()
				+ secondManifest.at("/changes/removed").asLong()).isEqualTo(changes);
		assertThat(new String(secondFiles.get("changes.csv"), StandardCharsets.UTF_8)).contains(",openai-investments-in-parts,2\r\n");
	}

	private static long rows(JsonNode manifest, String name) {
		for (JsonNode file : manifest.path("files")) {
			if (file.path("name").asString().equals(name)) {
				return file.path("rows").asLong();
			}
		}
		throw new AssertionError("No " + name + " in the manifest");
	}

	@Test
	void theColumnsTypes_nameEveryColumnOfEveryExportInOrder() {
		JsonNode catalogue = JSON.readTree(get("/export/columns.json").getResponseBody());
		List<String> kinds = new ArrayList<>();
		catalogue.propertyNames().forEach(kinds::add);
		assertThat(kinds).containsExactly("deals", "parties", "commitments", "terms", "statements", "events", "sources",
				"citations", "changes");
		for (ExportKind kind : ExportKind.values()) {
			String csv = new String(get("/export/" + kind.fileName() + ".csv").getResponseBody(), StandardCharsets.UTF_8);
			List<String> names = new ArrayList<>();
			catalogue.path(kind.fileName()).forEach(c -> names.add(c.path("name").asString()));
			assertThat(String.join(",", names)).as(kind.fileName()).isEqualTo(csv.substring(0, csv.indexOf("\r\n")));
			assertThat(names).as(kind.fileName()).doesNotHaveDuplicates();
		}
		Map<String, String> commitments = new LinkedHashMap<>();
		catalogue.path("commitments").forEach(c -> commitments.put(c.path("name").asString(), c.path("type").asString()));
		assertThat(commitments).containsEntry("quantity_amount", "decimal").containsEntry("quantity_unit", "category")
			.containsEntry("date_earliest", "date").containsEntry("date_precision", "category").containsEntry("firmness", "category")
			.containsEntry("preferred", "boolean").containsEntry("corroboration", "integer").containsEntry("slug", "text")
			.containsEntry("release", "integer");
		assertThat(catalogue.at("/sources/0/name").asString()).isEqualTo("id");
		assertThat(catalogue.toString()).contains("{\"name\":\"published_at\",\"type\":\"datetime\"}",
				"{\"name\":\"percentage\",\"type\":\"decimal\"}", "{\"name\":\"operation\",\"type\":\"category\"}");
	}

	@Test
	void aWrongSnapshotName_isRefusedClearly() {
		http.get().uri("/export/release/99.zip").exchange().expectStatus().isNotFound().expectBody()
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).startsWith("There is no release 99 of this ledger; the newest is "))
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND");
		http.get().uri("/export/release/first.zip").exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("Name a release's snapshot by its number, such as /export/release/1.zip; not 'first.zip'");
		http.get().uri("/export/release/1.tar").exchange().expectStatus().isBadRequest();
		http.get().uri("/export/latest.zip?release=1").exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("A release's snapshot takes no parameters; not 'release'");
	}

}
