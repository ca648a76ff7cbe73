package io.dealgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes an export's rows as they come: CSV (RFC 4180, a header row, CRLF) or JSON Lines. */
abstract class RowWriter implements AutoCloseable {

	/** The formats, by the file name's extension. */
	enum Format {

		CSV("csv", "text/csv;charset=UTF-8;header=present"), JSONL("jsonl", "application/jsonl;charset=UTF-8");

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return format;
				}
			}
			return null;
		}

		RowWriter open(OutputStream out, List<Column> columns) {
			return this == CSV ? new Csv(out, columns) : new JsonLines(out, columns);
		}

	}

	protected final List<Column> columns;

	private long rows;

	protected RowWriter(List<Column> columns) {
		this.columns = columns;
	}

	/** Writes one row, and counts it. */
	final void row(JsonNode row) throws IOException {
		write(row);
		this.rows++;
	}

	/** How many rows have been written (the header is not one). */
	long rows() {
		return this.rows;
	}

	/** The header (CSV) or nothing (JSON Lines): written once the first page has been read. */
	abstract void start() throws IOException;

	protected abstract void write(JsonNode row) throws IOException;

	abstract void flush() throws IOException;

	@Override
	public abstract void close() throws IOException;

	/** CSV through FastCSV: quoting as RFC 4180 asks, CRLF line ends, and no cell a spreadsheet would run. */
	static final class Csv extends RowWriter {

		/** A plain number: a spreadsheet reads it as one, never as a formula. */
		private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

		private final CsvWriter csv;

		Csv(OutputStream out, List<Column> columns) {
			super(columns);
			this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
		}

		@Override
		void start() {
			this.csv.writeRecord(this.columns.stream().map(Column::name).toList());
		}

		@Override
		protected void write(JsonNode row) {
			this.csv.writeRecord(this.columns.stream().map(c -> inert(Column.text(c.value().apply(row)))).toList());
		}

		/**
		 * The cell as a spreadsheet will only show it: one that begins with {@code = + - @}, a tab or a
		 * carriage return and is not a plain number gets a leading apostrophe (OWASP's advice on CSV
		 * injection), so that it is text, never a formula.
		 */
		static String inert(String cell) {
			if (cell.isEmpty()) {
				return cell;
			}
			char first = cell.charAt(0);
			boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
			return trigger && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
		}

		@Override
		void flush() throws IOException {
			this.csv.flush();
		}

		@Override
		public void close() throws IOException {
			this.csv.close();
		}

	}

	/** One JSON object per line, the same columns as keys: decimals and dates as exact text, counts as numbers. */
	static final class JsonLines extends RowWriter {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final OutputStream out;

		JsonLines(OutputStream out, List<Column> columns) {
			super(columns);
			this.out = out;
		}

		@Override
		void start() {
		}

		@Override
		protected void write(JsonNode row) throws IOException {
			ObjectNode line = JSON.createObjectNode();
			for (Column column : this.columns) {
				JsonNode value = column.value().apply(row);
				if (value == null || value.isNull() || value.isMissingNode()) {
					line.putNull(column.name());
				}
				else if (column.type() == Column.Type.INTEGER) {
					line.put(column.name(), value.asLong());
				}
				else if (column.type() == Column.Type.BOOLEAN) {
					line.put(column.name(), value.asBoolean());
				}
				else {
					line.put(column.name(), value.asString());
				}
			}
			this.out.write(JSON.writeValueAsBytes(line));
			this.out.write('\n');
		}

		@Override
		void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

}
