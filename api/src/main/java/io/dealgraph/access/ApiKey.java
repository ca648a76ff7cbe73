package io.dealgraph.access;

import java.time.OffsetDateTime;

/**
 * An issued API key as stored: its name, the SHA-256 of the key (never the key), its own bucket
 * size and restore rate in points (null: the configured defaults), and when it was created and
 * revoked.
 */
public record ApiKey(String name, String keyHash, Long burst, Long perSecond, OffsetDateTime createdAt,
		OffsetDateTime revokedAt) {

	public boolean live() {
		return this.revokedAt == null;
	}

}
