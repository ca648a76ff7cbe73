package io.dealgraph.citation;

/** One piece of evidence: a verbatim excerpt of a source. */
public record Citation(long id, long sourceId, String excerpt, int startOffset, int endOffset,
		String creditedOutlet) {
}
