package io.dealgraph.seed;

import java.util.List;

/** The seeds are invalid; each problem names the file, the entry and what is wrong. */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	public SeedException(List<String> problems) {
		super("Seeds are invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
