package io.dealgraph.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * A GraphQL type that implements {@code Node}: its name, and how to find its objects by slug.
 * Each feature declares one as a bean; {@code node(id:)}, {@code nodes(ids:)} and the {@code id}
 * fields use them.
 */
public interface NodeType {

	String typeName();

	/** The objects with these slugs, keyed by slug; slugs that match nothing are absent. */
	Map<String, ? extends Sluggable> findBySlugs(Collection<String> slugs);

}
