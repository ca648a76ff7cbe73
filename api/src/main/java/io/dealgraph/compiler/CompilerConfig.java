package io.dealgraph.compiler;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** The compiled read path: every feature's declarations, one compiler, and the execution strategy that runs it. */
@Configuration(proxyBeanMethods = false)
class CompilerConfig {

	@Bean
	SqlSchema sqlSchema(List<SqlDeclarations> declarations) {
		SqlSchema schema = new SqlSchema();
		declarations.forEach(declaration -> declaration.declare(schema));
		return schema;
	}

	/** The strategy keeps Spring's exception resolvers for the root fields graphql-java answers. */
	@Bean
	GraphQlSourceBuilderCustomizer compiledQueries(SqlSchema schema, JdbcTemplate jdbc,
			List<DataFetcherExceptionResolver> resolvers, MeterRegistry meters) {
		CompilingExecutionStrategy strategy = new CompilingExecutionStrategy(
				DataFetcherExceptionResolver.createExceptionHandler(resolvers), schema, jdbc, meters);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(strategy));
	}

}
