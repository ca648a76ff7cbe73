package io.dealgraph.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields and aliases a document names once every fragment spread is expanded, counted
 * in linear time (each fragment once, memoized), so a fragment bomb is refused before
 * graphql-java's validation would spend exponential time on it. Introspection counts too.
 */
record DocumentSize(long fields, long aliases) {

	private static final long CAP = 1_000_000_000_000L;

	static DocumentSize of(Document document) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.put(fragment.getName(), fragment);
			}
		}
		Counter counter = new Counter(fragments);
		long fields = 0;
		long aliases = 0;
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				long[] counted = counter.count(operation.getSelectionSet());
				fields = Math.min(CAP, fields + counted[0]);
				aliases = Math.min(CAP, aliases + counted[1]);
			}
		}
		return new DocumentSize(fields, aliases);
	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, long[]> memo = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		Counter(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		long[] count(SelectionSet selectionSet) {
			long fields = 0;
			long aliases = 0;
			if (selectionSet == null) {
				return new long[] { 0, 0 };
			}
			for (Selection<?> selection : selectionSet.getSelections()) {
				long[] counted;
				if (selection instanceof Field field) {
					long[] children = count(field.getSelectionSet());
					counted = new long[] { 1 + children[0], (field.getAlias() != null ? 1 : 0) + children[1] };
				}
				else if (selection instanceof FragmentSpread spread) {
					counted = fragment(spread.getName());
				}
				else if (selection instanceof InlineFragment inline) {
					counted = count(inline.getSelectionSet());
				}
				else {
					counted = new long[] { 0, 0 };
				}
				fields = Math.min(CAP, fields + counted[0]);
				aliases = Math.min(CAP, aliases + counted[1]);
			}
			return new long[] { fields, aliases };
		}

		private long[] fragment(String name) {
			long[] known = this.memo.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			// Unknown or cyclic fragments are validation errors; they add nothing here.
			if (fragment == null || !this.visiting.add(name)) {
				return new long[] { 0, 0 };
			}
			long[] counted = count(fragment.getSelectionSet());
			this.visiting.remove(name);
			this.memo.put(name, counted);
			return counted;
		}

	}

}
