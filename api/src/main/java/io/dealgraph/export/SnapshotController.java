package io.dealgraph.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.compiler.KnownReleases;
import io.dealgraph.graphql.EntityTags;
import io.dealgraph.graphql.HttpErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/release/<n>.zip}: release {@code n} whole, every export in both formats with
 * its changes and a manifest ({@link ReleaseSnapshots}); {@code /export/latest.zip}: the newest
 * release's, the same bytes. A snapshot never changes: a release's is cacheable for a year and
 * immutable, the latest's is revalidated, and both answer {@code If-None-Match} with a 304.
 */
@RestController
class SnapshotController {

	private static final Pattern FILE = Pattern.compile("([0-9]{1,18})\\.zip");

	/** A release's snapshot is the same bytes for ever: a year, and no revalidation. */
	private static final String IMMUTABLE = "max-age=31536000, immutable";

	private final ReleaseSnapshots snapshots;

	private final KnownReleases releases;

	SnapshotController(ReleaseSnapshots snapshots, ObjectProvider<KnownReleases> releases) {
		this.snapshots = snapshots;
		this.releases = releases.getIfAvailable(() -> KnownReleases.NONE);
	}

	/** Every export's columns and their types, for a reader's dtypes; it changes only with the code. */
	@GetMapping(path = "/export/columns.json", produces = "application/json")
	Map<String, List<Map<String, String>>> columns() {
		return ReleaseSnapshots.catalogue();
	}

	@GetMapping("/export/release/{file}")
	void release(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher name = FILE.matcher(file);
		if (!name.matches()) {
			HttpErrors.write(request, response, 400, "BAD_REQUEST",
					"Name a release's snapshot by its number, such as /export/release/1.zip; not '" + file + "'");
			return;
		}
		long number = Long.parseLong(name.group(1));
		OptionalLong latest = this.releases.latest();
		ReleaseSnapshots.Release release = latest.isEmpty() ? null : this.snapshots.release(number).orElse(null);
		if (release == null) {
			HttpErrors.write(request, response, latest.isEmpty() ? 503 : 404, latest.isEmpty() ? "UNAVAILABLE" : "NOT_FOUND",
					latest.isEmpty() ? "No release of the ledger has been loaded yet"
							: "There is no release " + number + " of this ledger; the newest is " + latest.getAsLong()
									+ " (/export/latest.zip)");
			return;
		}
		send(release, (request.getHeader("X-API-Key") != null ? "private, " : "public, ") + IMMUTABLE, request, response);
	}

	@GetMapping("/export/latest.zip")
	void latest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		OptionalLong latest = this.releases.latest();
		ReleaseSnapshots.Release release = latest.isEmpty() ? null : this.snapshots.release(latest.getAsLong()).orElse(null);
		if (release == null) {
			HttpErrors.write(request, response, 503, "UNAVAILABLE", "No release of the ledger has been loaded yet");
			return;
		}
		// The newest moves with the next release: revalidated each time, with the release's own ETag.
		response.setHeader("Content-Location", "/export/release/" + release.number() + ".zip");
		send(release, "no-cache", request, response);
	}

	private void send(ReleaseSnapshots.Release release, String cacheControl, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!request.getParameterMap().isEmpty()) {
			HttpErrors.write(request, response, 400, "BAD_REQUEST", "A release's snapshot takes no parameters; not '"
					+ request.getParameterMap().keySet().iterator().next() + "'");
			return;
		}
		String etag = release.etag();
		response.setHeader("ETag", etag);
		response.setHeader("Cache-Control", cacheControl);
		response.setHeader("X-Dealgraph-Release", String.valueOf(release.number()));
		if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + release.fileName() + "\"");
		if ("HEAD".equals(request.getMethod())) {
			// The headers alone: a HEAD never makes the zip (minutes at a large scale) to throw it away.
			return;
		}
		try {
			this.snapshots.write(release, response.getOutputStream());
		}
		catch (Exports.Refused refused) {
			if (response.isCommitted()) {
				// Cut off short of its end (no central directory): never passed off as a whole zip.
				throw new IllegalStateException("Snapshot of release " + release.number() + " stopped: " + refused.getMessage());
			}
			response.reset();
			HttpErrors.write(request, response, 503, "UNAVAILABLE", refused.getMessage());
		}
	}

}
