package io.dealgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in the seeds. Each is written as {@code <file> > <entry> > ...: <what is wrong>};
 * when the seeds are rejected, each is placed at its line ({@code deals/x.yml:42 > ...}), read from
 * the file's YAML, at the offending key where the problem names one.
 */
final class Problems {

	/** {@code commitments[0] (slug)}, {@code deal (slug)}, {@code claimGroup 'x'}, {@code people}. */
	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?(?: \\((.*)\\))?(?: '(.*)')?");

	/** The key a message begins with: {@code committer refers to}, {@code 'title' is required}, {@code unknown role}. */
	private static final Pattern LEADING_KEY = Pattern.compile("^(?:unknown )?'?([A-Za-z]+)'?:?(?: |$)");

	private record Problem(String where, String key, String message, String pointer, int line) {
	}

	private record Place(String file, int line, List<String> segments) {
	}

	private final List<Problem> problems = new ArrayList<>();

	/** A problem written as {@code <file> > <entry>: <message>}. */
	void add(String problem) {
		int colon = problem.indexOf(": ");
		if (colon < 0) {
			this.problems.add(new Problem(problem, null, null, null, 0));
		}
		else {
			this.problems.add(new Problem(problem.substring(0, colon), null, problem.substring(colon + 2), null, 0));
		}
	}

	/** A problem with the key of the entry it is about, so that it is placed at that key's line. */
	void add(String where, String key, String message) {
		this.problems.add(new Problem(where, key, message, null, 0));
	}

	/** A problem at a JSON pointer of a file, such as {@code /commitments/0/amount}. */
	void at(String file, String pointer, String message) {
		this.problems.add(new Problem(file, null, message, pointer, 0));
	}

	/** A problem at a line of a file, where the file is not YAML that can be read. */
	void at(String file, int line, String message) {
		this.problems.add(new Problem(file, null, message, null, line));
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	int size() {
		return this.problems.size();
	}

	/** Every problem as text, each with its file and line. */
	List<String> located(Map<String, String> contents) {
		Map<String, Locations> locations = new HashMap<>();
		List<String> located = new ArrayList<>();
		for (Problem problem : this.problems) {
			List<Place> places = (problem.line() > 0) ? List.of(new Place(problem.where(), problem.line(), List.of()))
					: (problem.pointer() != null) ? List.of(pointed(problem, contents, locations))
					: places(problem, contents, locations);
			located.add(render(problem, places));
		}
		return located;
	}

	private static String render(Problem problem, List<Place> places) {
		if (places.isEmpty()) {
			return problem.where() + (problem.message() == null ? "" : ": " + problem.message());
		}
		Place first = places.get(0);
		StringBuilder text = new StringBuilder(position(first));
		first.segments().forEach(segment -> text.append(" > ").append(segment));
		if (problem.message() != null) {
			text.append(": ").append(problem.message());
		}
		if (places.size() > 1) {
			text.append(" (also at ")
				.append(String.join(", ", places.subList(1, places.size()).stream().map(Problems::position).toList()))
				.append(")");
		}
		return text.toString();
	}

	private static String position(Place place) {
		return place.file() + (place.line() > 0 ? ":" + place.line() : "");
	}

	private static Place pointed(Problem problem, Map<String, String> contents, Map<String, Locations> cache) {
		Locations locations = locations(problem.where(), contents, cache);
		List<String> segments = new ArrayList<>();
		String at = "";
		for (String token : problem.pointer().substring(problem.pointer().isEmpty() ? 0 : 1).split("/")) {
			if (token.isEmpty()) {
				continue;
			}
			at = at + "/" + token;
			if (token.chars().allMatch(Character::isDigit) && !segments.isEmpty()) {
				String slug = locations.scalar(at + "/slug");
				segments.set(segments.size() - 1,
						segments.get(segments.size() - 1) + "[" + token + "]" + (slug == null ? "" : " (" + slug + ")"));
			}
			else {
				String slug = locations.scalar(at + "/slug");
				segments.add(token + (slug == null ? "" : " (" + slug + ")"));
			}
		}
		return new Place(problem.where(), locations.line(problem.pointer()), segments);
	}

	/** Where the entry a problem names stands: one place, or several for a duplicate. */
	private static List<Place> places(Problem problem, Map<String, String> contents, Map<String, Locations> cache) {
		String[] parts = problem.where().split(" > ");
		String file = parts[0];
		List<String> files = file.endsWith("/")
				? contents.keySet().stream().filter(f -> f.startsWith(file) && f.endsWith(".yml")).toList()
				: contents.containsKey(file) ? List.of(file) : List.of();
		List<String> segments = List.of(parts).subList(1, parts.length);
		List<Place> places = new ArrayList<>();
		for (String candidate : files) {
			Locations locations = locations(candidate, contents, cache);
			List<String> pointers = List.of("");
			for (String segment : segments) {
				List<String> next = new ArrayList<>();
				for (String pointer : pointers) {
					next.addAll(step(locations, pointer, segment, file.endsWith("/")));
				}
				pointers = next;
			}
			for (String pointer : pointers) {
				places.add(new Place(candidate, locations.line(keyed(locations, pointer, problem)), segments));
			}
		}
		return places;
	}

	private static List<String> step(Locations locations, String pointer, String segment, boolean anyFile) {
		Matcher m = SEGMENT.matcher(segment);
		if (!m.matches()) {
			return List.of(pointer);
		}
		String name = m.group(1);
		String list = pointer + "/" + name;
		if (!locations.has(list) && name.endsWith("s") && locations.has(pointer + "/" + name.substring(0, name.length() - 1))) {
			list = pointer + "/" + name.substring(0, name.length() - 1);
		}
		if (m.group(2) != null) {
			return List.of(list + "/" + m.group(2));
		}
		if (m.group(4) != null) {
			return locations.holders(name, m.group(4)).stream().filter(p -> p.startsWith(pointer)).toList();
		}
		String label = m.group(3);
		if (label != null && locations.has(list + "/0")) {
			return locations.entries(list, "slug", label);
		}
		if (locations.has(list)) {
			String slug = locations.scalar(list + "/slug");
			return (anyFile && label != null && slug != null && !slug.equals(label)) ? List.of() : List.of(list);
		}
		return anyFile ? List.of() : List.of(pointer);
	}

	/** The offending key of the entry, where the problem names one that is written in the file. */
	private static String keyed(Locations locations, String pointer, Problem problem) {
		String key = problem.key();
		if (key == null && problem.message() != null) {
			Matcher m = LEADING_KEY.matcher(problem.message());
			key = m.find() ? m.group(1) : null;
		}
		if (key != null) {
			String candidate = pointer + "/" + key.split("\\.")[0];
			if (locations.has(candidate)) {
				return candidate;
			}
		}
		return pointer;
	}

	private static Locations locations(String file, Map<String, String> contents, Map<String, Locations> cache) {
		return cache.computeIfAbsent(file, f -> Locations.of(contents.getOrDefault(f, "")));
	}

}
