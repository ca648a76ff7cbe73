package io.dealgraph.compiler;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import io.dealgraph.graphql.BadInputException;

/**
 * The releases of the ledger this instance knows of, for the {@code knownAsOf} and
 * {@code release} arguments every root field takes: the compiler turns them into the release a
 * statement reads ({@code history.<relation>(n)}, V13) without asking the database.
 */
public interface KnownReleases {

	/** The number of the newest release loaded at or before the instant; empty before the first. */
	OptionalLong loadedBy(Instant instant);

	/** Whether a release of this number has been loaded. */
	boolean exists(long number);

	/** The newest release, empty while there is none. */
	OptionalLong latest();

	/**
	 * The release a {@code knownAsOf} instant or a {@code release} number names, by the rules every
	 * reader shares (the API's arguments, the exports' parameters): not both, an instant not in the
	 * future nor before the first release, a number of a release that exists. Null when neither is
	 * given. A wrong one is a {@link BadInputException} naming it.
	 */
	default Long named(OffsetDateTime knownAsOf, Long number) {
		if (knownAsOf != null && number != null) {
			throw new BadInputException("release", "cannot be given with knownAsOf: ask for one or the other");
		}
		if (number != null) {
			if (!exists(number)) {
				OptionalLong latest = latest();
				throw new BadInputException("release", "names no release of this ledger (" + number + "); "
						+ (latest.isPresent() ? "the newest is " + latest.getAsLong() : "none has been loaded yet"));
			}
			return number;
		}
		if (knownAsOf != null) {
			if (knownAsOf.toInstant().isAfter(Instant.now())) {
				throw new BadInputException("knownAsOf", "is in the future (" + knownAsOf + "): leave it out for the latest ledger");
			}
			OptionalLong loaded = loadedBy(knownAsOf.toInstant());
			if (loaded.isEmpty()) {
				throw new BadInputException("knownAsOf", "is before the first release (" + knownAsOf + "): the ledger held nothing then");
			}
			return loaded.getAsLong();
		}
		return null;
	}

	/** Runs the action each time this instance learns of a new release. */
	default void whenChanged(Runnable action) {
	}

	/** No release at all: every {@code knownAsOf} and {@code release} is refused. */
	KnownReleases NONE = new KnownReleases() {

		@Override
		public OptionalLong loadedBy(Instant instant) {
			return OptionalLong.empty();
		}

		@Override
		public boolean exists(long number) {
			return false;
		}

		@Override
		public OptionalLong latest() {
			return OptionalLong.empty();
		}

	};

}
