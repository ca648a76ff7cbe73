package io.dealgraph.compiler;

/**
 * A selection the compiler has no declaration for, or arguments it leaves to the resolvers (an
 * invalid page, say, whose error they report): the operation runs on the resolver path.
 */
final class NotCompilable extends RuntimeException {

	NotCompilable(String reason) {
		super(reason, null, false, false);
	}

}
