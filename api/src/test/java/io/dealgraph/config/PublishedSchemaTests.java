package io.dealgraph.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema and its change policy: {@code /schema.graphql} serves the SDL; against the
 * released snapshot ({@code schema/published/schema.graphql}), every breaking change graphql-java's
 * SchemaDiff finds must be listed in {@code docs/CHANGELOG.md} on a {@code - Removed:} or
 * {@code - Breaking:} line naming its type and field ({@code `Deal.valuation`}); a mention elsewhere
 * (among additions) does not count. {@code -Dschema.update=true} writes the snapshot at a release.
 */
class PublishedSchemaTests extends ApiTest {

	static final Path SNAPSHOT = Path.of("../schema/published/schema.graphql");

	static final Path CHANGELOG = Path.of("../docs/CHANGELOG.md");

	@Autowired
	GraphQlSource source;

	/** The breaking changes from the old SDL to the new one that the changelog does not name. */
	static List<String> unlistedBreakages(String oldSdl, String newSdl, String changelog) {
		CapturingReporter reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(oldSdl, newSdl), reporter);
		List<String> listed = changelog.lines().filter(line -> line.startsWith("- Removed: ") || line.startsWith("- Breaking: ")).toList();
		return reporter.getBreakages().stream().map(PublishedSchemaTests::name)
			.filter(name -> listed.stream().noneMatch(line -> line.contains("`" + name + "`")))
			.toList();
	}

	/** A breakage by the name the changelog lists it under: Type.field, or Type. */
	private static String name(DiffEvent event) {
		return event.getTypeName() + (event.getFieldName() == null ? "" : "." + event.getFieldName());
	}

	@Test
	void theSchemaIsServedAsSdl_withItsDescriptions() {
		String served = this.http.get().uri("/schema.graphql").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("text/plain;charset=UTF-8")
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(served).isEqualTo(PublishedSchemaController.print(this.source.schema()))
			.contains("type Query {", "\"What a deal values an organization at, as a source states it.\"");
	}

	@Test
	void theSchemaBreaksNothingTheChangelogDoesNotList() throws IOException {
		String current = PublishedSchemaController.print(this.source.schema());
		if (Boolean.getBoolean("schema.update")) {
			Files.writeString(SNAPSHOT, current, StandardCharsets.UTF_8);
		}
		List<String> unlisted = unlistedBreakages(Files.readString(SNAPSHOT), current, Files.readString(CHANGELOG));
		assertThat(unlisted).as("breaking changes against schema/published/schema.graphql that docs/CHANGELOG.md does not list "
				+ "(list each as `Type.field` with its reason, after its three months deprecated)").isEmpty();
	}

	@Test
	void theCheck_failsOnAnUnlistedBreakingChange_andPassesOnceItIsListed() throws IOException {
		String current = PublishedSchemaController.print(this.source.schema());
		// A later schema that drops a field and makes an argument required.
		String broken = current.replaceFirst("\n  \"What the deal values an organization at[^\n]*\n  valuation: Valuation\n", "\n");
		assertThat(broken).isNotEqualTo(current);
		assertThat(unlistedBreakages(current, broken, Files.readString(CHANGELOG))).containsExactly("Deal.valuation");
		assertThat(unlistedBreakages(current, broken, "- Removed: `Deal.valuation`, after three months deprecated")).isEmpty();
		// Additions break nothing.
		assertThat(unlistedBreakages(broken, current, "")).isEmpty();
	}

}
