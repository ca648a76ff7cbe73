package io.dealgraph.source;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import io.dealgraph.graphql.FuzzyDate;
import io.dealgraph.graphql.Sluggable;

/** A source article, without its full text (fetched only when asked for). */
public record Source(long id, String slug, String fileName, String title, String publisher, String author,
		String authorNote, FuzzyDate published, OffsetDateTime publishedAt, LocalTime publishedLocalTime, String url,
		String contentSha256) implements Sluggable {
}
