package io.dealgraph.graphql;

/** Entity tags as RFC 9110 compares them for {@code If-None-Match}: weakly, a list, or {@code *}. */
public final class EntityTags {

	private EntityTags() {
	}

	/** Whether an If-None-Match header (may be null) names this ETag, weakly or not, or is "*". */
	public static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

}
