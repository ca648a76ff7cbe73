package io.dealgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * With {@code -Dgolden.record=<file>}, appends every GraphQL request the API tests make to that
 * file, one JSON object a line, with the test that made it; the golden answers are built from it
 * (see {@code src/test/resources/golden/README.md}). Without the property it records nothing.
 */
public final class GoldenRecorder implements BeforeEachCallback {

	public static final String PROPERTY = "golden.record";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// Tests run one at a time, while requests are served on Tomcat's threads: a static is what they share.
	private static volatile String currentTest = "none";

	@Override
	public void beforeEach(ExtensionContext context) {
		currentTest = context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
	}

	static synchronized void append(Path file, Map<String, Object> line) {
		String json;
		try {
			json = JSON.writeValueAsString(line);
		}
		catch (JacksonException ex) {
			// A hostile test's document (a lone surrogate, say) is not UTF-8; such requests are not golden.
			return;
		}
		try {
			Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (CharacterCodingException ex) {
			// The same, when the serializer let the lone surrogate through.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The interceptor that writes each request down, before the application's own see it. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		WebGraphQlInterceptor goldenRecordingInterceptor() {
			String file = System.getProperty(PROPERTY);
			if (file == null || file.isBlank()) {
				return (request, chain) -> chain.next(request);
			}
			Path path = Path.of(file).toAbsolutePath();
			return (request, chain) -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("test", currentTest);
				line.put("query", request.getDocument());
				line.put("variables", request.getVariables());
				line.put("operationName", request.getOperationName());
				line.put("extensions", request.getExtensions());
				line.put("headers", request.getHeaders().toSingleValueMap());
				append(path, line);
				return chain.next(request);
			};
		}

	}

}
