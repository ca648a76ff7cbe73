package io.dealgraph.search;

/** One search result: what matched, how well, and where the words stand in its text. */
public record SearchHit(long id, String kind, long factId, String title, double score, String snippet) {
}
