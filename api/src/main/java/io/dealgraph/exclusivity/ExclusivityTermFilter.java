package io.dealgraph.exclusivity;

/** The {@code ExclusivityTermFilter} input. */
public record ExclusivityTermFilter(String holder, String grantor, String status, String deal, String outlet) {
}
