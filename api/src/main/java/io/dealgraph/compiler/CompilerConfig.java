package io.dealgraph.compiler;

import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The compiled read path: every feature's declarations, one compiler, and the execution strategy that runs it. */
@Configuration(proxyBeanMethods = false)
class CompilerConfig {

	@Bean
	SqlSchema sqlSchema(List<SqlDeclarations> declarations) {
		return declare(declarations);
	}

	/** The schema of what the features declare, and the compiler's own: {@code node}, {@code nodes} and {@code _entities}. */
	static SqlSchema declare(List<SqlDeclarations> declarations) {
		SqlSchema schema = new SqlSchema();
		schema.vocabulary(OrderDirection.class);
		schema.rootNodes("node", "id", false);
		schema.rootNodes("nodes", "ids", true);
		// Only in the schema when dealgraph is a federation subgraph (dealgraph.federation.enabled).
		schema.rootEntities("_entities", "representations");
		declarations.forEach(declaration -> declaration.declare(schema));
		return schema;
	}

	/**
	 * Before the API serves: the declarations against the schema and, as the role that serves
	 * queries, against the database. A mismatch stops start-up, naming the type, field or argument.
	 */
	@Bean
	SmartInitializingSingleton declarationsMatchTheSchemaAndTheDatabase(SqlSchema declarations, GraphQlSource graphQl,
			ObjectProvider<DataSource> database) {
		return () -> DeclarationCheck.verify(declarations, graphQl.schema(), database.getIfAvailable());
	}

	/** The response cache of the compiled statements' answers; {@code dealgraph.response-cache.max-bytes} 0 turns it off. */
	@Bean
	AnswerCache answerCache(@org.springframework.beans.factory.annotation.Value("${dealgraph.response-cache.max-bytes}") long maxBytes,
			ObjectProvider<KnownReleases> releases, MeterRegistry meters) {
		return new AnswerCache(maxBytes, releases.getIfAvailable(() -> KnownReleases.NONE), meters);
	}

	/** The strategy keeps Spring's exception resolvers for the root fields graphql-java answers. */
	@Bean
	GraphQlSourceBuilderCustomizer compiledQueries(Operations operations, JdbcTemplate jdbc,
			List<DataFetcherExceptionResolver> resolvers, MeterRegistry meters, AnswerCache answers) {
		CompilingExecutionStrategy strategy = new CompilingExecutionStrategy(
				DataFetcherExceptionResolver.createExceptionHandler(resolvers), operations, jdbc, meters, answers);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(strategy));
	}

}
