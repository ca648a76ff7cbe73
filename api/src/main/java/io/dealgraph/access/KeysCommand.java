package io.dealgraph.access;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code keys create --name NAME [--burst N] [--per-second N]}, {@code keys list},
 * {@code keys revoke NAME}: the operator's commands for API keys, run against the configured
 * database (migrated first, seeds not loaded, no web server). {@code create} prints the new key
 * once; only its hash is stored. Exit code 0 on success, 1 on a refused command, 2 on bad usage.
 */
public final class KeysCommand {

	public static final String NAME = "keys";

	static final String USAGE = """
			usage: keys create --name NAME [--burst POINTS] [--per-second POINTS]
			       keys list
			       keys revoke NAME""";

	private KeysCommand() {
	}

	/** Starts the application without a web server and runs the command on its keys. */
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
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("dealgraph.seed.load-on-startup=false", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run(parsed.springArgs())) {
			return execute(parsed, context.getBean(ApiKeys.class), System.out, System.err);
		}
	}

	static int execute(Parsed parsed, ApiKeys keys, PrintStream out, PrintStream err) {
		switch (parsed.verb()) {
			case "create" -> {
				try {
					String key = keys.create(parsed.name(), parsed.burst(), parsed.perSecond());
					out.println(key);
					err.println("Key '" + parsed.name() + "' created. It is shown this once: only its hash is stored.");
					return 0;
				}
				catch (IllegalArgumentException ex) {
					err.println(ex.getMessage());
					return 1;
				}
			}
			case "list" -> {
				out.printf("%-24s %-8s %10s %10s  %-25s %s%n", "NAME", "STATE", "BURST", "PER_SECOND", "CREATED", "REVOKED");
				for (ApiKey key : keys.list()) {
					out.printf("%-24s %-8s %10s %10s  %-25s %s%n", key.name(), key.live() ? "live" : "revoked",
							key.burst() == null ? "default" : key.burst(),
							key.perSecond() == null ? "default" : key.perSecond(), key.createdAt(),
							key.revokedAt() == null ? "" : key.revokedAt());
				}
				return 0;
			}
			default -> {
				if (keys.revoke(parsed.name())) {
					err.println("Key '" + parsed.name() + "' revoked; every instance refuses it within seconds.");
					return 0;
				}
				err.println("No live key is named '" + parsed.name() + "'");
				return 1;
			}
		}
	}

	/** A command line: the verb and its options; anything starting with {@code --spring-style=} goes to Spring. */
	record Parsed(String verb, String name, Long burst, Long perSecond, String[] springArgs) {

		static Parsed of(String[] args) {
			if (args.length < 2) {
				throw new IllegalArgumentException("keys: which command?");
			}
			String verb = args[1];
			String name = null;
			Long burst = null;
			Long perSecond = null;
			List<String> spring = new ArrayList<>();
			for (int i = 2; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--name" -> name = value(args, ++i, arg, Function.identity());
					case "--burst" -> burst = value(args, ++i, arg, KeysCommand.Parsed::points);
					case "--per-second" -> perSecond = value(args, ++i, arg, KeysCommand.Parsed::points);
					default -> {
						if (arg.startsWith("--") && arg.contains("=")) {
							spring.add(arg);
						}
						else if ("revoke".equals(verb) && name == null && !arg.startsWith("--")) {
							name = arg;
						}
						else {
							throw new IllegalArgumentException("keys " + verb + ": unexpected '" + arg + "'");
						}
					}
				}
			}
			switch (verb) {
				case "create" -> {
					if (name == null) {
						throw new IllegalArgumentException("keys create: --name NAME is required");
					}
					if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
						throw new IllegalArgumentException("keys create: a name is 1 to 64 letters, digits, '.', '_' or '-', "
								+ "starting with a letter or digit, not '" + name + "'");
					}
				}
				case "list" -> {
					if (name != null || burst != null || perSecond != null) {
						throw new IllegalArgumentException("keys list takes no options");
					}
				}
				case "revoke" -> {
					if (name == null) {
						throw new IllegalArgumentException("keys revoke: which key (NAME)?");
					}
					if (burst != null || perSecond != null) {
						throw new IllegalArgumentException("keys revoke takes only a NAME");
					}
				}
				default -> throw new IllegalArgumentException("keys: unknown command '" + verb + "'");
			}
			return new Parsed(verb, name, burst, perSecond, spring.toArray(String[]::new));
		}

		private static <T> T value(String[] args, int i, String option, Function<String, T> parse) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return parse.apply(args[i]);
		}

		private static Long points(String text) {
			try {
				long value = Long.parseLong(text);
				if (value >= 1) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new IllegalArgumentException("expected a whole number of points, at least 1, not '" + text + "'");
		}

	}

}
