package io.dealgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque global ids: the type name and the slug, base64url-encoded. Slugs keep ids stable across reloads. */
public record GlobalId(String type, String slug) {

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((this.type + ":" + this.slug).getBytes(StandardCharsets.UTF_8));
	}

	public static String of(String type, String slug) {
		return new GlobalId(type, slug).encode();
	}

	public static GlobalId decode(String argument, String id) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = raw.indexOf(':');
			// PostgreSQL's text holds no U+0000: an id with one names nothing of ours.
			if (colon > 0 && colon < raw.length() - 1 && raw.indexOf('\0') < 0) {
				return new GlobalId(raw.substring(0, colon), raw.substring(colon + 1));
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through to the client error below
		}
		throw new BadInputException(argument, "is not a dealgraph id: '" + id + "'");
	}

}
