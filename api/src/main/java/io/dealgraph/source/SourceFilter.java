package io.dealgraph.source;

import java.time.LocalDate;

/** The {@code SourceFilter} input. */
public record SourceFilter(String publisher, LocalDate publishedFrom, LocalDate publishedTo) {
}
