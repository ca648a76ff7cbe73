package io.dealgraph.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/** In trusted-documents mode only the example library runs, whatever its whitespace. */
@TestPropertySource(properties = "dealgraph.trusted-documents=true")
class TrustedDocumentsTests extends ApiTest {

	@Test
	void anExampleRuns_evenReformatted_andAnyOtherDocumentIsRefused() throws IOException {
		String example = Files.readString(Path.of("..", "schema", "examples", "01-compute-commitments.graphql"));
		this.http.post().uri("/graphql").bodyValue(Map.of("query", example))
			.exchange()
			.expectBody()
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.commitments.totalCount").isEqualTo(2);
		// Same document, other whitespace and without its comment lines.
		this.http.post().uri("/graphql").bodyValue(Map.of("query", example.replaceAll("(?m)^#.*$", "").replaceAll("\\s+", " ")))
			.exchange()
			.expectBody()
			.jsonPath("$.data.commitments.totalCount").isEqualTo(2);
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message").value(Matchers.containsString("trusted-documents"));
	}

}
