package io.dealgraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.dealgraph.graphql.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.dealgraph.export.Column.at;

/**
 * A release as one zip: every export in both formats as the ledger stood at the release, the
 * release's changes ({@code changes.csv}), and last {@code manifest.json} with each file's rows,
 * bytes and SHA-256 and the changes counted. The zip is made from the release's history alone, in
 * a fixed order with the release's load time on every entry, so it is the same bytes each time it
 * is made: its ETag names the release, its load time and the export format, never its content.
 */
@Component
class ReleaseSnapshots {

	/** The columns of {@code changes.csv}: one row per fact the release added, changed or removed. */
	private static final List<Column> CHANGE_COLUMNS = List.of(Column.category("operation", "/operation"), Column.category("fact_type", "/fact_type"),
			at("fact_id", "/fact_id"), at("fact_slug", "/fact_slug"), Column.integer("release", "/release"));

	/**
	 * One page of a release's changes after a change's id (V14: by kind, then fact). A deal party's
	 * slug (deal/organization/role) is read as the release held it, or for a removal as the release
	 * before held it, never from today's deal and organization: a later rename leaves the zip as it was.
	 */
	static final String CHANGES = """
			select c.id, c.operation, c.type_name, coalesce(p.slug, c.slug) as slug, dg_global_id(c.type_name, coalesce(p.slug, c.slug)) as global_id
			from fact_change c
			left join lateral (
			  select concat_ws('/', d.slug, o.slug, x.role) as slug
			  from history.deal_party(c.release - (c.operation = 'REMOVED')::int) x
			  join history.deal(c.release - (c.operation = 'REMOVED')::int) d on d.id = x.deal_id
			  join history.organization(c.release - (c.operation = 'REMOVED')::int) o on o.id = x.organization_id
			  where c.type_name = 'DealParty' and x.id = c.fact_id
			) p on true
			where c.release = ? and c.id > ?
			order by c.id
			limit ?""";

	/** Raised by hand when the snapshot's making changes in a way the texts below do not show. */
	private static final int VERSION = 1;

	/**
	 * What a release's snapshot is made of: every export's query and columns, the statements of the
	 * citations and changes, and the JDK that deflates the entries (another zlib may compress the
	 * same files to other bytes). A change to any of them is a new snapshot, with a new ETag.
	 */
	static final String FORMAT;

	static {
		StringBuilder format = new StringBuilder("snapshot ").append(VERSION).append('\n')
			.append(System.getProperty("java.vm.vendor")).append(' ').append(System.getProperty("java.runtime.version"))
			.append(' ').append(System.getProperty("os.arch")).append('\n')
			.append(CitationRows.SQL).append('\n').append(CHANGES).append('\n');
		for (ExportKind kind : ExportKind.values()) {
			format.append(kind.fileName()).append('\n').append(kind.document()).append('\n');
			kind.columns().forEach(c -> format.append(c.name()).append(' ').append(c.type()).append('\n'));
		}
		CHANGE_COLUMNS.forEach(c -> format.append(c.name()).append(' ').append(c.type()).append('\n'));
		FORMAT = Sha256.hex(format.toString()).substring(0, 16);
	}

	private static final int CHANGES_PAGE = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Exports exports;

	private final JdbcTemplate reader;

	ReleaseSnapshots(Exports exports, JdbcTemplate reader) {
		this.exports = exports;
		this.reader = reader;
	}

	/** A release as its snapshot names it. */
	record Release(long number, OffsetDateTime loadedAt, Long previous, String seedChecksum) {

		/** The snapshot's validator: the release, when it was loaded (this ledger's, not another's) and the format. */
		String etag() {
			return "\"release-" + this.number + "-" + this.loadedAt.toInstant().toEpochMilli() + "-" + FORMAT + "\"";
		}

		String fileName() {
			return "dealgraph-release-" + this.number + ".zip";
		}

	}

	/** The release of this number, as the ledger records it; empty when there is none. */
	Optional<Release> release(long number) {
		List<Release> found = this.reader.query("""
				select number, loaded_at, checksum, (select max(p.number) from release p where p.number < r.number) as previous
				from release r where number = ?""", (rs, i) -> {
			long previous = rs.getLong("previous");
			Long before = rs.wasNull() ? null : previous;
			return new Release(rs.getLong("number"), rs.getObject("loaded_at", OffsetDateTime.class), before,
					rs.getString("checksum").trim());
		}, number);
		return found.stream().findFirst();
	}

	/** Every file's columns and their types: the kinds', then the changes'. */
	static Map<String, List<Map<String, String>>> catalogue() {
		Map<String, List<Map<String, String>>> catalogue = ExportKind.catalogue();
		catalogue.put("changes", ExportKind.describe(CHANGE_COLUMNS));
		return catalogue;
	}

