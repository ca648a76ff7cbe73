package io.dealgraph.deal;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** A deal row. */
public record Deal(long id, String slug, String title, String kind, String status, Long parentId, String summary,
		FuzzyDate announced, FuzzyDate effective, FuzzyDate ended) implements Sluggable {
}
