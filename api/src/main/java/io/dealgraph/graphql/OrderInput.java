package io.dealgraph.graphql;

/** The {@code orderBy} argument of a root connection: a field name and a direction. */
public record OrderInput(String field, String direction) {

	public boolean descending() {
		return "DESC".equals(this.direction);
	}

	public static OrderInput orDefault(OrderInput given, String field, String direction) {
		return given != null ? given : new OrderInput(field, direction);
	}

}
