package io.dealgraph.production;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.dealgraph.seed.ContingentMoneyTests;
import io.dealgraph.seed.SeedFiles;
import io.dealgraph.seed.SeedLoader;
import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real shared cache in front of the API: Debian's nginx with {@code proxy_cache} (skipped where
 * nginx is not installed; {@code .ci/run} installs it). It keeps a GET answer as our Cache-Control
 * says (here max-age=2), serves the second identical GET itself (HIT) with no statement in the API,
 * revalidates it when it expires (our 304, REVALIDATED, still no statement), and once a new release
 * is loaded the expired entry is fetched afresh (EXPIRED) with the release's data.
 */
class NginxCacheTests {

	static final Path NGINX = Path.of("/usr/sbin/nginx");

	static ConfigurableApplicationContext app;

	static Process nginx;

	static Path dir;

	static int port;

	static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void start() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx)");
		app = OwnDatabaseApp.start("ledger_nginx_cache", "dealgraph-nginx-cache", "--dealgraph.http-cache.max-age=2");
		int appPort = OwnDatabaseApp.port(app);
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		dir = Files.createTempDirectory("nginx-cache");
		Files.writeString(dir.resolve("nginx.conf"), """
				daemon off;
				user root;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log;
				events { worker_connections 64; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  proxy_cache_path %1$s/cache levels=1:2 keys_zone=graphql:1m max_size=16m;
				  server {
				    listen 127.0.0.1:%2$d;
				    location /graphql {
				      proxy_pass http://127.0.0.1:%3$d;
				      proxy_cache graphql;
				      proxy_cache_key "$request_method$request_uri|$http_accept|$http_x_api_key";
				      proxy_cache_revalidate on;
				      add_header X-Cache-Status $upstream_cache_status always;
				    }
				  }
				}
				""".formatted(dir, port, appPort));
		nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("out.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!listening(port)) {
			assertThat(nginx.isAlive()).as("nginx runs: " + Files.readString(dir.resolve("out.log"))).isTrue();
			assertThat(System.nanoTime()).as("nginx listens within 20 s").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		if (app != null) {
			app.close();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static HttpResponse<String> get(String query) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql?query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static double statements() {
		return OwnDatabaseApp.statements(app);
	}

	@Test
	void aSecondGetIsAHit_anExpiredOneIsRevalidatedBy304_andANewReleaseIsFetchedAfresh() throws Exception {
		String query = "{ deals { totalCount } }";
		HttpResponse<String> first = get(query);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("X-Cache-Status")).hasValue("MISS");
		assertThat(first.body()).contains("\"totalCount\":8");

		double before = statements();
		HttpResponse<String> second = get(query);
		assertThat(second.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(statements()).as("a HIT never reaches the API").isEqualTo(before);

		Thread.sleep(3_500);
		HttpResponse<String> revalidated = get(query);
		assertThat(revalidated.headers().firstValue("X-Cache-Status")).hasValue("REVALIDATED");
		assertThat(revalidated.body()).isEqualTo(first.body());
		assertThat(statements()).as("our 304 runs no statement").isEqualTo(before);

		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(ContingentMoneyTests.withReport()))).isTrue();
		Thread.sleep(3_500);
		HttpResponse<String> afterRelease = get(query);
		assertThat(afterRelease.headers().firstValue("X-Cache-Status")).hasValue("EXPIRED");
		assertThat(afterRelease.body()).contains("\"totalCount\":9");
		assertThat(get(query).headers().firstValue("X-Cache-Status")).hasValue("HIT");
	}

}
