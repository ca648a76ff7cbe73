package io.dealgraph.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API tests: the whole application on a random port over the test database, with the
 * real seeds loaded, queried through HTTP like any client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ StatementCounter.Config.class, GoldenRecorder.Config.class })
@ExtendWith(GoldenRecorder.class)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected StatementCounter statements;

	protected HttpGraphQlTester graphQl;

	protected WebTestClient http;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
	}

	@BeforeEach
	void httpClients() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.graphQl = HttpGraphQlTester.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

}
