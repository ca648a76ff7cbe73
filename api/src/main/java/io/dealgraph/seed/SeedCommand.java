package io.dealgraph.seed;

import java.nio.file.Path;

/**
 * {@code validate-seeds [dir]}: checks the seed files without touching a database, printing every
 * problem with its file and entry. Exit code 0 when valid, 1 when not.
 */
public final class SeedCommand {

	public static final String NAME = "validate-seeds";

	private SeedCommand() {
	}

	public static int run(String[] args) {
		Path root = Path.of(args.length > 1 ? args[1] : "seeds");
		try {
			Seeds seeds = SeedReader.read(SeedFiles.fromDirectory(root));
			System.out.println("Seeds in " + root + " are valid: " + seeds.summary());
			return 0;
		}
		catch (SeedException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

}
