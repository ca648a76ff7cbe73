package io.dealgraph.support;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.DealgraphApplication;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application on a database of its own (a fresh copy on the test PostgreSQL), on a
 * random port: for tests that load releases of their own, which the shared test database must not
 * see. The seeds are loaded as release 1 at start, as in production.
 */
public final class OwnDatabaseApp {

	private OwnDatabaseApp() {
	}

	/** Starts the application on a fresh database of this name, with further command-line settings. */
	public static ConfigurableApplicationContext start(String database, String name, String... settings) {
		TestDatabase.Connection db = TestDatabase.get();
		String url = db.fresh(database).url();
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--server.port=0", "--spring.application.name=" + name));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(DealgraphApplication.class).run(args.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	public static WebTestClient http(ConfigurableApplicationContext app) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port(app)).build();
	}

	public static HttpGraphQlTester graphQl(ConfigurableApplicationContext app) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port(app) + "/graphql").build());
	}

	/** How many SQL statements the application has run so far (its production metric). */
	public static double statements(ConfigurableApplicationContext app) {
		var counter = app.getBean(MeterRegistry.class).find("dealgraph.db.statements").counter();
		return counter == null ? 0 : counter.count();
	}

}
