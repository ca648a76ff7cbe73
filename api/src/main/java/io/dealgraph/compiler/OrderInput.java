package io.dealgraph.compiler;

/**
 * An {@code orderBy} argument (the schema's {@code DealOrder}, {@code SourceOrder}, ...): one of
 * its order enum's fields and a direction. Each is a record of its feature, named as its input.
 */
public interface OrderInput<F extends Enum<F>> {

	F field();

	OrderDirection direction();

	default boolean descending() {
		return direction() == OrderDirection.DESC;
	}

	/** The order given, or the default where none was. */
	static <O extends OrderInput<?>> O orElse(O given, O otherwise) {
		return given != null ? given : otherwise;
	}

}
