package io.dealgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL is where users read the docs: every type, field, argument and enum value has one. */
class SchemaDescriptionTests extends ApiTest {

	static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

	@Autowired
	GraphQlSource source;

	@Test
	void everyTypeFieldArgumentAndEnumValue_hasADescription() {
		GraphQLSchema schema = this.source.schema();
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			String name = type.getName();
			if (name.startsWith("__") || BUILT_IN.contains(name)) {
				continue;
			}
			checked++;
			check(missing, name, type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					check(missing, name + "." + field.getName(), field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(missing, name + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					check(missing, name + "." + field.getName(), field.getDescription());
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					check(missing, name + "." + value.getName(), value.getDescription());
				}
			}
		}
		assertThat(checked).isGreaterThan(40);
		assertThat(missing).as("schema elements without a description").isEmpty();
	}

	private static void check(List<String> missing, String element, String description) {
		if (description == null || description.isBlank()) {
			missing.add(element);
		}
	}

}
