package io.dealgraph.timeline;

import java.util.Map;

import io.dealgraph.graphql.FuzzyDate;

/** One dated item of the timeline: an event, or the dated moment of another fact. */
public record TimelineEntry(long id, String kind, long factId, String title, FuzzyDate date) {

	/** The GraphQL type of the fact behind each kind of entry. */
	static final Map<String, String> FACT_TYPES = Map.of("EVENT", "Event", "DEAL_ANNOUNCED", "Deal", "COMMITMENT",
			"Commitment", "STATEMENT", "Statement", "TERM_STARTED", "ExclusivityTerm", "TERM_ENDED", "ExclusivityTerm");

	public String factType() {
		return FACT_TYPES.get(this.kind);
	}

}
