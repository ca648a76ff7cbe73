package io.dealgraph.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code validate-seeds [dir]}: checks the seed files without touching a database, printing every
 * problem with its file and entry. {@code validate-seeds --diff [dir]} then prints the release a
 * load of them would make in the configured database (as the API is configured: DB_URL, DB_USER,
 * DB_PASSWORD, or {@code --spring.datasource.url=...}), and changes nothing there: no migration,
 * no release, no row. Exit code 0 when valid (changes or not), 1 when not, 2 on bad usage or a
 * database that cannot be read.
 */
public final class SeedCommand {

	public static final String NAME = "validate-seeds";

	static final String USAGE = "usage: validate-seeds [--diff] [dir] [--spring.datasource.url=... ...]";

	private SeedCommand() {
	}

	/** {@code application} is started (no web server, no migration, no seed load) only for {@code --diff}. */
	public static int run(Class<?> application, String[] args) {
		Parsed parsed;
		try {
			parsed = Parsed.of(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		SeedFiles files;
		try {
			files = SeedFiles.fromDirectory(parsed.root());
			Seeds seeds = SeedReader.read(files);
			System.out.println("Seeds in " + parsed.root() + " are valid: " + seeds.summary());
		}
		catch (SeedException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		if (!parsed.diff()) {
			return 0;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("dealgraph.seed.load-on-startup=false", "spring.flyway.enabled=false",
					"spring.main.banner-mode=off", "logging.level.root=warn")
			.run(parsed.springArgs())) {
			String url = context.getBean("ownerDataSource", HikariDataSource.class).getJdbcUrl();
			System.out.println("Compared with the ledger in " + url.replaceFirst("\\?.*", "") + ":");
			SeedDiff.print(context.getBean(SeedDiff.class).diff(files), System.out);
			return 0;
		}
		catch (RuntimeException ex) {
			System.err.println("validate-seeds --diff: could not read the database (is it up and migrated?): "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return 2;
		}
	}

	/** The seed directory, whether to diff, and the {@code --name=value} settings that go to Spring. */
	record Parsed(Path root, boolean diff, String[] springArgs) {

		static Parsed of(String[] args) {
			Path root = null;
			boolean diff = false;
			List<String> spring = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--diff")) {
					diff = true;
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else if (!arg.startsWith("--") && root == null) {
					root = Path.of(arg);
				}
				else {
					throw new IllegalArgumentException(NAME + ": unexpected '" + arg + "'");
				}
			}
			if (!diff && !spring.isEmpty()) {
				throw new IllegalArgumentException(NAME + ": " + spring.get(0) + " is for --diff (without it, no database)");
			}
			return new Parsed(root == null ? Path.of("seeds") : root, diff, spring.toArray(String[]::new));
		}

	}

}
