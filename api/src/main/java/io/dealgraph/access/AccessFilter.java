package io.dealgraph.access;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dealgraph.graphql.Clients;
import io.dealgraph.graphql.HttpErrors;
import io.dealgraph.graphql.PointBucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is asking, and whether they may: a request that presents {@code X-API-Key} must present a
 * live issued key (else 401, and nothing is consumed); one that presents none is anonymous, and
 * refused when keys are required. With rate limiting on, each key, or else each client address
 * (an IPv6 client by its /64, which one subscriber holds), has a {@link PointBucket}: the request
 * takes its request points here, so that requests refused before execution are paid for too,
 * and the GraphQL layer reserves the rest of its requested cost and refunds what it did not use.
 * <p>
 * The client address is the connection's, or the one a trusted proxy forwarded: Tomcat's
 * RemoteIpValve ({@link TrustedProxies}) has already set it before this filter runs.
 */
final class AccessFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final Limits limits;

	/** Buckets of keys, bounded by the keys issued (an unknown key never gets one). */
	private final Cache<String, PointBucket> keyBuckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	/** Buckets of anonymous clients, apart from the keys' so that many addresses cannot evict a key's. */
	private final Cache<String, PointBucket> addressBuckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/** Requests in flight per client: the key's hash, else the address. */
	private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	/**
	 * What this filter enforces: required keys, the default bucket (null: no rate limit), and how
	 * many requests one client may have in flight.
	 */
	record Limits(boolean requireKey, Long burst, Long perSecond, long requestPoints, int maxConcurrent) {
	}

	AccessFilter(ApiKeys keys, Limits limits) {
		this.keys = keys;
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		PointBucket bucket;
		String client;
		if (presented != null) {
			Optional<ApiKey> key = this.keys.find(presented.trim());
			if (key.isEmpty()) {
				unauthenticated(response, "The X-API-Key is not a live key issued for this API; ask the operator for one");
				return;
			}
			client = "key:" + key.get().keyHash();
			bucket = this.limits.burst() == null ? null : this.keyBuckets.get(key.get().keyHash(), hash -> new PointBucket(
					orDefault(key.get().burst(), this.limits.burst()), orDefault(key.get().perSecond(), this.limits.perSecond()),
					this.limits.requestPoints()));
		}
		else if (this.limits.requireKey()) {
			unauthenticated(response, "This API requires an issued key in the X-API-Key header");
			return;
		}
		else {
			client = client(request.getRemoteAddr());
			bucket = this.limits.burst() == null ? null : this.addressBuckets.get(client,
					address -> new PointBucket(this.limits.burst(), this.limits.perSecond(), this.limits.requestPoints()));
		}
		if (bucket != null) {
			request.setAttribute(PointBucket.ATTRIBUTE, bucket);
			long wait = bucket.take(bucket.requestPoints());
			if (wait > 0) {
				response.setHeader("Retry-After", String.valueOf(wait));
				HttpErrors.write(request, response, 429, "RATE_LIMITED",
						"Too many requests; retry after " + wait + " s", Map.of("retryAfter", wait));
				return;
			}
		}
		request.setAttribute(Clients.ATTRIBUTE, client);
		// As GitHub's secondary limits: one client's concurrent requests are capped, so none takes the whole pool.
		int running = this.inFlight.compute(client, (c, count) -> {
			AtomicInteger counted = count != null ? count : new AtomicInteger();
			counted.incrementAndGet();
			return counted;
		}).get();
		if (running > this.limits.maxConcurrent()) {
			release(client);
			response.setHeader("Retry-After", "1");
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("limit", "concurrentRequests");
			extensions.put("maximum", this.limits.maxConcurrent());
			extensions.put("retryAfter", 1);
			HttpErrors.write(request, response, 429, "RATE_LIMITED", "This client already has " + this.limits.maxConcurrent()
					+ " requests in flight, the most one client may; send the next when one is answered", extensions);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			release(client);
		}
	}

	/** One request of the client's fewer in flight; a client with none keeps no entry. */
	private void release(String client) {
		this.inFlight.computeIfPresent(client, (c, running) -> running.decrementAndGet() <= 0 ? null : running);
	}

	private static long orDefault(Long value, long fallback) {
		return value != null ? value : fallback;
	}

	private static void unauthenticated(HttpServletResponse response, String message) throws IOException {
		response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
		HttpErrors.write(null, response, 401, "UNAUTHENTICATED", message, Map.of());
	}

	/** The bucket key of an address: IPv4 as it is, IPv6 by its first 64 bits. */
	static String client(String address) {
		return Clients.address(address);
	}

}
