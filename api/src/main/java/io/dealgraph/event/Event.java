package io.dealgraph.event;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** A timeline event. */
public record Event(long id, String slug, String title, String kind, Long dealId, String description, FuzzyDate date)
		implements Sluggable {
}
