package io.dealgraph.release;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /changes.atom}: Atom 1.0 (RFC 4287), one entry per release, newest first (the last
 * {@value #RELEASES}), each listing what it added, changed and removed, every fact linked to
 * GraphiQL with a query for it (a removed one as the release before held it). One statement per
 * request, as the API's read-only role, written with the JDK's StAX writer, which escapes.
 */
@RestController
class ChangesFeed {

	static final int RELEASES = 20;

	/** The changes an entry lists; the rest are a query away. */
	static final int CHANGES_PER_RELEASE = 100;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String NS = "http://www.w3.org/2005/Atom";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final String SQL = """
			select r.number, r.loaded_at, r.previous, c.operation, c.type_name, c.slug, c.total
			from (select number, loaded_at, lag(number) over (order by number) as previous from release) r
			left join (select release, operation, type_name, slug, count(*) over (partition by release) as total,
			                  row_number() over (partition by release order by type_name collate "C", slug collate "C", operation) as place
			           from fact_change) c on c.release = r.number and c.place <= ?
			where r.number > coalesce((select max(number) from release), 0) - ?
			order by r.number desc, c.place""";

	/** The root field that reads each kind of fact by slug. */
	private static final Map<String, String> ROOT_FIELDS = Map.of("Source", "source", "Organization", "organization",
			"Person", "person", "Deal", "deal", "Event", "event", "Commitment", "commitment", "AgreementTerm",
			"agreementTerm", "Statement", "statement", "Condition", "condition", "DateClaim", "dateClaim");

	private final JdbcTemplate reader;

	ChangesFeed(JdbcTemplate reader) {
		this.reader = reader;
	}

	record Change(String operation, String typeName, String slug) {
	}

	record Entry(long number, OffsetDateTime loadedAt, Long previous, List<Change> changes, int total) {
	}

	@GetMapping(path = "/changes.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed() throws XMLStreamException {
		Map<Long, Entry> entries = new LinkedHashMap<>();
		this.reader.query(SQL, rs -> {
			long number = rs.getLong("number");
			Entry entry = entries.computeIfAbsent(number, n -> {
				try {
					long previous = rs.getLong("previous");
					return new Entry(n, rs.getObject("loaded_at", OffsetDateTime.class), rs.wasNull() ? null : previous,
							new ArrayList<>(), rs.getInt("total"));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			if (rs.getString("operation") != null) {
				entry.changes().add(new Change(rs.getString("operation"), rs.getString("type_name"), rs.getString("slug")));
			}
		}, CHANGES_PER_RELEASE, RELEASES);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok().contentType(ATOM).body(write(base, List.copyOf(entries.values())));
	}

	private static String write(String base, List<Entry> entries) throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(NS);
		element(xml, "id", "tag:dealgraph,2026:changes");
		element(xml, "title", "dealgraph: what changed in the ledger");
		element(xml, "subtitle", "Each release of the ledger, with the facts it added, changed and removed.");
		element(xml, "updated", timestamp(entries.isEmpty() ? OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
				: entries.get(0).loadedAt()));
		link(xml, "self", base + "/changes.atom", "application/atom+xml");
		link(xml, "alternate", graphiql(base, "{ releases(first: 20) { nodes { number loadedAt added changed removed } } }"),
				"text/html");
		xml.writeStartElement("author");
		element(xml, "name", "dealgraph");
		xml.writeEndElement();
		for (Entry entry : entries) {
			entry(xml, base, entry);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return text.toString();
	}

	private static void entry(XMLStreamWriter xml, String base, Entry entry) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", "tag:dealgraph,2026:release/" + entry.number());
		element(xml, "title", "Release " + entry.number() + ": " + entry.total() + " change" + (entry.total() == 1 ? "" : "s"));
		element(xml, "updated", timestamp(entry.loadedAt()));
		link(xml, "alternate", graphiql(base, "{ changes(release: " + entry.number()
				+ ", first: 100) { totalCount nodes { operation typeName slug fields { field before after } } } }"), "text/html");
		element(xml, "summary", entry.total() + " facts added, changed or removed"
				+ (entry.total() > entry.changes().size() ? " (the first " + entry.changes().size() + " listed)" : ""));
		xml.writeStartElement("content");
		xml.writeAttribute("type", "xhtml");
		xml.writeStartElement("div");
		xml.writeDefaultNamespace(XHTML);
		xml.writeStartElement("ul");
		for (Change change : entry.changes()) {
			xml.writeStartElement("li");
			xml.writeCharacters(change.operation() + " " + change.typeName() + " ");
			xml.writeStartElement("a");
			xml.writeAttribute("href", graphiql(base, query(change, entry)));
			xml.writeCharacters(change.slug());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** A query for the fact: as the release left it, or, removed, as the release before held it. */
	static String query(Change change, Entry entry) {
		Long release = change.operation().equals("REMOVED") ? entry.previous() : Long.valueOf(entry.number());
		String at = release == null ? "" : ", release: " + release;
		String versions = "recordedIn { number } updatedIn { number } history { operation release { number } fields { field before after } }";
		if (change.typeName().equals("DealParty")) {
			String deal = change.slug().substring(0, Math.max(0, change.slug().indexOf('/')));
			return "{ deal(slug: " + string(deal) + at + ") { title parties(first: 100) { nodes { role organization { slug name } "
					+ versions + " } } } }";
		}
		return "{ " + ROOT_FIELDS.getOrDefault(change.typeName(), "node") + "(slug: " + string(change.slug()) + at + ") { "
				+ versions + " } }";
	}

	/** A GraphQL string: JSON's escapes are GraphQL's. */
	private static String string(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	private static String graphiql(String base, String query) {
		return base + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String timestamp(OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
