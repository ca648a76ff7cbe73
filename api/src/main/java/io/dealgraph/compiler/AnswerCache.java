package io.dealgraph.compiler;

import java.lang.reflect.Array;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The response cache: the answer of each root field's statement (its JSON, before any field
 * error is applied), kept by the newest release, the statement's text and its parameters. The
 * ledger changes only when a release is loaded, so an answer stays right until then; this instance
 * empties the cache as soon as it learns of a new release (LISTEN/NOTIFY, else its poll), and a key
 * names the release it was read at, so no answer of an older release is served after that.
 * Everything else a request costs runs as always: parsing (itself cached), validation, limits,
 * cost, rate limits and errors; a request whose every statement was answered from here is marked
 * {@code extensions.responseCache: "HIT"}. Bounded in bytes (the texts' UTF-16 size).
 */
public final class AnswerCache {

	/** The GraphQL context key set (to true) when every statement of the request was answered from the cache. */
	static final String HIT = "dealgraph.answerCache.hit";

	private final Cache<String, String> answers;

	private final KnownReleases releases;

	private final Counter hits;

	private final Counter misses;

	/** @param maxBytes the most the cached keys and answers may take; 0 turns the cache off */
	public AnswerCache(long maxBytes, KnownReleases releases, MeterRegistry meters) {
		this.releases = releases;
		this.answers = maxBytes <= 0 ? null
				: Caffeine.newBuilder()
					.maximumWeight(maxBytes)
					.weigher((String key, String json) -> 2 * (key.length() + json.length()) + 64)
					.recordStats()
					.build();
		if (this.answers != null) {
			releases.whenChanged(this.answers::invalidateAll);
			CaffeineCacheMetrics.monitor(meters, this.answers, "dealgraph.answers");
		}
		this.hits = Counter.builder("dealgraph.response.cache").tag("result", "hit")
			.description("Root-field statements answered from the response cache (hit) or run (miss)").register(meters);
		this.misses = Counter.builder("dealgraph.response.cache").tag("result", "miss")
			.description("Root-field statements answered from the response cache (hit) or run (miss)").register(meters);
	}

	/** The key of a statement's answer, or null when nothing is cached (off, or no release yet). */
	String key(String sql, Object[] params) {
		OptionalLong release = this.releases.latest();
		if (this.answers == null || release.isEmpty()) {
			return null;
		}
		StringBuilder key = new StringBuilder(sql.length() + 64).append(release.getAsLong()).append('\u0000').append(sql);
		for (Object param : params) {
			key.append('\u0000');
			append(key, param);
		}
		return key.toString();
	}

	/** A parameter by its type and value, arrays element by element. */
	private static void append(StringBuilder key, Object value) {
		if (value == null) {
			key.append("null");
		}
		else if (value.getClass().isArray()) {
			key.append('[');
			for (int i = 0; i < Array.getLength(value); i++) {
				key.append(i == 0 ? "" : "\u0001");
				append(key, Array.get(value, i));
			}
			key.append(']');
		}
		else {
			key.append(value.getClass().getName()).append(':').append(value);
		}
	}

	String get(String key) {
		String json = key == null ? null : this.answers.getIfPresent(key);
		if (key != null) {
			(json != null ? this.hits : this.misses).increment();
		}
		return json;
	}

	/** What a statement that found no row is kept as: its answer is null, and it is an answer too. */
	static final String NO_ROW = "\u0000";

	void put(String key, String json) {
		if (key != null) {
			this.answers.put(key, json == null ? NO_ROW : json);
		}
	}

	/** The answer a cached value stands for. */
	static String answer(String cached) {
		return NO_ROW.equals(cached) ? null : cached;
	}

	/** Empties the cache (a new release does it on its own). */
	public void clear() {
		if (this.answers != null) {
			this.answers.invalidateAll();
		}
	}

}
