package io.dealgraph.export;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dealgraph.support.ApiTest;
import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Python client's tests ({@code clients/python/tests}, pytest) against the running service, and
 * against one with a tight rate limit for Retry-After, with Debian's python3, requests, pandas and
 * pytest (.ci/run installs them). Every one of its tests must pass, none skipped.
 */
class PythonClientTests extends ApiTest {

	static final Path CLIENT = Path.of("..", "clients", "python");

	/** The client's tests, counted: a test added there is a test run here. */
	private static final int TESTS = 13;

	@Test
	void thePythonClientsTests_passAgainstTheService() throws Exception {
		Assumptions.assumeTrue(NotebookTests.debianPython("requests", "pandas", "pytest"),
				"Debian's python3 with python3-requests, python3-pandas and python3-pytest (.ci/run installs them)");
		// Two requests at once, then one a second: the client waits as Retry-After says.
		ConfigurableApplicationContext limited = OwnDatabaseApp.start("ledger_python_client", "dealgraph-python-client",
				"--dealgraph.rate-limit.enabled=true", "--dealgraph.rate-limit.burst=200", "--dealgraph.rate-limit.per-second=100",
				"--dealgraph.rate-limit.request-points=100");
		try {
			ProcessBuilder pytest = new ProcessBuilder(ExportPandasTests.PYTHON, "-m", "pytest", "-v", "-p", "no:cacheprovider", "tests")
				.directory(CLIENT.toFile()).redirectErrorStream(true);
			pytest.environment().put("DEALGRAPH_URL", "http://localhost:" + this.port);
			pytest.environment().put("DEALGRAPH_LIMITED_URL", "http://localhost:" + OwnDatabaseApp.port(limited));
			pytest.environment().put("PYTHONDONTWRITEBYTECODE", "1");
			File log = File.createTempFile("pytest", ".log");
			log.deleteOnExit();
			Process run = pytest.redirectOutput(log).start();
			boolean ended = run.waitFor(5, TimeUnit.MINUTES);
			if (!ended) {
				run.destroyForcibly();
			}
			String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
			assertThat(ended).as("pytest ended within 5 minutes: " + output).isTrue();
			assertThat(run.exitValue()).as(output).isZero();
			// "13 passed in 4.2s" or "13 passed, 2 warnings in 4.2s": every test passed, none skipped.
			Matcher summary = Pattern.compile("=+ (\\d+) passed(, \\d+ warnings?)? in ").matcher(output);
			assertThat(summary.find()).as(output).isTrue();
			assertThat(Integer.parseInt(summary.group(1))).as(output).isEqualTo(TESTS);
		}
		finally {
			limited.close();
		}
	}

}
