package io.dealgraph.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One client's budget of query-cost points, as Shopify keeps it: a token bucket of
 * {@code capacity} points that restores {@code perSecond} points a second. A request reserves
 * its requested cost before it executes and is refunded what it did not use afterwards; every
 * request costs at least {@code requestPoints}, its share of the fixed cost of a request, so that
 * a flood of cheap or refused requests is limited too.
 */
public final class PointBucket {

	/** The request attribute (and GraphQL context key) under which a throttled request's bucket travels. */
	public static final String ATTRIBUTE = "dealgraph.pointBucket";

	/** The GraphQL context key of the seconds to wait, set when a request's cost was refused (429). */
	static final String RETRY_AFTER = "dealgraph.retryAfter";

	private final Bucket bucket;

	private final long capacity;

	private final long perSecond;

	private final long requestPoints;

	public PointBucket(long capacity, long perSecond, long requestPoints) {
		if (capacity < 1 || perSecond < 1 || requestPoints < 1) {
			throw new IllegalArgumentException("A bucket holds and restores at least 1 point, and a request costs at "
					+ "least 1, not " + capacity + ", " + perSecond + " per second and " + requestPoints + " per request");
		}
		this.capacity = capacity;
		this.perSecond = perSecond;
		// A key issued with a bucket smaller than the request points pays its whole bucket per request.
		this.requestPoints = Math.min(requestPoints, capacity);
		this.bucket = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
			.build();
	}

	public long capacity() {
		return this.capacity;
	}

	/** What every request costs at least, taken when it arrives. */
	public long requestPoints() {
		return this.requestPoints;
	}

	/**
	 * Takes the points and answers 0, or takes nothing and answers the whole seconds to wait until
	 * the bucket holds them (more than the capacity is never available: see {@link #capacity()}).
	 */
	public long take(long points) {
		if (points <= 0) {
			return 0;
		}
		if (points > this.capacity) {
			return secondsUntil(this.capacity);
		}
		ConsumptionProbe probe = this.bucket.tryConsumeAndReturnRemaining(points);
		return probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
	}

	/** Gives back points a request reserved and did not use; the bucket never holds more than its capacity. */
	public void refund(long points) {
		if (points > 0) {
			this.bucket.addTokens(points);
		}
	}

	public long available() {
		return Math.max(0, this.bucket.getAvailableTokens());
	}

	/** {@code extensions.cost.throttleStatus}, in Shopify's terms. */
	public Map<String, Object> throttleStatus() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("maximumAvailable", this.capacity);
		status.put("currentlyAvailable", available());
		status.put("restoreRate", this.perSecond);
		return status;
	}

	/**
	 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy (quota
	 * {@code q} points, restored in full over {@code w} seconds) and the remaining points {@code r}
	 * with the seconds {@code t} until the bucket is full again.
	 */
	public void writeHeaders(BiConsumer<String, String> header) {
		long available = available();
		long window = Math.max(1, ceilDiv(this.capacity, this.perSecond));
		header.accept("RateLimit-Policy", "\"points\";q=" + this.capacity + ";w=" + window);
		header.accept("RateLimit", "\"points\";r=" + available + ";t=" + secondsUntil(this.capacity, available));
	}

	private long secondsUntil(long points) {
		return secondsUntil(points, available());
	}

	private long secondsUntil(long points, long available) {
		return points <= available ? 0 : Math.max(1, ceilDiv(points - available, this.perSecond));
	}

	private static long ceilSeconds(long nanos) {
		return nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1);
	}

	private static long ceilDiv(long a, long b) {
		return a / b + (a % b == 0 ? 0 : 1);
	}

}
