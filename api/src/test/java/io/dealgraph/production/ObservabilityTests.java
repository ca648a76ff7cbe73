package io.dealgraph.production;

import java.time.Duration;
import java.util.Map;

import io.dealgraph.DealgraphApplication;
import io.dealgraph.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics and health groups, scraped the way a monitoring system would. */
class ObservabilityTests extends ApiTest {

	@Autowired
	ApplicationContext context;

	@Test
	void byDefault_noSpanIsCreated_andNoObservationWrapsEachDataFetcher() {
		// Tracing is off unless DEALGRAPH_TRACING=true: no trace is sampled, so no span is recorded,
		// and GraphQL data fetchers and data loaders run without an observation around each of them.
		assertThat(this.context.getBeanProvider(Tracer.class).getIfAvailable(() -> Tracer.NOOP).nextSpan().context().sampled())
			.isNotEqualTo(Boolean.TRUE);
		assertThat(this.context.getBeansOfType(GraphQlObservationInstrumentation.class)).isEmpty();
	}

	@Test
	void prometheus_hasRequestsByOperationAndOutcome_errorsByClass_cost_andPoolUsage() {
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "query MetricsProbe { deals { totalCount } }"))
			.exchange().expectStatus().isOk();
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "query MetricsProbeBad { deals(first: 0) { totalCount } }"))
			.exchange().expectStatus().isOk();
		String metrics = new String(this.http.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody());
		assertThat(metrics)
			.containsPattern("dealgraph_graphql_requests_seconds_count\\{[^}]*operation=\"MetricsProbe\"[^}]*outcome=\"SUCCESS\"[^}]*} [1-9]")
			.containsPattern("dealgraph_graphql_requests_seconds_count\\{[^}]*operation=\"MetricsProbeBad\"[^}]*outcome=\"PARTIAL\"[^}]*} [1-9]")
			.containsPattern("dealgraph_graphql_requests_seconds_bucket\\{")
			.containsPattern("dealgraph_graphql_errors_total\\{classification=\"BAD_REQUEST\"[^}]*} [1-9]")
			.containsPattern("dealgraph_graphql_cost_count\\{[^}]*kind=\"requested\"[^}]*} [1-9]")
			.containsPattern("hikaricp_connections_active\\{[^}]*pool=\"reader\"")
			.containsPattern("hikaricp_connections_max\\{[^}]*pool=\"reader\"[^}]*} 10");
	}

	@Test
	void healthGroups_readinessIncludesTheDatabase_livenessDoesNot() throws Exception {
		// An instance on a PostgreSQL of its own, so that the database can go away under it.
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		try (ConfigurableApplicationContext instance = new SpringApplicationBuilder(DealgraphApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.connection-timeout=1000")) {
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort())
				.responseTimeout(Duration.ofSeconds(20))
				.build();
			client.get().uri("/actuator/health/readiness").exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP");
			postgres.close();
			client.get().uri("/actuator/health/readiness").exchange()
				.expectStatus().isEqualTo(503)
				.expectBody().jsonPath("$.status").isEqualTo("DOWN");
			client.get().uri("/actuator/health/liveness").exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP");
		}
		finally {
			postgres.close();
		}
	}

	@Test
	void prometheus_countsEverySqlStatementTheApiRuns() {
		double before = statementsTotal();
		this.statements.reset();
		this.graphQl.document("{ deals(first: 3) { nodes { slug parties(first: 2) { nodes { role } } } } }")
			.execute()
			.path("deals.nodes").entityList(Object.class).hasSize(3);
		int counted = this.statements.count();
		assertThat(counted).isPositive();
		assertThat(statementsTotal() - before).isEqualTo(counted);
	}

	private double statementsTotal() {
		String metrics = new String(this.http.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody());
		java.util.regex.Matcher total = java.util.regex.Pattern.compile("(?m)^dealgraph_db_statements_total(?:\\{[^}]*})? (\\S+)$")
			.matcher(metrics);
		return total.find() ? Double.parseDouble(total.group(1)) : 0;
	}

	@Test
	void federation_isOffByDefault() {
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "{ _service { sdl } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("_service"));
	}

}
