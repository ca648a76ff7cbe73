package io.dealgraph.graphql;

import java.util.Map;

/**
 * The {@code orderBy} argument of a root connection: one of its order enum's fields and a
 * direction.
 */
public record OrderInput<F extends Enum<F>>(F field, OrderDirection direction) {

	public boolean descending() {
		return this.direction == OrderDirection.DESC;
	}

	/** The {@code orderBy} argument given ({@code field} and {@code direction}), or this default. */
	public static <F extends Enum<F>> OrderInput<F> of(Map<String, Object> args, Class<F> fields, F field,
			OrderDirection direction) {
		if (!(args.get("orderBy") instanceof Map<?, ?> order)) {
			return new OrderInput<>(field, direction);
		}
		return new OrderInput<>(Enum.valueOf(fields, (String) order.get("field")),
				OrderDirection.valueOf((String) order.get("direction")));
	}

}
