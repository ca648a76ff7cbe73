package io.dealgraph.config;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /schema.graphql}: the SDL the API serves, with every description, for code generators
 * and schema checks. {@code schema/published/schema.graphql} is its released snapshot; the schema
 * check compares the two (docs/CHANGELOG.md).
 */
@RestController
class PublishedSchemaController {

	private final String sdl;

	PublishedSchemaController(GraphQlSource source) {
		this.sdl = print(source.schema());
	}

	/** The schema as SDL, in the printer's order, the way the snapshot is written. */
	static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives(name -> "deprecated".equals(name) || "specifiedBy".equals(name) || "oneOf".equals(name))
			.includeIntrospectionTypes(false)
			.includeScalarTypes(true)
			.includeSchemaDefinition(false)).print(schema);
	}

	@GetMapping(path = "/schema.graphql", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> schema() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.cacheControl(CacheControl.noCache())
			.eTag("\"" + io.dealgraph.graphql.Sha256.hex(this.sdl).substring(0, 32) + "\"")
			.body(this.sdl);
	}

}
