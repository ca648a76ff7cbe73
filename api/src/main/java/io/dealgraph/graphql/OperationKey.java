package io.dealgraph.graphql;

import java.util.Collection;
import java.util.Map;

import graphql.execution.ExecutionContext;

/**
 * What everything computed from an operation before it runs depends on: the document's text (as
 * {@link Documents} resolved it, persisted queries included), the operation's name and the
 * variables. It holds text, never a syntax tree, so a cache weighing it by {@link #weight()}
 * counts what an entry keeps in memory.
 */
public record OperationKey(String document, String operationName, Map<String, Object> variables) {

	/** Variables larger than this (in characters of their values, roughly) are not cached by. */
	static final int MAX_CACHED_VARIABLES_SIZE = 1_024;

	/**
	 * Set to true in an operation's GraphQL context, it is run once and never cached: an export's
	 * page, whose cursor makes each one new, would otherwise fill the caches with pages nobody asks
	 * for again and push out the operations clients repeat.
	 */
	public static final String ONE_OFF = OperationKey.class.getName() + ".oneOff";

	/** The key of the operation about to run, or null when it is not one to cache (one-off, large variables, no text). */
	public static OperationKey of(ExecutionContext context) {
		String text = context.getGraphQLContext().get(Documents.DOCUMENT_TEXT);
		Map<String, Object> variables = context.getCoercedVariables().toMap();
		if (text == null || Boolean.TRUE.equals(context.getGraphQLContext().get(ONE_OFF))
				|| sizeOf(variables, 0) > MAX_CACHED_VARIABLES_SIZE) {
			return null;
		}
		return new OperationKey(text, context.getOperationDefinition().getName(), variables);
	}

	/** Roughly the characters the key keeps. */
	public int weight() {
		return 2 * this.document.length() + sizeOf(this.variables, 0) + 64;
	}

	/** A rough size of variable values (string lengths, 8 per other value); stops counting past the cache limit. */
	static int sizeOf(Object value, int sofar) {
		if (sofar > MAX_CACHED_VARIABLES_SIZE) {
			return sofar;
		}
		if (value instanceof Map<?, ?> map) {
			int size = sofar;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size = sizeOf(entry.getValue(), size + String.valueOf(entry.getKey()).length());
			}
			return size;
		}
		if (value instanceof Collection<?> items) {
			int size = sofar;
			for (Object item : items) {
				size = sizeOf(item, size + 1);
			}
			return size;
		}
		return sofar + (value instanceof CharSequence text ? text.length() : 8);
	}

}
