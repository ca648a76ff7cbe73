package io.dealgraph.compiler;

import java.time.Instant;
import java.util.OptionalLong;

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
