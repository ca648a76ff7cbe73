package io.dealgraph.graphql;

/** A row with a unique, stable slug: what its global id is made of. */
public interface Sluggable extends Keyed {

	String slug();

}
