package io.dealgraph.statement;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** A verbatim quote. */
public record Statement(long id, String slug, String quote, String channel, Long dealId, FuzzyDate date)
		implements Sluggable {
}
