package io.dealgraph.timeline;

import java.util.List;

/** Counts for a chart, and how many items could not be placed in a month. */
public record ActivityCounts(List<ActivityBucket> buckets, int notPlaced) {
}
