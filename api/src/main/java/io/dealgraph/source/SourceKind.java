package io.dealgraph.source;

/** The schema's {@code SourceKind}: what kind of evidence an article is. */
public enum SourceKind {

	PRIMARY, NEWS, COMMENTARY, AGGREGATOR

}
