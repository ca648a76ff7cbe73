package io.dealgraph.production;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.dealgraph.support.ApiTest;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switched on by configuration: JSON log lines that carry the request's correlation id, and
 * OpenTelemetry spans for GraphQL requests (here exported to memory instead of a collector).
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "logging.structured.format.console=ecs",
		"logging.level.io.dealgraph.graphql.RequestInterceptor=debug", "management.tracing.export.enabled=true", "management.tracing.export.otlp.enabled=false" })
@Import(LogsAndTracingTests.SpansInMemory.class)
class LogsAndTracingTests extends ApiTest {

	@Autowired
	InMemorySpanExporter spans;

	@Autowired
	SdkTracerProvider tracerProvider;

	@Test
	void jsonLogLines_carryTheCorrelationId(CapturedOutput output) {
		this.http.post().uri("/graphql").header("X-Request-Id", "json-log-probe-7")
			.bodyValue(Map.of("query", "query LogProbe { deals { totalCount } }"))
			.exchange().expectStatus().isOk();
		List<String> lines = output.getOut().lines().filter(line -> line.contains("GraphQL LogProbe answered in")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).startsWith("{").endsWith("}").contains("\"correlationId\":\"json-log-probe-7\"")
			.containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
	}

	@Test
	void graphqlRequests_produceSpans_whenTracingIsOn() {
		this.spans.reset();
		this.http.post().uri("/graphql").bodyValue(Map.of("query", "query TraceProbe { deals { totalCount } }"))
			.exchange().expectStatus().isOk();
		this.tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
		List<SpanData> finished = this.spans.getFinishedSpanItems();
		assertThat(finished).extracting(SpanData::getName).anySatisfy(name -> assertThat(name).containsIgnoringCase("graphql"));
		assertThat(finished).extracting(SpanData::getName).anySatisfy(name -> assertThat(name).containsIgnoringCase("post"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SpansInMemory {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

}
