package io.dealgraph.export;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.dealgraph.graphql.OperationKey;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an export's rows and hands them to a writer as they come: a fact kind page by page
 * through the API's own root connection at one release (in process, with the API's limits and
 * timeouts; each page one statement), citations a thousand at a time from the ledger. The first
 * page is read before anything is written, so a refused export is an HTTP error, not a broken file.
 */
@Component
class Exports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A deal's further parties, where one has more than a page of them. */
	private static final String MORE_PARTIES = """
			query Parties($slug: String!, $after: String, $release: Int) {
			  deal(slug: $slug, release: $release) {
			    parties(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { role organization { id slug } corroboration outlets } }
			  }
			}""";

	private final ExecutionGraphQlService graphQl;

	private final CitationRows citations;

	private final MeterRegistry meters;

	Exports(ExecutionGraphQlService graphQl, JdbcTemplate reader, MeterRegistry meters) {
		this.graphQl = graphQl;
		this.citations = new CitationRows(reader);
		this.meters = meters;
	}

	/** Why an export's first page was refused: the API's error, with its classification. */
	static final class Refused extends RuntimeException {

		final String classification;

		Refused(String classification, String message) {
			super(message);
			this.classification = classification;
		}

	}

	/** Writes every row of the kind at the release (asOf: in force on that day, where the kind takes it; filter: its root field's). */
	void write(ExportKind kind, LocalDate asOf, Map<String, Object> filter, long release, RowWriter out) throws IOException {
		this.meters.counter("dealgraph.exports", "kind", kind.fileName()).increment();
		if (kind == ExportKind.CITATIONS) {
			out.start();
			this.citations.each(release, out::row);
			out.flush();
			return;
		}
		String after = null;
		boolean first = true;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("after", after);
			variables.put("release", release);
			variables.put("filter", filter);
			if (kind.takesAsOf()) {
				variables.put("asOf", asOf == null ? null : asOf.toString());
			}
			JsonNode page = run(kind.document(), "Export", variables).path("page");
			if (first) {
				out.start();
				first = false;
			}
			for (JsonNode edge : page.path("edges")) {
				for (JsonNode row : rows(kind, edge, release)) {
					out.row(row);
				}
			}
			out.flush();
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
	}

	/** The rows one edge of a page makes: the fact, or for parties, each party of the deal. */
	private List<JsonNode> rows(ExportKind kind, JsonNode edge, long release) {
		List<JsonNode> rows = new ArrayList<>();
		if (kind == ExportKind.PARTIES) {
			JsonNode deal = edge.path("node");
			for (JsonNode party : parties(deal, release)) {
				ObjectNode row = JSON.createObjectNode();
				row.set("deal", deal);
				row.set("party", party);
				row.put("release", release);
				rows.add(row);
			}
			return rows;
		}
		// The page is this export's own tree: the edge becomes the row, no copy.
		ObjectNode row = (ObjectNode) edge;
		if (kind == ExportKind.DEALS) {
			((ObjectNode) row.path("node")).set("parties", JSON.createObjectNode().set("nodes",
					JSON.valueToTree(parties(edge.path("node"), release))));
		}
		row.put("release", release);
		rows.add(row);
		return rows;
	}

	/** All of a deal's parties: its page's, then the rest page by page where it has more. */
	private List<JsonNode> parties(JsonNode deal, long release) {
		List<JsonNode> parties = new ArrayList<>();
		JsonNode connection = deal.path("parties");
		while (true) {
			connection.path("nodes").forEach(parties::add);
			if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
				return parties;
			}
			Map<String, Object> variables = new HashMap<>();
			variables.put("slug", deal.path("slug").asString());
			variables.put("after", connection.at("/pageInfo/endCursor").asString());
			variables.put("release", release);
			connection = run(MORE_PARTIES, "Parties", variables).at("/deal/parties");
		}
	}

	/** Runs a query in process; its errors refuse the export. */
	private JsonNode run(String document, String operation, Map<String, Object> variables) {
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, operation, variables, Map.of(),
				UUID.randomUUID().toString(), Locale.ROOT);
		// Each page is asked once (its cursor is new): compiled for itself, never kept in the caches.
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(OperationKey.ONE_OFF, true)).build());
		ExecutionGraphQlResponse response = this.graphQl.execute(request).block(Duration.ofMinutes(1));
		if (response == null) {
			throw new Refused("UNAVAILABLE", "The export's query gave no answer");
		}
		if (!response.getErrors().isEmpty()) {
			ResponseError error = response.getErrors().get(0);
			String classification = error.getErrorType() == null ? "INTERNAL_ERROR" : error.getErrorType().toString();
			throw new Refused(classification, error.getMessage());
		}
		Object data = response.getExecutionResult().getData();
		return JSON.readTree(JSON.writeValueAsString(data));
	}

}
