package io.dealgraph.compiler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import io.dealgraph.graphql.BadInputException;

/**
 * An opaque keyset cursor: the order it was taken under, the row's sort values and its id.
 * Stable under inserts, unlike offsets. The compiled SQL writes it ({@code dg_cursor}, V10):
 * base64url of "v1", the order, the values and the id, separated by U+001F. Within a value,
 * U+001E escapes: {@code U+001E F} is a U+001F of the value, {@code U+001E E} a U+001E, and a
 * value that is only {@code U+001E N} is SQL null; a value with neither character is written as
 * it is. A page read at a release ({@code knownAsOf}, {@code release}) writes the order as
 * {@code ORDER@n}, so the next page reads the same release.
 */
public record Cursor(String order, List<String> values, long id, Long release) {

	public Cursor(String order, List<String> values, long id) {
		this(order, values, id, null);
	}

	/** The order's name as the cursor writes it: with the release a page was read at, if any. */
	public static String orderAt(String order, Long release) {
		return release == null ? order : order + "@" + release;
	}

	static final char SEPARATOR = '\u001f';

	static final char ESCAPE = '\u001e';

	/** The cursor {@code after} holds, or a client error naming it. */
	public static Cursor decode(String text) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
			if (parts.length < 3 || !"v1".equals(parts[0])) {
				throw new IllegalArgumentException("unknown cursor version");
			}
			List<String> values = new ArrayList<>();
			for (int i = 2; i < parts.length - 1; i++) {
				values.add(unescape(parts[i]));
			}
			int at = parts[1].indexOf('@');
			Long release = at < 0 ? null : Long.valueOf(parts[1].substring(at + 1));
			if (release != null && release < 1) {
				throw new IllegalArgumentException("no release");
			}
			return new Cursor(at < 0 ? parts[1] : parts[1].substring(0, at), Collections.unmodifiableList(values),
					Long.parseLong(parts[parts.length - 1]), release);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("after", "is not a cursor returned by this API");
		}
	}

	/** The cursor's text, as {@code dg_cursor} writes it. */
	public String encode() {
		StringBuilder raw = new StringBuilder("v1").append(SEPARATOR).append(orderAt(this.order, this.release));
		for (String value : this.values) {
			raw.append(SEPARATOR).append(escape(value));
		}
		raw.append(SEPARATOR).append(this.id);
		return Base64.getUrlEncoder().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String escape(String value) {
		if (value == null) {
			return ESCAPE + "N";
		}
		return value.replace(String.valueOf(ESCAPE), ESCAPE + "E").replace(String.valueOf(SEPARATOR), ESCAPE + "F");
	}

	private static String unescape(String value) {
		if (value.indexOf(ESCAPE) < 0) {
			return value;
		}
		if (value.equals(ESCAPE + "N")) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != ESCAPE) {
				text.append(c);
				continue;
			}
			char next = i + 1 < value.length() ? value.charAt(++i) : 0;
			if (next == 'F') {
				text.append(SEPARATOR);
			}
			else if (next == 'E') {
				text.append(ESCAPE);
			}
			else {
				throw new IllegalArgumentException("a cursor's value holds an unknown escape");
			}
		}
		return text.toString();
	}

}
