package io.dealgraph.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import io.dealgraph.graphql.Scalars;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.graphql.execution.GraphQlSource;

/** The compiler's inputs without a Spring context or a database: the declarations and the schema. */
final class Fixtures {

	private Fixtures() {
	}

	/** Every declaration of the application, as its Spring context makes them, and any more given. */
	static SqlSchema declarations(SqlDeclarations... more) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(SqlDeclarations.class));
		List<SqlDeclarations> declarations = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("io.dealgraph")) {
			try {
				Constructor<?> constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
				constructor.setAccessible(true);
				declarations.add((SqlDeclarations) constructor.newInstance());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		declarations.addAll(List.of(more));
		return CompilerConfig.declare(declarations);
	}

	/** The schema as the application builds it from {@code schema/*.graphqls}, with its scalars, and any more SDL given. */
	static GraphQLSchema schema(String... more) {
		List<Resource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("..", "schema"))) {
			files.filter(f -> f.toString().endsWith(".graphqls")).sorted().map(FileSystemResource::new).forEach(resources::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String sdl : more) {
			resources.add(new ByteArrayResource(sdl.getBytes(StandardCharsets.UTF_8)));
		}
		return GraphQlSource.schemaResourceBuilder()
			.schemaResources(resources.toArray(Resource[]::new))
			.configureRuntimeWiring(wiring -> wiring.scalar(Scalars.DATE)
				.scalar(ExtendedScalars.DateTime)
				.scalar(ExtendedScalars.LocalTime)
				.scalar(Scalars.DECIMAL))
			.build()
			.schema();
	}

}
