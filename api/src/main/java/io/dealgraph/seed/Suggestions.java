package io.dealgraph.seed;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known names closest to a misspelt one. */
final class Suggestions {

	private static final int MAX = 3;

	private Suggestions() {
	}

	/** Up to three known names within a few edits of {@code value}, or that contain it, closest first. */
	static List<String> closest(String value, Collection<String> known) {
		String wanted = value.toLowerCase(Locale.ROOT);
		// A third of the name may be wrong, and at least two characters: "amazn", "TW" for "GW".
		LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, wanted.length() / 3));
		Map<String, Integer> close = known.stream()
			.distinct()
			.collect(Collectors.toMap(k -> k, k -> score(distance, wanted, k.toLowerCase(Locale.ROOT))));
		return close.entrySet()
			.stream()
			.filter(e -> e.getValue() >= 0)
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** {@code "; did you mean a, b?"}, or nothing when no known name is close. */
	static String didYouMean(String value, Collection<String> known) {
		List<String> closest = value == null ? List.of() : closest(value, known);
		return closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?";
	}

	/** The edit distance, or for a name that merely contains the other a distance just past it; -1 when far. */
	private static int score(LevenshteinDistance distance, String wanted, String candidate) {
		int edits = distance.apply(wanted, candidate);
		if (edits >= 0) {
			return edits;
		}
		boolean contained = wanted.length() >= 3 && (candidate.contains(wanted) || wanted.contains(candidate));
		return contained ? distance.getThreshold() + 1 : -1;
	}

}
