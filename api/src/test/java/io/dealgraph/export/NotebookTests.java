package io.dealgraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.dealgraph.seed.ContingentMoneyTests;
import io.dealgraph.seed.SeedFiles;
import io.dealgraph.seed.SeedLoader;
import io.dealgraph.support.OwnDatabaseApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example notebooks ({@code examples/notebooks}), each executed by Debian's Jupyter
 * ({@code jupyter nbconvert --execute}) against a service with two releases: every cell runs, and
 * the notebooks' own asserts hold every number they show against the API. On a database of its
 * own, since it loads the second release.
 */
class NotebookTests {

	static final Path NOTEBOOKS = Path.of("..", "examples", "notebooks");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ConfigurableApplicationContext app;

	/** Whether Debian's python3 imports every one of these modules. */
	static boolean debianPython(String... modules) {
		try {
			Process check = new ProcessBuilder(ExportPandasTests.PYTHON, "-c", "import " + String.join(", ", modules)).start();
			return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static boolean jupyter() {
		return Files.isExecutable(Path.of("/usr/bin/jupyter-nbconvert")) && debianPython("requests", "pandas", "matplotlib", "ipykernel");
	}

	static List<String> notebooks() throws IOException {
		try (Stream<Path> files = Files.list(NOTEBOOKS)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
		}
	}

	@BeforeAll
	static void start() {
		if (!jupyter()) {
			return;
		}
		app = OwnDatabaseApp.start("ledger_notebooks", "dealgraph-notebooks");
		// A second release, so that "what changed since a release" has changes to show.
		assertThat(app.getBean(SeedLoader.class).load(new SeedFiles(ContingentMoneyTests.withReport()))).isTrue();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@ParameterizedTest
	@MethodSource("notebooks")
	void aNotebook_runsToItsEnd_withItsNumbersCheckedAgainstTheApi(String notebook, @TempDir Path out) throws Exception {
		Assumptions.assumeTrue(jupyter(),
				"Debian's Jupyter: jupyter-nbconvert, python3-ipykernel, python3-matplotlib, python3-pandas, python3-requests (.ci/run installs them)");
		ProcessBuilder nbconvert = new ProcessBuilder("/usr/bin/jupyter-nbconvert", "--to", "notebook", "--execute",
				"--ExecutePreprocessor.timeout=300", "--output-dir", out.toString(), NOTEBOOKS.resolve(notebook).toString())
			.redirectErrorStream(true);
		nbconvert.environment().put("DEALGRAPH_URL", "http://localhost:" + OwnDatabaseApp.port(app));
		nbconvert.environment().put("PYTHONPATH", PythonClientTests.CLIENT.toAbsolutePath().normalize().toString());
		nbconvert.environment().put("PYTHONDONTWRITEBYTECODE", "1");
		nbconvert.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
		nbconvert.environment().put("MPLBACKEND", "Agg");
		Path logFile = out.resolve("nbconvert.log");
		Process run = nbconvert.redirectOutput(logFile.toFile()).start();
		boolean ended = run.waitFor(10, TimeUnit.MINUTES);
		if (!ended) {
			run.destroyForcibly();
		}
		String log = Files.readString(logFile, StandardCharsets.UTF_8);
		assertThat(ended).as(notebook + " ran within 10 minutes: " + log).isTrue();
		assertThat(run.exitValue()).as(log).isZero();

		// Every code cell ran, none raised, and what each shows is there.
		JsonNode executed = JSON.readTree(out.resolve(notebook).toFile());
		List<String> shown = new ArrayList<>();
		boolean plotted = false;
		for (JsonNode cell : executed.path("cells")) {
			if (!cell.path("cell_type").asString().equals("code")) {
				continue;
			}
			assertThat(cell.path("execution_count").isInt()).as(notebook + " ran every cell").isTrue();
			for (JsonNode output : cell.path("outputs")) {
				assertThat(output.path("output_type").asString()).as(notebook).isNotEqualTo("error");
				output.path("text").forEach(line -> shown.add(line.asString()));
				output.at("/data/text~1plain").forEach(line -> shown.add(line.asString()));
				plotted |= output.at("/data/image~1png").isString();
			}
		}
		String text = String.join("", shown);
		switch (notebook) {
			case "compute-by-firmness.ipynb" -> {
				assertThat(plotted).isTrue();
				assertThat(text).contains("openai-consumes-2gw-trainium-on-aws", "UNKNOWN       2");
			}
			case "terms-in-force.ipynb" -> {
				assertThat(plotted).isTrue();
				assertThat(text).contains("EXCLUSIVITY", "LICENCE", "REVENUE_SHARE", "2026-04-01");
			}
			case "changes-since-release.ipynb" -> assertThat(text).contains("from release 1 to release 2", "deals: 1 added, 0 removed",
					"openai-investments-in-parts");
			case "evidence-behind-a-total.ipynb" -> assertThat(text).contains("stargate: USD 500,000,000,000 over 1 commitment(s)",
					"stargate-invests-500b-over-four-years", "cloud-politics-heat-up");
			default -> throw new AssertionError("A notebook this test does not know: say what it must show: " + notebook);
		}
	}

}
