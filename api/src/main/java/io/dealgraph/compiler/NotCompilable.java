package io.dealgraph.compiler;

/**
 * A selection the compiler has no declaration for: a defect of the declarations (every field of
 * the schema is declared, which {@code CompiledReadTests} checks), answered as an internal error.
 */
final class NotCompilable extends RuntimeException {

	NotCompilable(String reason) {
		super(reason, null, false, false);
	}

}
