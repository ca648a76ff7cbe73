package io.dealgraph.organization;

import io.dealgraph.graphql.Sluggable;

/** An organization row; aliases, tickers and relations are fields resolved in batches. */
public record Organization(long id, String slug, String name, String kind, Long parentId, String description)
		implements Sluggable {
}
