package io.dealgraph.graphql;

import graphql.execution.ExecutionContext;

/**
 * What an operation may cost, measured before it runs from its document, operation and variables
 * (the read compiler measures it, knowing what each field reads).
 */
public interface OperationCosts {

	Measure measure(ExecutionContext context);

	/**
	 * @param depth deepest field nesting, introspection not counted
	 * @param aliases aliased fields
	 * @param cost the most field values the response may hold: each field once per item its
	 * enclosing lists can return ({@code first}, the ids asked, a list's stated maximum)
	 * @param databaseCost the rows the database may read for it, counting a scan of a table for a
	 * root connection or a grouping, of an organization's rows for each page under one, and a
	 * scan more for each {@code totalCount}, {@code hasPreviousPage} past a cursor, or {@code asOf}
	 * @param statementSize the fields the compiled statements spell out: a selection under
	 * {@code nodes(ids:)} is written once per id
	 */
	record Measure(int depth, int aliases, long cost, long databaseCost, long statementSize) {
	}

}
