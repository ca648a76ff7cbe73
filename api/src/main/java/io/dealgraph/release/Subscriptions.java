package io.dealgraph.release;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.dealgraph.graphql.Clients;
import io.dealgraph.graphql.RateLimitedException;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code subscription { releaseLoaded }}, over Server-Sent Events and WebSocket alike. Opening
 * one passes the same API key check and rate limit as a query (at the request or the handshake);
 * each client may hold at most {@code dealgraph.subscriptions.max-per-client} open, the instance
 * at most {@code max-per-instance}, and one with no release for {@code idle-timeout} completes
 * (clients subscribe again). Keep-alives are the transports' own (application.yml).
 */
@Controller
class Subscriptions {

	private final ReleaseFeed feed;

	private final int maxPerClient;

	private final int maxPerInstance;

	private final Duration idleTimeout;

	private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

	private final AtomicInteger total = new AtomicInteger();

	Subscriptions(ReleaseFeed feed, @Value("${dealgraph.subscriptions.max-per-client:5}") int maxPerClient,
			@Value("${dealgraph.subscriptions.max-per-instance:2000}") int maxPerInstance,
			@Value("${dealgraph.subscriptions.idle-timeout:30m}") Duration idleTimeout, MeterRegistry meters) {
		this.feed = feed;
		io.micrometer.core.instrument.Gauge.builder("dealgraph.subscriptions.open", this.total, AtomicInteger::get)
			.description("Subscriptions open on this instance, over SSE and WebSocket")
			.register(meters);
		this.maxPerClient = maxPerClient;
		this.maxPerInstance = maxPerInstance;
		this.idleTimeout = idleTimeout;
	}

	@SubscriptionMapping
	Flux<ReleaseFeed.Loaded> releaseLoaded(GraphQLContext context) {
		String client = context.getOrDefault(Clients.ATTRIBUTE, "unknown");
		// Counted once the transport subscribes, so a stream never subscribed to holds no place.
		return Flux.defer(() -> {
			open(client);
			return this.feed.releases().timeout(this.idleTimeout, Flux.empty()).doFinally(signal -> close(client));
		});
	}

	/** One more subscription of the client's, or RATE_LIMITED over either limit. */
	private void open(String client) {
		if (this.total.incrementAndGet() > this.maxPerInstance) {
			this.total.decrementAndGet();
			throw new RateLimitedException("This instance already holds " + this.maxPerInstance
					+ " subscriptions, the most it serves; try again later or another instance", "subscriptions",
					this.maxPerInstance);
		}
		int held = this.open.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
		if (held > this.maxPerClient) {
			close(client);
			throw new RateLimitedException("This client already holds " + this.maxPerClient
					+ " subscriptions, the most one client may; close one first", "subscriptionsPerClient", this.maxPerClient);
		}
	}

	private void close(String client) {
		this.total.decrementAndGet();
		this.open.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
	}

}
