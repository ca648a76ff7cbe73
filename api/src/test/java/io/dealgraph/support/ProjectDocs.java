package io.dealgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's documentation as the tests read it: the README, then every page of docs/ by name. */
public final class ProjectDocs {

	private ProjectDocs() {
	}

	/** The README and the pages of docs/, in that order (the README first, then by file name). */
	public static List<Path> files() {
		List<Path> files = new ArrayList<>();
		files.add(Path.of("..", "README.md"));
		try (Stream<Path> pages = Files.list(Path.of("..", "docs"))) {
			pages.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** The text of every file, one after the other. */
	public static String text() {
		StringBuilder text = new StringBuilder();
		for (Path file : files()) {
			try {
				text.append(Files.readString(file)).append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return text.toString();
	}

	/** The text of one page of docs/. */
	public static String page(String name) {
		try {
			return Files.readString(Path.of("..", "docs", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
