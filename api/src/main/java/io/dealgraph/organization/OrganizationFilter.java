package io.dealgraph.organization;

/** The {@code OrganizationFilter} input. */
public record OrganizationFilter(String kind, String nameContains) {
}
