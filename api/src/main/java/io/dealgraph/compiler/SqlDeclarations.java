package io.dealgraph.compiler;

/** Implemented in each feature package: declares how its types and fields read from SQL. */
public interface SqlDeclarations {

	void declare(SqlSchema schema);

}
