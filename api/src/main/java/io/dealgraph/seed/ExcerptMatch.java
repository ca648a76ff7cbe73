package io.dealgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why an excerpt is not in its article: the closest passage of the article (by edit distance, the
 * excerpt may start and end anywhere in the article), its offset, and where the two differ, with
 * straight against curly quotes named as such.
 */
final class ExcerptMatch {

	/** The alignment is a table of excerpt by article; past this many cells it is not attempted. */
	private static final long MAX_CELLS = 20_000_000L;

	private static final Map<Character, String> QUOTES = Map.of('\'', "'", '"', "\"", '\u2018', "\u2018 (U+2018)",
			'\u2019', "\u2019 (U+2019)", '\u201C', "\u201C (U+201C)", '\u201D', "\u201D (U+201D)");

	private ExcerptMatch() {
	}

	/** The text whitespace-collapsed, and for each of its characters the index it came from. */
	private record Collapsed(String text, int[] origin) {

		static Collapsed of(String text) {
			StringBuilder collapsed = new StringBuilder();
			List<Integer> origin = new ArrayList<>();
			boolean space = true;
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (Character.isWhitespace(ch) || ch == '\u00a0') {
					if (!space) {
						collapsed.append(' ');
						origin.add(i);
					}
					space = true;
				}
				else {
					collapsed.append(ch);
					origin.add(i);
					space = false;
				}
			}
			int length = collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == ' '
					? collapsed.length() - 1 : collapsed.length();
			return new Collapsed(collapsed.substring(0, length), origin.stream().mapToInt(Integer::intValue).toArray());
		}

	}

	/** {@code closest passage at offset N: "..."; the article has X where the seed has Y at character M of the excerpt}. */
	static String explain(String article, String excerpt) {
		Collapsed text = Collapsed.of(article);
		Collapsed needle = Collapsed.of(excerpt);
		if (needle.text().isEmpty() || text.text().isEmpty()) {
			return "the article is empty";
		}
		if ((long) needle.text().length() * text.text().length() > MAX_CELLS) {
			return "the excerpt is too long to look for a close passage: shorten it";
		}
		// Sellers' approximate matching over words: the fewest words to change, add or drop to turn some
		// passage of the article into the excerpt. Words, not characters, so a dropped word is one edit;
		// adding or dropping a word costs 2, changing one 2, or 1 when only its quotes or punctuation differ.
		List<int[]> words = words(text.text());
		List<int[]> seedWords = words(needle.text());
		int[] previous = new int[words.size() + 1];
		int[] previousStart = new int[words.size() + 1];
		int[] current = new int[words.size() + 1];
		int[] currentStart = new int[words.size() + 1];
		for (int j = 0; j <= words.size(); j++) {
			previousStart[j] = j;
		}
		for (int i = 1; i <= seedWords.size(); i++) {
			current[0] = 2 * i;
			currentStart[0] = 0;
			String word = word(needle.text(), seedWords.get(i - 1));
			String letters = letters(word);
			for (int j = 1; j <= words.size(); j++) {
				String other = word(text.text(), words.get(j - 1));
				int substitute = previous[j - 1] + (word.equals(other) ? 0 : letters.equals(letters(other)) ? 1 : 2);
				int skipExcerpt = previous[j] + 2;
				int skipArticle = current[j - 1] + 2;
				if (substitute <= skipExcerpt && substitute <= skipArticle) {
					current[j] = substitute;
					currentStart[j] = previousStart[j - 1];
				}
				else if (skipExcerpt <= skipArticle) {
					current[j] = skipExcerpt;
					currentStart[j] = previousStart[j];
				}
				else {
					current[j] = skipArticle;
					currentStart[j] = currentStart[j - 1];
				}
			}
			int[] swap = previous;
			previous = current;
			current = swap;
			swap = previousStart;
			previousStart = currentStart;
			currentStart = swap;
		}
		int last = 1;
		for (int j = 1; j <= words.size(); j++) {
			if (previous[j] < previous[last]) {
				last = j;
			}
		}
		if (previous[last] > seedWords.size() || previousStart[last] >= last) {
			return "no passage of the article is close to it";
		}
		int start = words.get(previousStart[last])[0];
		int end = words.get(last - 1)[1];
		// Punctuation the article has around the passage ("OpenAI," for "OpenAI") is not part of it.
		String firstWord = word(needle.text(), seedWords.get(0));
		String lastWord = word(needle.text(), seedWords.get(seedWords.size() - 1));
		if (text.text().substring(start, words.get(previousStart[last])[1]).endsWith(firstWord)) {
			start = words.get(previousStart[last])[1] - firstWord.length();
		}
		if (text.text().substring(words.get(last - 1)[0], end).startsWith(lastWord)) {
			end = words.get(last - 1)[0] + lastWord.length();
		}
		String passage = text.text().substring(start, end);
		int offset = article.codePointCount(0, text.origin()[start]);
		return "the closest passage, at offset " + offset + ", is \"" + passage + "\"; "
				+ difference(passage, needle.text(), excerpt, needle.origin());
	}

	/** The start and end of each word of a whitespace-collapsed text. */
	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ') {
				if (i > start) {
					words.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		return words;
	}

	private static String word(String text, int[] word) {
		return text.substring(word[0], word[1]);
	}

	private static String letters(String word) {
		return word.replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** Where the passage and the (collapsed) excerpt differ, at characters counted from 1 in the excerpt as written. */
	private static String difference(String passage, String seed, String excerpt, int[] origin) {
		if (passage.length() == seed.length()) {
			List<String> quotes = new ArrayList<>();
			List<Integer> others = new ArrayList<>();
			for (int i = 0; i < seed.length(); i++) {
				char a = passage.charAt(i);
				char s = seed.charAt(i);
				if (a == s) {
					continue;
				}
				if (QUOTES.containsKey(a) && QUOTES.containsKey(s)) {
					quotes.add("the article has " + QUOTES.get(a) + " where the seed has " + QUOTES.get(s)
							+ " at character " + character(excerpt, origin, i) + " of the excerpt");
				}
				else {
					others.add(i);
				}
			}
			List<String> differences = new ArrayList<>(quotes);
			if (!others.isEmpty()) {
				int i = others.get(0);
				differences.add("they differ at character " + character(excerpt, origin, i)
						+ " of the excerpt: the article has '" + passage.charAt(i) + "' where the seed has '" + seed.charAt(i) + "'"
						+ (others.size() > 1 ? " (and at " + (others.size() - 1) + " more)" : ""));
			}
			return String.join("; ", differences) + (!quotes.isEmpty() && others.isEmpty() ? ": copy the article's quotes" : "");
		}
		int prefix = 0;
		while (prefix < passage.length() && prefix < seed.length() && passage.charAt(prefix) == seed.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < passage.length() - prefix && suffix < seed.length() - prefix
				&& passage.charAt(passage.length() - 1 - suffix) == seed.charAt(seed.length() - 1 - suffix)) {
			suffix++;
		}
		return "they differ at character " + character(excerpt, origin, Math.min(prefix, seed.length() - 1))
				+ " of the excerpt: the article has " + quoted(passage.substring(prefix, passage.length() - suffix))
				+ " where the seed has " + quoted(seed.substring(prefix, seed.length() - suffix));
	}

	private static int character(String excerpt, int[] origin, int collapsedIndex) {
		return excerpt.codePointCount(0, origin[collapsedIndex]) + 1;
	}

	private static String quoted(String text) {
		return text.isEmpty() ? "nothing" : "\"" + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "\"";
	}

}
