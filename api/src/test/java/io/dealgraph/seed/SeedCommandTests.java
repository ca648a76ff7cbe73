package io.dealgraph.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.dealgraph.DealgraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate-seeds} checks a directory of seeds from the command line, with no database ({@code --diff}: SeedDiffTests). */
class SeedCommandTests {

	@TempDir
	Path dir;

	@Test
	void validateSeeds_acceptsTheRealSeeds() throws IOException {
		write(SeedReaderTests.REAL.contents());
		assertThat(run()).isZero();
	}

	@Test
	void validateSeeds_rejectsABadSeed_withItsProblem() throws IOException {
		write(SeedReaderTests.replacing(SeedReaderTests.AMAZON, "unit: GW", "unit: TW").contents());
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(run()).isEqualTo(1);
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString(StandardCharsets.UTF_8)).contains("unknown unit 'TW'");
	}

	@Test
	void validateSeeds_withADatabaseSettingButNoDiff_isBadUsage_andNeedsNoDatabase() throws IOException {
		write(SeedReaderTests.REAL.contents());
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(SeedCommand.run(DealgraphApplication.class,
					new String[] { SeedCommand.NAME, this.dir.toString(), "--spring.datasource.url=jdbc:postgresql://nowhere/x" }))
				.isEqualTo(2);
			assertThat(SeedCommand.run(DealgraphApplication.class, new String[] { SeedCommand.NAME, "--dif" })).isEqualTo(2);
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString(StandardCharsets.UTF_8)).contains(
				"validate-seeds: --spring.datasource.url=jdbc:postgresql://nowhere/x is for --diff (without it, no database)",
				"validate-seeds: unexpected '--dif'", SeedCommand.USAGE);
	}

	private int run() {
		return SeedCommand.run(DealgraphApplication.class, new String[] { SeedCommand.NAME, this.dir.toString() });
	}

	private void write(Map<String, String> contents) throws IOException {
		for (Map.Entry<String, String> file : contents.entrySet()) {
			Path path = this.dir.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
	}

}
