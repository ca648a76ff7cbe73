package io.dealgraph.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded one), recording
 * every request the page makes through Chrome's performance log, and saving screenshots to
 * {@code target/screenshots/}. Tests call {@link #assumeInstalled()} first: without the two
 * binaries they are skipped with a message saying how to install them.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/** Schemes served from within the page or the browser itself (its new-tab page), never a network. */
	private static final Set<String> LOCAL_SCHEMES = Set.of("data", "blob", "about", "chrome", "chrome-untrusted");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request the page made, as Chrome reported it before sending it. */
	public record Request(String method, String url) {

		String path() {
			String path = URI.create(this.url).getPath();
			return path == null ? "" : path;
		}

		@Override
		public String toString() {
			return this.method + " " + (this.url.length() > 120 ? this.url.substring(0, 120) + "…" : this.url);
		}

		boolean leavesThisMachine() {
			URI uri = URI.create(this.url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
			if (LOCAL_SCHEMES.contains(scheme)) {
				return false;
			}
			return uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase());
		}

	}

	private final ChromeDriver driver;

	private final Path profile;

	private final List<Request> requests = new ArrayList<>();

	/**
	 * Skips the calling test class unless Debian's chromium and chromedriver are installed; in CI
	 * (environment {@code CI=true}, where {@code .ci/run} installs them) their absence fails instead.
	 */
	public static void assumeInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String missing = "no " + CHROMIUM + " or " + CHROMEDRIVER + " on this machine. Install them with"
				+ " `apt-get install -y chromium chromium-driver` (.ci/run does).";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			assertThat(installed).as("CI runs the browser tests, but there is " + missing).isTrue();
		}
		Assumptions.assumeTrue(installed, "Browser tests skipped: " + missing);
	}

	public Browser(int width, int height) {
		try {
			this.profile = Files.createTempDirectory("dealgraph-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--lang=en-US", "--user-data-dir=" + this.profile, "--window-size=" + width + "," + height,
				// A request to any other host is still recorded (and fails the test), but never resolved.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	public WebDriver driver() {
		return this.driver;
	}

	public ChromeDriver chrome() {
		return this.driver;
	}

	/** Navigates to {@code url}; what the browser loaded before the first page (its start page) is not recorded. */
	public void open(String url) {
		if (this.requests.isEmpty()) {
			this.driver.manage().logs().get(LogType.PERFORMANCE);
		}
		this.driver.get(url);
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public <T> T waitFor(String what, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).withMessage(what).until(condition);
	}

	/** Every request the page made so far, in order. */
	public List<Request> requests() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			if ("Network.requestWillBeSent".equals(message.path("method").asString(""))) {
				JsonNode request = message.path("params").path("request");
				this.requests.add(new Request(request.path("method").asString(""), request.path("url").asString("")));
			}
		}
		return List.copyOf(this.requests);
	}

	public List<Request> requestsTo(String method, String path) {
		return requests().stream()
			.filter(r -> r.method().equals(method) && r.path().equals(path))
			.toList();
	}

	/** Fails on any request to a host other than this machine's loopback. */
	public void assertNoRequestLeftThisMachine() {
		List<Request> all = requests();
		assertThat(all).as("requests recorded").isNotEmpty();
		List<String> away = all.stream().filter(Request::leavesThisMachine).map(Request::toString).toList();
		assertThat(away).as("requests to a host other than localhost, out of " + all.size()).isEmpty();
	}

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A leftover temporary profile does no harm.
			}
		}
	}

}
