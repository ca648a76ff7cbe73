package io.dealgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the order it was taken under, the row's sort values and its id.
 * Stable under inserts, unlike offsets. The compiled SQL writes it ({@code dg_cursor}, V8): base64url
 * of "v1", the order, the values and the id, separated by U+001F.
 */
public record Cursor(String order, List<String> values, long id) {

	private static final String SEPARATOR = "\u001f";

	public static Cursor decode(String text) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			String[] parts = raw.split(SEPARATOR, -1);
			if (parts.length < 3 || !"v1".equals(parts[0])) {
				throw new IllegalArgumentException("unknown cursor version");
			}
			List<String> values = Arrays.asList(parts).subList(2, parts.length - 1);
			return new Cursor(parts[1], List.copyOf(values), Long.parseLong(parts[parts.length - 1]));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("after", "is not a cursor returned by this API");
		}
	}

}
