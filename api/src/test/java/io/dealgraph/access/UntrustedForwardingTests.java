package io.dealgraph.access;

import java.util.Map;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With no trusted proxy (the default), no forwarded header moves a client to another bucket. */
@TestPropertySource(properties = { "dealgraph.rate-limit.enabled=true", "dealgraph.rate-limit.burst=1000",
		"dealgraph.rate-limit.per-second=1", "dealgraph.rate-limit.request-points=100" })
class UntrustedForwardingTests extends ApiTest {

	@Test
	void rotatingForwardedAddressesFromAnUntrustedPeer_neverEscapesItsBucket() {
		int served = 0;
		for (int i = 0; i < 14; i++) {
			int status = this.http.post().uri("/graphql")
				.header("X-Forwarded-For", "203.0.113." + i)
				.header("Forwarded", "for=\"198.51.100." + i + "\"")
				.header("X-Real-IP", "192.0.2." + i)
				.bodyValue(Map.of("query", "{ deals { totalCount } }"))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			if (status == 200) {
				served++;
			}
			else {
				assertThat(status).isEqualTo(429);
			}
		}
		// One bucket of 1,000 points for the connection's address, whatever the headers say.
		assertThat(served).isEqualTo(10);
	}

	@Test
	void trustedProxies_areCidrBlocksOrAddresses_andABadOneStopsTheStartWithTheReason() {
		assertThat(TrustedProxies.parse(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8,::1")).containsExactly("10.0.0.0/8",
				"192.168.1.7/32", "fd00::/8", "::1/128");
		assertThat(TrustedProxies.parse("")).isEmpty();
		assertThat(TrustedProxies.valve(TrustedProxies.parse(""))).isNull();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"))
			.hasMessageContaining("DEALGRAPH_TRUSTED_PROXIES: 'proxy.internal' is not an address or CIDR block");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
			.hasMessageContaining("'10.0.0.0/33'");
	}

}
