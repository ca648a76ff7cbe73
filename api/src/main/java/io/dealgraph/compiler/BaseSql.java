package io.dealgraph.compiler;

import org.springframework.stereotype.Component;

/**
 * What {@code schema/base.graphqls} declares: {@code node} and {@code nodes} by global id, and the
 * fuzzy date, four columns of its fact's row.
 */
@Component
public class BaseSql implements SqlDeclarations {

	/** The condition under which a fact has no such date (the prefix's precision is null). */
	public static final String NO_DATE = "{t}.{p}_precision is null";

	/**
	 * {@code inForce(on:)} of a fact: {@code in_force()} on the day bound at {@code ?} over the
	 * fact's row of a timing view, UNKNOWN where it has none.
	 */
	public static String inForceOn(String view, String idColumn) {
		return "coalesce((select in_force(cast(? as date), x.start_earliest, x.start_latest, x.start_precision, "
				+ "x.end_earliest, x.end_latest, x.end_precision) from " + view + " x where x." + idColumn
				+ " = {t}.id), 'UNKNOWN')";
	}

	/** A fact ({@code q}) cited by an outlet, or from a source published by one, whose name contains the text at {@code ?} (case-insensitive). */
	public static String citedBy(String factColumn) {
		return "exists (select 1 from citation oc join source os on os.id = oc.source_id where oc." + factColumn
				+ " = q.id and (strpos(lower(oc.credited_outlet), lower(?)) > 0 or strpos(lower(os.publisher), lower(?)) > 0))";
	}

	/** A fuzzy date ({@code q.<prefix>_*}) that may end on or after the day at {@code ?}; undated facts are left out. */
	public static String endsOnOrAfter(String prefix) {
		return "q." + prefix + "_precision is not null and coalesce(q." + prefix + "_latest, 'infinity'::date) >= cast(? as date)";
	}

	/** A fuzzy date ({@code q.<prefix>_*}) that may begin on or before the day at {@code ?}; undated facts are left out. */
	public static String beginsOnOrBefore(String prefix) {
		return "q." + prefix + "_precision is not null and coalesce(q." + prefix + "_earliest, '-infinity'::date) <= cast(? as date)";
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.rootNodes("node", "id", false);
		schema.rootNodes("nodes", "ids", true);
		// Only in the schema when dealgraph is a federation subgraph (dealgraph.federation.enabled).
		schema.rootEntities("_entities", "representations");
		schema.type("FuzzyDate")
			.value("earliest", "{t}.{p}_earliest")
			.value("latest", "{t}.{p}_latest")
			.value("precision", "{t}.{p}_precision")
			.value("text", "{t}.{p}_text")
			.value("display", "dg_fuzzy_display({t}.{p}_earliest, {t}.{p}_latest, {t}.{p}_precision)");
	}

}
