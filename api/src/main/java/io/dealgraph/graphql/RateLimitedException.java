package io.dealgraph.graphql;

/** A client over one of the API's limits on what it may hold open: RATE_LIMITED naming the limit. */
public class RateLimitedException extends RuntimeException {

	private final String limit;

	private final int maximum;

	public RateLimitedException(String message, String limit, int maximum) {
		super(message);
		this.limit = limit;
		this.maximum = maximum;
	}

	public String limit() {
		return this.limit;
	}

	public int maximum() {
		return this.maximum;
	}

}
