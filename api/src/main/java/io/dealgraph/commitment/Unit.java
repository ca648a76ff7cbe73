package io.dealgraph.commitment;

/**
 * The schema's {@code Unit}: the kind of a quantity's unit. Which currency ({@code OTHER_CURRENCY}
 * keeps its ISO 4217 code in {@code currency}) and what is counted ({@code COUNT} names it in
 * {@code countOf}) are data, so a new currency or a new thing to count changes no schema.
 */
public enum Unit {

	USD, GW, MW, COUNT, OTHER_CURRENCY

}
