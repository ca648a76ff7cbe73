package io.dealgraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.dealgraph.export.Column.at;
import static io.dealgraph.export.Column.bool;
import static io.dealgraph.export.Column.category;
import static io.dealgraph.export.Column.fuzzyDate;
import static io.dealgraph.export.Column.integer;
import static io.dealgraph.export.Column.joined;
import static io.dealgraph.export.Column.quantity;
import static io.dealgraph.export.Column.typed;

/**
 * What can be exported, one row per fact, and how each kind is read: the fact kinds page through
 * the API's own root connection (the same answers, {@code asOf} and release as a query's), 100
 * facts a page, each page its own statement; a deal's parties come with its page; citations are
 * read from the ledger by {@link CitationRows}, a thousand a statement.
 */
enum ExportKind {

	DEALS("deals", true, """
			query Export($after: String, $filter: DealFilter, $asOf: Date, $release: Int) {
			  page: deals(first: 100, after: $after, filter: $filter, asOf: $asOf, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { inForce node { id slug title kind status summary
			      announced { earliest latest precision text } effective { earliest latest precision text }
			      ended { earliest latest precision text } parent { slug } corroboration outlets
			      parties(first: 20) { pageInfo { hasNextPage endCursor } nodes { role organization { id slug } corroboration outlets } } } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("title", "/node/title"),
			category("kind", "/node/kind"), category("status", "/node/status"),
			joined("organization_slugs", "/node/parties/nodes", "/organization/slug"), at("parent_slug", "/node/parent/slug")),
			fuzzyDate("announced", "/node/announced"), fuzzyDate("effective", "/node/effective"),
			fuzzyDate("ended", "/node/ended"), List.of(at("summary", "/node/summary"), category("in_force", "/inForce"),
					integer("corroboration", "/node/corroboration"), joined("outlets", "/node/outlets", null)))),

	PARTIES("parties", true, """
			query Export($after: String, $filter: DealFilter, $asOf: Date, $release: Int) {
			  page: deals(first: 100, after: $after, filter: $filter, asOf: $asOf, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { node { id slug
			      parties(first: 20) { pageInfo { hasNextPage endCursor } nodes { role organization { id slug } corroboration outlets } } } }
			  }
			}""", columns(List.of(at("deal_id", "/deal/id"), at("deal_slug", "/deal/slug"),
			at("organization_id", "/party/organization/id"), at("organization_slug", "/party/organization/slug"),
			category("role", "/party/role"), integer("corroboration", "/party/corroboration"),
			joined("outlets", "/party/outlets", null)))),

	COMMITMENTS("commitments", true, """
			query Export($after: String, $filter: CommitmentFilter, $asOf: Date, $release: Int) {
			  page: commitments(first: 100, after: $after, filter: $filter, asOf: $asOf, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { inForce node { id slug kind committer { slug } committers { slug } recipient { slug }
			      quantity { amount unit currency countOf qualifier text } amountText resource horizon
			      firmness modality description claimGroup preferred partOf { slug } amends { slug } amendment
			      date { earliest latest precision text } deal { slug } corroboration outlets } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("deal_slug", "/node/deal/slug"),
			category("kind", "/node/kind"), at("committer_slug", "/node/committer/slug"),
			joined("committer_slugs", "/node/committers", "/slug"), at("recipient_slug", "/node/recipient/slug")),
			quantity("quantity", "/node/quantity"), List.of(at("amount_text", "/node/amountText"),
					at("resource", "/node/resource"), at("horizon", "/node/horizon"), category("firmness", "/node/firmness"),
					category("modality", "/node/modality")),
			fuzzyDate("date", "/node/date"), List.of(at("claim_group", "/node/claimGroup"), bool("preferred", "/node/preferred"),
					at("part_of_slug", "/node/partOf/slug"), at("amends_slug", "/node/amends/slug"),
					category("amendment", "/node/amendment"), at("description", "/node/description"), category("in_force", "/inForce"),
					integer("corroboration", "/node/corroboration"), joined("outlets", "/node/outlets", null)))),

	TERMS("terms", true, """
			query Export($after: String, $filter: AgreementTermFilter, $asOf: Date, $release: Int) {
			  page: agreementTerms(first: 100, after: $after, filter: $filter, asOf: $asOf, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { inForce node { id slug kind exclusive grantor { slug } holder { slug } payer { slug } payee { slug }
			      scope percentage cap { amount unit currency countOf qualifier text } capText status
			      validFrom { earliest latest precision text } validTo { earliest latest precision text }
			      supersededBy { slug } supersededByEvent { slug } claimGroup preferred deal { slug } corroboration outlets } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("deal_slug", "/node/deal/slug"),
			category("kind", "/node/kind"), bool("exclusive", "/node/exclusive"), at("grantor_slug", "/node/grantor/slug"),
			at("holder_slug", "/node/holder/slug"), at("payer_slug", "/node/payer/slug"), at("payee_slug", "/node/payee/slug"),
			at("scope", "/node/scope"), typed(Column.Type.DECIMAL, "percentage", "/node/percentage")),
			quantity("cap", "/node/cap", "cap_quantity_text"), List.of(at("cap_text", "/node/capText"), category("status", "/node/status")),
			fuzzyDate("valid_from", "/node/validFrom"), fuzzyDate("valid_to", "/node/validTo"),
			List.of(at("superseded_by_slug", "/node/supersededBy/slug"),
					at("superseded_by_event_slug", "/node/supersededByEvent/slug"), at("claim_group", "/node/claimGroup"),
					bool("preferred", "/node/preferred"), category("in_force", "/inForce"),
					integer("corroboration", "/node/corroboration"), joined("outlets", "/node/outlets", null)))),

	STATEMENTS("statements", false, """
			query Export($after: String, $filter: StatementFilter, $release: Int) {
			  page: statements(first: 100, after: $after, filter: $filter, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { node { id slug quote channel speakers { person { slug } organization { slug } }
			      date { earliest latest precision text } deal { slug } corroboration outlets } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("deal_slug", "/node/deal/slug"),
			joined("person_slugs", "/node/speakers", "/person/slug"),
			joined("organization_slugs", "/node/speakers", "/organization/slug"), category("channel", "/node/channel"),
			at("quote", "/node/quote")), fuzzyDate("date", "/node/date"),
			List.of(integer("corroboration", "/node/corroboration"), joined("outlets", "/node/outlets", null)))),

	EVENTS("events", false, """
			query Export($after: String, $filter: EventFilter, $release: Int) {
			  page: events(first: 100, after: $after, filter: $filter, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { node { id slug title kind description date { earliest latest precision text }
			      organizations { slug } deal { slug } corroboration outlets } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("deal_slug", "/node/deal/slug"),
			at("title", "/node/title"), category("kind", "/node/kind"), joined("organization_slugs", "/node/organizations", "/slug")),
			fuzzyDate("date", "/node/date"), List.of(at("description", "/node/description"),
					integer("corroboration", "/node/corroboration"), joined("outlets", "/node/outlets", null)))),

	SOURCES("sources", false, """
			query Export($after: String, $filter: SourceFilter, $release: Int) {
			  page: sources(first: 100, after: $after, filter: $filter, release: $release) {
			    pageInfo { hasNextPage endCursor }
			    edges { node { id slug title kind publisher author published { earliest latest precision text }
			      publishedAt url retrievedAt fileName } }
			  }
			}""", columns(List.of(at("id", "/node/id"), at("slug", "/node/slug"), at("file_name", "/node/fileName"),
			at("title", "/node/title"), category("kind", "/node/kind"), at("publisher", "/node/publisher"),
			at("author", "/node/author")), fuzzyDate("published", "/node/published"),
			List.of(typed(Column.Type.DATETIME, "published_at", "/node/publishedAt"), at("url", "/node/url"), typed(Column.Type.DATETIME, "retrieved_at", "/node/retrievedAt")))),

	CITATIONS("citations", false, null, CitationRows.COLUMNS);

	/** Every export carries the release it was read from, as its last column. */
	static final Column RELEASE = Column.integer("release", "/release");

	private final String fileName;

	private final boolean takesAsOf;

	private final String document;

	private final List<Column> columns;

	ExportKind(String fileName, boolean takesAsOf, String document, List<Column> columns) {
		this.fileName = fileName;
		this.takesAsOf = takesAsOf;
		this.document = document;
		this.columns = columns;
		// Each name once (the release column, added last, is not yet initialized here and is named by no other).
		Set<String> names = new HashSet<>();
		for (Column column : columns) {
			if (!names.add(column.name())) {
				throw new IllegalStateException("The export of " + fileName + " has two columns named " + column.name());
			}
		}
	}

	@SafeVarargs
	private static List<Column> columns(List<Column>... parts) {
		List<Column> all = new ArrayList<>();
		Arrays.stream(parts).forEach(all::addAll);
		return List.copyOf(all);
	}

	/** The name in the URL: {@code /export/<name>.csv}. */
	String fileName() {
		return this.fileName;
	}

	/** Whether {@code asOf} (in force on a day) applies to this kind, as it does to its root field. */
	boolean takesAsOf() {
		return this.takesAsOf;
	}

	/** The query that reads a page of this kind (null for citations). */
	String document() {
		return this.document;
	}

	/** The columns in order, the release last. */
	List<Column> columns() {
		List<Column> all = new ArrayList<>(this.columns);
		all.add(RELEASE);
		return all;
	}

	static Optional<ExportKind> byFileName(String name) {
		return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
	}

	/** Each kind's columns with their types, in order, as {@code /export/columns.json} lists them. */
	static Map<String, List<Map<String, String>>> catalogue() {
		Map<String, List<Map<String, String>>> catalogue = new LinkedHashMap<>();
		for (ExportKind kind : values()) {
			catalogue.put(kind.fileName, describe(kind.columns()));
		}
		return catalogue;
	}

	static List<Map<String, String>> describe(List<Column> columns) {
		return columns.stream().map(c -> {
			Map<String, String> column = new LinkedHashMap<>();
			column.put("name", c.name());
			column.put("type", c.type().name().toLowerCase(Locale.ROOT));
			return column;
		}).toList();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(ExportKind::fileName).toList());
	}

}
