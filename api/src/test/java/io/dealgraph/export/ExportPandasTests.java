package io.dealgraph.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports as analysts read them: Debian's pandas loads every CSV by URL, the spreadsheet URL
 * with its filter included, with as many rows as the API counts and counts read as integers.
 */
class ExportPandasTests extends ApiTest {

	/** Debian's python3 and its pandas (the python3 first on the PATH may be another). */
	static final String PYTHON = "/usr/bin/python3";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCRIPT = """
			import json, sys
			import pandas as pd
			base = sys.argv[1]
			out = {}
			for kind in ["deals", "parties", "commitments", "terms", "statements", "events", "sources", "citations"]:
			    frame = pd.read_csv(f"{base}/export/{kind}.csv", keep_default_na=False, na_values=[""],
			                        dtype={"quantity_amount": "string", "cap_amount": "string", "percentage": "string"})
			    out[kind] = {"rows": len(frame), "release": str(frame["release"].dtype),
			                 "corroboration": str(frame["corroboration"].dtype) if "corroboration" in frame else None}
			citations = pd.read_csv(f"{base}/export/citations.csv")
			out["offsets"] = str(citations["start_offset"].dtype)
			gw = pd.read_csv(f"{base}/export/commitments.csv?filter=%7B%22unit%22%3A%22GW%22%7D", dtype={"quantity_amount": "string"})
			out["gw"] = {"rows": len(gw), "units": sorted(gw["quantity_unit"].unique().tolist()),
			             "amounts": gw["quantity_amount"].tolist()}
			print(json.dumps(out))
			""";

	private JsonNode counts(String query) {
		String body = this.http.post().uri("/graphql").bodyValue(Map.of("query", query)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		return JSON.readTree(body).path("data");
	}

	@Test
	void pandasReadsEveryExportByUrl_withTheApisRowCounts_andCountsAsIntegers() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON))
				&& new ProcessBuilder(PYTHON, "-c", "import pandas").start().waitFor() == 0,
				"Debian's python3-pandas is installed (.ci/run installs it)");
		Process python = new ProcessBuilder(PYTHON, "-c", SCRIPT, "http://localhost:" + this.port).redirectErrorStream(true).start();
		assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(python.exitValue()).as(output).isZero();
		JsonNode read = JSON.readTree(output.lines().reduce((a, b) -> b).orElse("{}"));

		JsonNode api = counts("""
				{ deals(first: 100) { totalCount } commitments { totalCount } agreementTerms { totalCount }
				  statements { totalCount } events { totalCount } sources { totalCount }
				  gw: commitments(filter: {unit: GW}, first: 100) { totalCount } }""");
		assertThat(read.at("/deals/rows").asInt()).isEqualTo(api.at("/deals/totalCount").asInt());
		assertThat(read.at("/commitments/rows").asInt()).isEqualTo(api.at("/commitments/totalCount").asInt());
		assertThat(read.at("/terms/rows").asInt()).isEqualTo(api.at("/agreementTerms/totalCount").asInt());
		assertThat(read.at("/statements/rows").asInt()).isEqualTo(api.at("/statements/totalCount").asInt());
		assertThat(read.at("/events/rows").asInt()).isEqualTo(api.at("/events/totalCount").asInt());
		assertThat(read.at("/sources/rows").asInt()).isEqualTo(api.at("/sources/totalCount").asInt());
		assertThat(read.at("/parties/rows").asInt()).isPositive();
		assertThat(read.at("/citations/rows").asInt()).isGreaterThan(50);
		assertThat(read.at("/deals/release").asString()).isEqualTo("int64");
		assertThat(read.at("/deals/corroboration").asString()).isEqualTo("int64");
		assertThat(read.at("/offsets").asString()).isEqualTo("int64");
		assertThat(read.at("/gw/rows").asInt()).isEqualTo(api.at("/gw/totalCount").asInt()).isPositive();
		assertThat(read.at("/gw/units").toString()).isEqualTo("[\"GW\"]");
		assertThat(read.at("/gw/amounts").toString()).contains("\"2\"");
	}

}
