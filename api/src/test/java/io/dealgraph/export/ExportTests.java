package io.dealgraph.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flat exports over HTTP on the seeds: every kind has as many rows as the API counts, every
 * citation's excerpt is its source's text at its offsets, JSON Lines carry the same columns typed,
 * {@code asOf} and releases answer as the API does, and every wrong request is a 400 that says why.
 */
class ExportTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EntityExchangeResult<String> get(String uri) {
		// As given, already URL-encoded (a template would encode the % again).
		return this.http.get().uri(URI.create("http://localhost:" + this.port + uri)).exchange().expectBody(String.class).returnResult();
	}

	private List<CsvRecord> csv(String uri) {
		EntityExchangeResult<String> result = get(uri);
		assertThat(result.getStatus().value()).as(uri + ": " + result.getResponseBody()).isEqualTo(200);
		assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
		String body = result.getResponseBody();
		assertThat(body).as("CRLF line ends").endsWith("\r\n");
		assertThat(body.indexOf('\n')).as("the header ends with CRLF").isEqualTo(body.indexOf("\r\n") + 1);
		List<CsvRecord> records = new ArrayList<>();
		CsvReader.builder().ofCsvRecord(body).forEach(records::add);
		return records;
	}

	private JsonNode query(String query) {
		String body = this.http.post().uri("/graphql").bodyValue(Map.of("query", query)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		JsonNode answer = JSON.readTree(body);
		assertThat(answer.path("errors").isMissingNode()).as(body).isTrue();
		return answer.path("data");
	}

	@Autowired
	MeterRegistry meters;

	private double operationsCached() {
		return this.meters.get("dealgraph.operations.cached").gauge().value();
	}

	@Test
	void anExportsPages_areNeverKeptInTheCaches_whileTheApisOperationsAre() {
		double operations = operationsCached();
		for (ExportKind kind : ExportKind.values()) {
			assertThat(csv("/export/" + kind.fileName() + ".csv")).hasSizeGreaterThan(1);
		}
		csv("/export/commitments.csv?filter=%7B%22unit%22%3A%22GW%22%7D");
		assertThat(operationsCached()).isEqualTo(operations);
		// The same root field asked by a client is kept (the answers' cache: ResponseCacheTests).
		query("{ once" + System.nanoTime() + ": commitments(first: 100) { totalCount } }");
		assertThat(operationsCached()).isEqualTo(operations + 1);
	}

	private static int column(List<CsvRecord> records, String name) {
		int index = records.get(0).getFields().indexOf(name);
		assertThat(index).as("column " + name + " in " + records.get(0).getFields()).isNotNegative();
		return index;
	}

	@Test
	void everyKind_hasAHeader_andAsManyRowsAsTheApiCounts_eachNamingTheNewestRelease() {
		JsonNode counts = query("""
				{ deals(first: 100) { totalCount nodes { parties(first: 1) { totalCount } } }
				  commitments { totalCount } agreementTerms { totalCount } statements { totalCount } events { totalCount }
				  releases(first: 1) { nodes { number } } }""");
		JsonNode sources = query("{ sources(first: 10) { totalCount nodes { citations(first: 1) { totalCount } } } }");
		int parties = 0;
		for (JsonNode deal : counts.at("/deals/nodes")) {
			parties += deal.at("/parties/totalCount").asInt();
		}
		int citations = 0;
		for (JsonNode source : sources.at("/sources/nodes")) {
			citations += source.at("/citations/totalCount").asInt();
		}
		String newest = counts.at("/releases/nodes/0/number").asString();
		Map<String, Integer> expected = Map.of("deals", counts.at("/deals/totalCount").asInt(), "parties", parties,
				"commitments", counts.at("/commitments/totalCount").asInt(), "terms", counts.at("/agreementTerms/totalCount").asInt(),
				"statements", counts.at("/statements/totalCount").asInt(), "events", counts.at("/events/totalCount").asInt(),
				"sources", sources.at("/sources/totalCount").asInt(), "citations", citations);
		assertThat(expected.get("deals")).isEqualTo(8);
		assertThat(citations).isGreaterThan(50);
		for (Map.Entry<String, Integer> kind : expected.entrySet()) {
			List<CsvRecord> records = csv("/export/" + kind.getKey() + ".csv");
			assertThat(records.size() - 1).as(kind.getKey()).isEqualTo(kind.getValue());
			assertThat(records.get(0).getFields()).as(kind.getKey()).endsWith("release");
			int release = column(records, "release");
			assertThat(records.subList(1, records.size())).as(kind.getKey()).allSatisfy(r -> assertThat(r.getField(release)).isEqualTo(newest));
		}
	}

	@Test
	void everyExportedCitation_isItsSourceTextAtItsOffsets_andNamesItsFact() {
		JsonNode sources = query("{ sources(first: 100) { nodes { slug fileName text } } }").at("/sources/nodes");
		List<CsvRecord> records = csv("/export/citations.csv");
		int source = column(records, "source_slug");
		int file = column(records, "source_file");
		int start = column(records, "start_offset");
		int end = column(records, "end_offset");
		int excerpt = column(records, "excerpt");
		int factType = column(records, "fact_type");
		int factSlug = column(records, "fact_slug");
		assertThat(records.subList(1, records.size())).allSatisfy(r -> {
			JsonNode text = null;
			for (JsonNode s : sources) {
				if (s.path("slug").asString().equals(r.getField(source))) {
					text = s;
				}
			}
			assertThat(text).as(r.toString()).isNotNull();
			assertThat(r.getField(file)).isEqualTo(text.path("fileName").asString());
			String all = text.path("text").asString();
			String atOffsets = all.substring(all.offsetByCodePoints(0, Integer.parseInt(r.getField(start))),
					all.offsetByCodePoints(0, Integer.parseInt(r.getField(end))));
			assertThat(Csv.inertAsWritten(r.getField(excerpt))).isEqualTo(atOffsets);
			assertThat(r.getField(factType)).isIn("Organization", "Person", "Deal", "DealParty", "Commitment", "AgreementTerm",
					"Statement", "Event", "Condition", "DateClaim");
			assertThat(r.getField(factSlug)).isNotEmpty();
		});
		assertThat(records.stream().map(r -> r.getField(factType))).contains("Deal", "DealParty", "Commitment", "Statement", "Event");
	}

	/** How a test reads back a cell the CSV made inert: the excerpt the spreadsheet shows, without its apostrophe. */
	static final class Csv {

		static String inertAsWritten(String cell) {
			return cell.startsWith("'") && RowWriter.Csv.inert(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
		}

	}

	@Test
	void aCellASpreadsheetWouldRun_isWrittenAsText_whileNumbersStayNumbers() {
		assertThat(RowWriter.Csv.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(RowWriter.Csv.inert("+1 555 0100")).isEqualTo("'+1 555 0100");
		assertThat(RowWriter.Csv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RowWriter.Csv.inert("-2+3")).isEqualTo("'-2+3");
		assertThat(RowWriter.Csv.inert("\tx")).isEqualTo("'\tx");
		assertThat(RowWriter.Csv.inert("-5")).isEqualTo("-5");
		assertThat(RowWriter.Csv.inert("50000000000")).isEqualTo("50000000000");
		assertThat(RowWriter.Csv.inert("0.5")).isEqualTo("0.5");
		assertThat(RowWriter.Csv.inert("OpenAI")).isEqualTo("OpenAI");
		assertThat(RowWriter.Csv.inert("")).isEmpty();
	}

	@Test
	void commitments_carryExactAmounts_units_claims_andTheirOrganizations() {
		List<CsvRecord> records = csv("/export/commitments.csv");
		int slug = column(records, "slug");
		CsvRecord trainium = records.stream().filter(r -> r.getField(slug).equals("openai-consumes-2gw-trainium-on-aws")).findFirst()
			.orElseThrow();
		assertThat(trainium.getField(column(records, "quantity_amount"))).isEqualTo("2");
		assertThat(trainium.getField(column(records, "quantity_unit"))).isEqualTo("GW");
		assertThat(trainium.getField(column(records, "committer_slug"))).isEqualTo("openai");
		assertThat(trainium.getField(column(records, "recipient_slug"))).isEqualTo("aws");
		assertThat(trainium.getField(column(records, "preferred"))).isEqualTo("true");
		assertThat(records.stream().map(r -> r.getField(column(records, "quantity_amount")))).contains("50000000000");
		assertThat(records.stream().map(r -> r.getField(column(records, "claim_group")))).contains("amazon-openai-investment");
	}

	@Test
	void jsonLines_carryTheSameColumns_withCountsAsNumbers_andFlagsAsBooleans() {
		EntityExchangeResult<String> result = get("/export/commitments.jsonl");
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("application/jsonl");
		List<String> header = csv("/export/commitments.csv").get(0).getFields();
		String[] lines = result.getResponseBody().split("\n");
		assertThat(lines).hasSize(csv("/export/commitments.csv").size() - 1);
		for (String line : lines) {
			JsonNode row = JSON.readTree(line);
			assertThat(row.properties().stream().map(Map.Entry::getKey).toList()).containsExactlyElementsOf(header);
			assertThat(row.path("corroboration").isInt()).isTrue();
			assertThat(row.path("preferred").isBoolean()).isTrue();
			assertThat(row.path("release").isIntegralNumber()).isTrue();
			assertThat(row.path("quantity_amount").isNull() || row.path("quantity_amount").isString()).isTrue();
		}
	}

	@Test
	void asOf_exportsWhatWasInForceThatDay_asTheApiAnswersIt() {
		JsonNode api = query("{ before: agreementTerms(asOf: \"2026-04-25\", first: 100) { totalCount }"
				+ " after: agreementTerms(asOf: \"2026-05-01\", first: 100) { totalCount } }");
		List<CsvRecord> before = csv("/export/terms.csv?asOf=2026-04-25");
		List<CsvRecord> after = csv("/export/terms.csv?asOf=2026-05-01");
		assertThat(before.size() - 1).isEqualTo(api.at("/before/totalCount").asInt());
		assertThat(after.size() - 1).isEqualTo(api.at("/after/totalCount").asInt());
		assertThat(before.size()).isNotEqualTo(after.size());
		int inForce = column(before, "in_force");
		assertThat(before.subList(1, before.size())).allSatisfy(r -> assertThat(r.getField(inForce)).isIn("TRUE", "UNKNOWN"));
		List<CsvRecord> all = csv("/export/terms.csv");
		assertThat(all.subList(1, all.size())).allSatisfy(r -> assertThat(r.getField(inForce)).isEmpty());
	}

	@Test
	void aReleaseOrAnInstant_picksTheLedgerAsItStood() {
		List<CsvRecord> first = csv("/export/deals.csv?release=1");
		int release = column(first, "release");
		assertThat(first.subList(1, first.size())).allSatisfy(r -> assertThat(r.getField(release)).isEqualTo("1"));
		String loaded = query("{ release(number: 1) { loadedAt } }").at("/release/loadedAt").asString();
		List<CsvRecord> then = csv("/export/deals.csv?knownAsOf=" + loaded);
		assertThat(then.subList(1, then.size())).allSatisfy(r -> assertThat(Integer.parseInt(r.getField(release))).isGreaterThanOrEqualTo(1));
	}

	@Test
	void aFilterInTheUrl_exportsWhatTheRootFieldsFilterAnswers_soASpreadsheetCanImportIt() {
		JsonNode api = query("{ commitments(filter: {unit: GW}, first: 100) { totalCount } }");
		// As a spreadsheet's web import would ask: the documented URL, URL-encoded.
		List<CsvRecord> records = csv("/export/commitments.csv?filter=%7B%22unit%22%3A%22GW%22%7D");
		assertThat(records.size() - 1).isEqualTo(api.at("/commitments/totalCount").asInt()).isPositive();
		int unit = column(records, "quantity_unit");
		assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.getField(unit)).isEqualTo("GW"));
		assertThat(csv("/export/commitments.csv").size()).isGreaterThan(records.size());
	}

	private void refused(String uri, String message) {
		EntityExchangeResult<String> result = get(uri);
		assertThat(result.getStatus().value()).as(uri).isEqualTo(400);
		JsonNode error = JSON.readTree(result.getResponseBody()).at("/errors/0");
		assertThat(error.path("message").asString()).as(uri).contains(message);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aWrongKindFormatOrArgument_isA400ThatSaysWhatAndWhere() {
		refused("/export/dealz.csv", "There is no export of 'dealz': the kinds are deals, parties, commitments");
		refused("/export/deals.xlsx", "Name the export as <kind>.csv or <kind>.jsonl");
		refused("/export/deals.csv?asOf=yesterday", "asOf must be a date, YYYY-MM-DD such as 2026-04-01; not 'yesterday'");
		refused("/export/statements.csv?asOf=2026-04-01", "asOf does not apply to statements");
		refused("/export/deals.csv?knownAsOf=2999-01-01T00:00:00Z", "Argument 'knownAsOf' is in the future (2999-01-01T00:00Z): leave it out for the latest ledger");
		refused("/export/deals.csv?knownAsOf=1999-01-01T00:00:00Z", "Argument 'knownAsOf' is before the first release (1999-01-01T00:00Z): the ledger held nothing then");
		refused("/export/deals.csv?knownAsOf=May", "knownAsOf must be an instant with its offset");
		refused("/export/deals.csv?release=999", "Argument 'release' names no release of this ledger (999); the newest is ");
		refused("/export/deals.csv?release=1&knownAsOf=2026-05-01T00:00:00Z", "Argument 'release' cannot be given with knownAsOf: ask for one or the other");
		refused("/export/deals.csv?since=1", "Unknown parameter 'since'");
		refused("/export/commitments.csv?filter=unit", "filter must be a URL-encoded JSON object");
		refused("/export/commitments.csv?filter=%7B%22unit%22%3A%22LITRES%22%7D", "filter");
		refused("/export/citations.csv?filter=%7B%7D", "filter does not apply to citations");
		refused("/export/deals.csv?asOf=2026-04-01&asOf=2026-05-01", "The parameter 'asOf' is given more than once");
	}

}
