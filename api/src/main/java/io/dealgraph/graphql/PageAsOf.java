package io.dealgraph.graphql;

import java.time.LocalDate;

/** The arguments of a child connection that can travel in time: a page, and the day asked about. */
public record PageAsOf(PageRequest page, LocalDate asOf) {
}
