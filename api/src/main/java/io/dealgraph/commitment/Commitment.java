package io.dealgraph.commitment;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** One claim of a commitment. */
public record Commitment(long id, String slug, Long dealId, long committerId, Long recipientId, String kind,
		Quantity quantity, String amountText, String resource, String horizon, String modality, String description,
		String claimGroup, boolean claimPreferred, Long partOfId, FuzzyDate date) implements Sluggable {

	/** The preferred claim of its group, or a commitment no source disputes. */
	public boolean preferred() {
		return this.claimPreferred || this.claimGroup == null;
	}

}
