package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.MergedField;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLInterfaceType;

/**
 * The response keys of a field's selection on one object type, in the order the GraphQL
 * specification's CollectFields gives them (which graphql-java executes in): fields in document
 * order, fragments that apply to the type expanded where they stand, each key once, {@code @skip}
 * and {@code @include} honoured. Written on graphql-java's public syntax tree, since its own
 * field collector is internal.
 */
final class Selections {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	Selections(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
	}

	/** The keys of the merged field's selection on this object type. */
	List<String> keys(MergedField field, GraphQLObjectType type) {
		Set<String> keys = new LinkedHashSet<>();
		Set<String> visited = new HashSet<>();
		for (Field one : field.getFields()) {
			collect(one.getSelectionSet(), type, keys, visited);
		}
		return new ArrayList<>(keys);
	}

	private void collect(SelectionSet selections, GraphQLObjectType type, Set<String> keys, Set<String> visited) {
		if (selections == null) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (!included((DirectivesContainer<?>) selection)) {
				continue;
			}
			if (selection instanceof Field field) {
				keys.add(field.getResultKey());
			}
			else if (selection instanceof InlineFragment inline) {
				if (inline.getTypeCondition() == null || applies(inline.getTypeCondition(), type)) {
					collect(inline.getSelectionSet(), type, keys, visited);
				}
			}
			else if (selection instanceof FragmentSpread spread && visited.add(spread.getName())) {
				FragmentDefinition fragment = this.fragments.get(spread.getName());
				if (fragment != null && included(fragment) && applies(fragment.getTypeCondition(), type)) {
					collect(fragment.getSelectionSet(), type, keys, visited);
				}
			}
		}
	}

	private boolean applies(TypeName condition, GraphQLObjectType type) {
		GraphQLType named = this.schema.getType(condition.getName());
		if (named instanceof GraphQLObjectType object) {
			return object.getName().equals(type.getName());
		}
		if (named instanceof GraphQLInterfaceType abstractType) {
			return this.schema.isPossibleType(abstractType, type);
		}
		return named instanceof GraphQLUnionType union && this.schema.isPossibleType(union, type);
	}

	private boolean included(DirectivesContainer<?> node) {
		for (Directive directive : node.getDirectives()) {
			boolean skip = directive.getName().equals("skip");
			if ((skip || directive.getName().equals("include")) && directive.getArgument("if") != null
					&& condition(directive) == skip) {
				return false;
			}
		}
		return true;
	}

	private boolean condition(Directive directive) {
		Object value = directive.getArgument("if").getValue();
		if (value instanceof BooleanValue literal) {
			return literal.isValue();
		}
		if (value instanceof VariableReference variable) {
			return Boolean.TRUE.equals(this.variables.get(variable.getName()));
		}
		return false;
	}

}
