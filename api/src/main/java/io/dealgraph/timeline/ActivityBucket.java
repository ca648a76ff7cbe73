package io.dealgraph.timeline;

/** A count for one month ({@code 2026-04}) or one organization. */
public record ActivityBucket(String key, String month, Long organizationId, int count) {
}
