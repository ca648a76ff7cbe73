package io.dealgraph.access;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here localhost), each forwarded client address has its own bucket, and
 * only what the proxy appended counts: an address the client put in front of it is ignored.
 */
@TestPropertySource(properties = { "dealgraph.rate-limit.enabled=true", "dealgraph.rate-limit.burst=300",
		"dealgraph.rate-limit.per-second=1", "dealgraph.rate-limit.request-points=100",
		"dealgraph.trusted-proxies=127.0.0.1/32,::1" })
class TrustedProxyTests extends ApiTest {

	@Test
	void aTrustedProxysForwardedAddress_getsItsOwnBucket_andAClientsSpoofedAddressIsIgnored() {
		for (int i = 0; i < 3; i++) {
			assertThat(status("203.0.113.7")).isEqualTo(200);
		}
		assertThat(status("203.0.113.7")).isEqualTo(429);
		// Another client behind the same proxy is served from its own bucket.
		assertThat(status("203.0.113.8")).isEqualTo(200);
		// The proxy appends the real address: a client's own X-Forwarded-For in front of it does not count.
		assertThat(status("192.0.2.1, 203.0.113.7")).isEqualTo(429);
		assertThat(status("192.0.2.2, 203.0.113.7")).isEqualTo(429);
	}

	@Test
	void behindATrustedProxy_ipv6ClientsShareABucketPerSlash64() {
		for (int i = 1; i <= 3; i++) {
			assertThat(status("2001:db8:1:2::" + i)).isEqualTo(200);
		}
		assertThat(status("2001:db8:1:2:ffff::9")).isEqualTo(429);
		assertThat(status("2001:db8:1:3::1")).isEqualTo(200);
	}

	@Test
	void aClientsAddress_isItsBucketKey_ipv4AsItIs_ipv6ByItsSlash64() {
		assertThat(AccessFilter.client("203.0.113.7")).isEqualTo("ip:203.0.113.7");
		assertThat(AccessFilter.client("2001:db8:1:2:aaaa::1")).isEqualTo(AccessFilter.client("2001:db8:1:2::ffff"))
			.isEqualTo("ip6:20010db800010002::/64");
		assertThat(AccessFilter.client("::ffff:203.0.113.7")).isEqualTo("ip:203.0.113.7");
	}

	private int status(String forwardedFor) {
		return this.http.post().uri("/graphql")
			.header("X-Forwarded-For", forwardedFor)
			.bodyValue(Map.of("query", "{ deals { totalCount } }"))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
