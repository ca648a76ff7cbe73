package io.dealgraph.compiler;

import java.util.Map;

import io.dealgraph.compiler.ConnectionSql.NoArguments;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

/**
 * A field's arguments, as graphql-java coerced them, bound by name to the record a declaration
 * takes, with Spring for GraphQL's binder (enums by name, input objects to records, lists).
 * {@link DeclarationCheck} keeps the records and the schema in step at start-up, so a failure here
 * is a defect.
 */
final class Arguments {

	private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

	@SuppressWarnings("unchecked")
	<A> A bind(Map<String, Object> values, Class<A> type) {
		if (type == NoArguments.class) {
			return (A) new NoArguments();
		}
		try {
			return (A) this.binder.bind(values, false, ResolvableType.forClass(type));
		}
		catch (BindException ex) {
			throw new IllegalStateException("the arguments do not bind to " + type.getName() + ": " + ex.getMessage(), ex);
		}
	}

}
