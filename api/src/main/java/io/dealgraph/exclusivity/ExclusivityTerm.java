package io.dealgraph.exclusivity;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** An exclusivity term row. */
public record ExclusivityTerm(long id, String slug, Long dealId, long grantorId, long holderId, String scope,
		String status, FuzzyDate validFrom, FuzzyDate validTo, Long supersededByTermId, Long supersededByEventId)
		implements Sluggable {
}
