package io.dealgraph.organization;

import io.dealgraph.graphql.Sluggable;

/** A person named in the sources. */
public record Person(long id, String slug, String name, String role, Long organizationId) implements Sluggable {
}
