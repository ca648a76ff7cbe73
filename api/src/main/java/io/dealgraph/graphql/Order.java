package io.dealgraph.graphql;

import java.util.List;

/**
 * How a connection is sorted: named SQL sort keys over the page query's output columns
 * (alias {@code q}), all in one direction, with the row id as the final tie-breaker.
 */
public record Order(String name, List<SortKey> keys, boolean descending) {

	public Order {
		keys = List.copyOf(keys);
	}

	public static Order by(String name, boolean descending, SortKey... keys) {
		return new Order(name + (descending ? ":DESC" : ":ASC"), List.of(keys), descending);
	}

	/** One sort expression and the SQL type its cursor value is cast back to. Never null. */
	public record SortKey(String expression, String sqlType) {
	}

}
