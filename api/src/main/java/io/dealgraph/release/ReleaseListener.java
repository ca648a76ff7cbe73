package io.dealgraph.release;

import java.util.function.Supplier;

import org.hibernate.envers.RevisionListener;

/**
 * Fills a new release with what the load that makes it is loading: the seeds' checksum and file
 * count, which the loader states with {@link #loading} around its writes on the same thread.
 */
public class ReleaseListener implements RevisionListener {

	private static final ThreadLocal<Loading> LOADING = new ThreadLocal<>();

	/** What a load is writing: named by the release it makes, if it changes anything. */
	public record Loading(String checksum, int fileCount) {
	}

	/** Runs {@code writes} as the load of these seeds. */
	public static <T> T loading(Loading loading, Supplier<T> writes) {
		LOADING.set(loading);
		try {
			return writes.get();
		}
		finally {
			LOADING.remove();
		}
	}

	@Override
	public void newRevision(Object revisionEntity) {
		Loading loading = LOADING.get();
		if (loading == null) {
			throw new IllegalStateException("The ledger changes only in a seed load, which names its release");
		}
		((Release) revisionEntity).describe(loading.checksum(), loading.fileCount());
	}

}
