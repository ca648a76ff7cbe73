package io.dealgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each key and value of a YAML seed file stands, by JSON pointer ({@code /commitments/0/unit}),
 * read from the YAML parser's token locations, so that a problem can name its line.
 */
final class Locations {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** The line of each key (or of each list item), in file order. */
	private final Map<String, Integer> lines = new LinkedHashMap<>();

	private final Map<String, String> scalars = new HashMap<>();

	private Locations() {
	}

	/** Reads as far as the YAML is well formed; a file that breaks off keeps the locations before the break. */
	static Locations of(String yaml) {
		Locations locations = new Locations();
		try (JsonParser parser = YAML.createParser(yaml)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token.isStructEnd()) {
					continue;
				}
				// The key comes before its value, so a pointer keeps the line of its key.
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				locations.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
				if (token.isScalarValue()) {
					locations.scalars.put(pointer, parser.getString());
				}
			}
		}
		catch (JacksonException ex) {
			// The parse problem itself is reported by SeedReader.
		}
		return locations;
	}

	boolean has(String pointer) {
		return this.lines.containsKey(pointer);
	}

	/** The line of the pointer, or of its closest enclosing entry that has one; 0 when none has. */
	int line(String pointer) {
		for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
			Integer line = this.lines.get(at);
			if (line != null) {
				return line;
			}
			if (at.isEmpty()) {
				return 0;
			}
		}
	}

	/** The scalar at the pointer, as written, or null. */
	String scalar(String pointer) {
		return this.scalars.get(pointer);
	}

	/** The pointers of the entries of the list at {@code list} whose {@code key} is {@code value}. */
	List<String> entries(String list, String key, String value) {
		List<String> found = new ArrayList<>();
		for (int i = 0; has(list + "/" + i); i++) {
			if (value.equals(scalar(list + "/" + i + "/" + key))) {
				found.add(list + "/" + i);
			}
		}
		return found;
	}

	/** The entries holding a key {@code key} whose value is {@code value}, anywhere in the file. */
	List<String> holders(String key, String value) {
		List<String> found = new ArrayList<>();
		this.lines.keySet().forEach(pointer -> {
			if (pointer.endsWith("/" + key) && value.equals(this.scalars.get(pointer))) {
				found.add(pointer.substring(0, pointer.length() - key.length() - 1));
			}
		});
		return found;
	}

}