	/** Writes the release's snapshot: each export in each format, the changes, the columns' types, then the manifest. */
	void write(Release release, OutputStream out) throws IOException {
		// Closed when written (its Deflater's memory freed at once), the response's stream left open.
		try (ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				this.out.flush();
			}

		}, StandardCharsets.UTF_8)) {
			write(release, zip);
		}
	}

	private void write(Release release, ZipOutputStream zip) throws IOException {
		LocalDateTime time = LocalDateTime.ofInstant(release.loadedAt().toInstant(), ZoneOffset.UTC);
		ObjectNode manifest = JSON.createObjectNode();
		manifest.put("release", release.number());
		manifest.put("loadedAt", release.loadedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
		if (release.previous() == null) {
			manifest.putNull("previousRelease");
		}
		else {
			manifest.put("previousRelease", release.previous());
		}
		manifest.put("seedChecksum", release.seedChecksum());
		manifest.put("format", FORMAT);
		ArrayNode files = manifest.putArray("files");
		for (ExportKind kind : ExportKind.values()) {
			for (RowWriter.Format format : RowWriter.Format.values()) {
				String name = kind.fileName() + "." + format.extension;
				Entry entry = new Entry(zip, name, time);
				RowWriter rows = format.open(entry, kind.columns());
				this.exports.write(kind, null, null, release.number(), rows);
				rows.close();
				files.add(entry.describe(rows.rows()));
			}
		}
		Entry entry = new Entry(zip, "changes.csv", time);
		RowWriter rows = RowWriter.Format.CSV.open(entry, CHANGE_COLUMNS);
		Map<ChangeCount, Long> counted = changes(release.number(), rows);
		rows.close();
		files.add(entry.describe(rows.rows()));
		Entry columns = new Entry(zip, "columns.json", time);
		columns.write(JSON.writeValueAsBytes(catalogue()));
		columns.write('\n');
		columns.close();
		files.add(columns.describe(null));
		ObjectNode changes = manifest.putObject("changes");
		changes.put("file", "changes.csv");
		counted.forEach((operation, count) -> changes.put(operation.name().toLowerCase(Locale.ROOT), count));
		zip.putNextEntry(entry("manifest.json", time));
		zip.write(JSON.writeValueAsBytes(manifest));
		zip.write('\n');
		zip.closeEntry();
	}

	private enum ChangeCount {
		ADDED, CHANGED, REMOVED
	}

	/** Writes the release's changes a page at a time, and counts them by operation. */
	private Map<ChangeCount, Long> changes(long release, RowWriter rows) throws IOException {
		Map<ChangeCount, Long> counted = new EnumMap<>(ChangeCount.class);
		for (ChangeCount operation : ChangeCount.values()) {
			counted.put(operation, 0L);
		}
		rows.start();
		PagesById.read(this.reader, CHANGES, CHANGES_PAGE, after -> new Object[] { release, after, CHANGES_PAGE }, (rs, i) -> {
			ObjectNode row = JSON.createObjectNode();
			row.put("operation", rs.getString("operation"));
			row.put("fact_type", rs.getString("type_name"));
			row.put("fact_id", rs.getString("global_id"));
			row.put("fact_slug", rs.getString("slug"));
			row.put("release", release);
			return row;
		}, row -> {
			rows.row(row);
			counted.merge(ChangeCount.valueOf(row.path("operation").asString()), 1L, Long::sum);
		});
		rows.flush();
		return counted;
	}

	private static ZipEntry entry(String name, LocalDateTime time) {
		ZipEntry entry = new ZipEntry(name);
		// DOS time only, the same in every time zone: no extended timestamps that would differ between makings.
		entry.setTimeLocal(time);
		return entry;
	}

	/** One file of the zip as it is written: counted and hashed; closing it ends the entry, not the zip. */
	private static final class Entry extends FilterOutputStream {

		private final String name;

		private final MessageDigest digest = Sha256.digest();

		private long bytes;

		private boolean closed;

		Entry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
			super(zip);
			this.name = name;
			zip.putNextEntry(entry(name, time));
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.digest.update((byte) b);
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.digest.update(b, off, len);
			this.bytes += len;
		}

		@Override
		public void close() throws IOException {
			if (!this.closed) {
				this.closed = true;
				((ZipOutputStream) this.out).closeEntry();
			}
		}

		/** The file in the manifest: its name, rows (where it has them), bytes and SHA-256. */
		ObjectNode describe(Long rows) {
			ObjectNode file = JSON.createObjectNode();
			file.put("name", this.name);
			if (rows != null) {
				file.put("rows", rows);
			}
			file.put("bytes", this.bytes);
			file.put("sha256", HexFormat.of().formatHex(this.digest.digest()));
			return file;
		}

	}

}
