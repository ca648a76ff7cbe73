package io.dealgraph.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.compiler.KnownReleases;
import io.dealgraph.graphql.BadInputException;
import io.dealgraph.graphql.HttpErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/<kind>.csv} and {@code .jsonl}: one row per fact with flat columns, every row
 * naming the release it is from, streamed as it is read. {@code asOf} (a date: what was in force
 * that day, for deals, parties, commitments and terms), {@code knownAsOf} (an instant: the ledger as
 * it stood then) or {@code release} (a number), and {@code filter}: the root field's filter as
 * URL-encoded JSON ({@code ?filter={"unit":"GW"}}), for a spreadsheet's web import. Behind the
 * same keys, rate limit and concurrency limit as {@code /graphql}; a wrong kind or argument is a
 * 400 that says what and where.
 */
@RestController
class ExportController {

	private static final Pattern FILE = Pattern.compile("([a-z]+)\\.([a-z]+)");

	private static final Set<String> PARAMETERS = Set.of("asOf", "knownAsOf", "release", "filter");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Exports exports;

	private final KnownReleases releases;

	ExportController(Exports exports, ObjectProvider<KnownReleases> releases) {
		this.exports = exports;
		this.releases = releases.getIfAvailable(() -> KnownReleases.NONE);
	}

	/** A request the export cannot serve, with the status to answer. */
	private record Refusal(int status, String classification, String message) {
	}

	private static final class Refused extends Exception {

		final Refusal refusal;

		Refused(int status, String message) {
			super(message);
			this.refusal = new Refusal(status, status == 503 ? "UNAVAILABLE" : "BAD_REQUEST", message);
		}

	}

	@GetMapping("/export/{file}")
	void export(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ExportKind kind;
		RowWriter.Format format;
		LocalDate asOf;
		Map<String, Object> filter;
		long release;
		try {
			Matcher name = FILE.matcher(file);
			format = name.matches() ? RowWriter.Format.of(name.group(2)) : null;
			if (format == null) {
				throw new Refused(400, "Name the export as <kind>.csv or <kind>.jsonl, such as /export/deals.csv; not '" + file + "'");
			}
			kind = ExportKind.byFileName(name.group(1)).orElse(null);
			if (kind == null) {
				throw new Refused(400, "There is no export of '" + name.group(1) + "': the kinds are " + ExportKind.names());
			}
			Map<String, String[]> parameters = request.getParameterMap();
			for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
				if (!PARAMETERS.contains(parameter.getKey())) {
					throw new Refused(400, "Unknown parameter '" + parameter.getKey()
							+ "': an export takes asOf (a date), knownAsOf (an instant), release (a number) and filter (a JSON object)");
				}
				if (parameter.getValue().length > 1) {
					throw new Refused(400, "The parameter '" + parameter.getKey() + "' is given more than once");
				}
			}
			asOf = asOf(request.getParameter("asOf"), kind);
			filter = filter(request.getParameter("filter"), kind);
			release = release(request.getParameter("knownAsOf"), request.getParameter("release"));
		}
		catch (Refused refused) {
			HttpErrors.write(request, response, refused.refusal.status(), refused.refusal.classification(), refused.getMessage());
			return;
		}
		response.setContentType(format.contentType);
		response.setHeader("Content-Disposition", "inline; filename=\"" + kind.fileName() + "." + format.extension + "\"");
		response.setHeader("X-Dealgraph-Release", String.valueOf(release));
		RowWriter out = format.open(response.getOutputStream(), kind.columns());
		try {
			this.exports.write(kind, asOf, filter, release, out);
		}
		catch (Exports.Refused refused) {
			if (response.isCommitted()) {
				// A page after the first failed: the stream is cut off short of its end, never passed off as whole.
				throw new IllegalStateException("Export of " + kind.fileName() + " stopped: " + refused.getMessage());
			}
			// Nothing was written (the first page is read before the header): an HTTP error instead.
			response.reset();
			// The API's own client errors, and graphql-java's for a filter its input type refuses.
			int status = Set.of("BAD_REQUEST", "ValidationError", "InvalidSyntax").contains(refused.classification) ? 400 : 503;
			HttpErrors.write(request, response, status, status == 400 ? "BAD_REQUEST" : "UNAVAILABLE", refused.getMessage());
			return;
		}
		out.close();
	}

	/** The filter of the kind's root field, as URL-encoded JSON; the API checks its fields and values. */
	private static Map<String, Object> filter(String value, ExportKind kind) throws Refused {
		if (value == null) {
			return null;
		}
		if (kind == ExportKind.CITATIONS) {
			throw new Refused(400, "filter does not apply to citations; filter the facts' exports instead");
		}
		JsonNode json;
		try {
			json = JSON.readTree(value);
		}
		catch (JacksonException ex) {
			throw new Refused(400, "filter must be a URL-encoded JSON object, such as {\"unit\":\"GW\"}; it is not valid JSON");
		}
		if (!json.isObject()) {
			throw new Refused(400, "filter must be a URL-encoded JSON object, such as {\"unit\":\"GW\"}");
		}
		return JSON.convertValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	private static LocalDate asOf(String value, ExportKind kind) throws Refused {
		if (value == null) {
			return null;
		}
		if (!kind.takesAsOf()) {
			throw new Refused(400, "asOf does not apply to " + kind.fileName()
					+ ": only deals, parties, commitments and terms are in force on a day; use knownAsOf or release for the ledger as it stood");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new Refused(400, "asOf must be a date, YYYY-MM-DD such as 2026-04-01; not '" + value + "'");
		}
	}

	/** The release to read: the one a knownAsOf instant or a release number names (the API's rules), else the newest. */
	private long release(String knownAsOf, String number) throws Refused {
		OptionalLong latest = this.releases.latest();
		if (latest.isEmpty()) {
			throw new Refused(503, "No release of the ledger has been loaded yet");
		}
		OffsetDateTime at = null;
		if (knownAsOf != null) {
			try {
				at = OffsetDateTime.parse(knownAsOf);
			}
			catch (DateTimeParseException ex) {
				throw new Refused(400, "knownAsOf must be an instant with its offset, such as 2026-05-01T00:00:00Z; not '" + knownAsOf + "'");
			}
		}
		Long n = null;
		if (number != null) {
			try {
				n = Long.parseLong(number);
			}
			catch (NumberFormatException ex) {
				throw new Refused(400, "release must be a release number, such as 1; not '" + number + "'");
			}
		}
		try {
			Long named = this.releases.named(at, n);
			return named == null ? latest.getAsLong() : named;
		}
		catch (BadInputException ex) {
			throw new Refused(400, ex.getMessage());
		}
	}

}
