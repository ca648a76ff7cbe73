package io.dealgraph.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One client's requests in flight are capped, as GitHub's secondary limits cap them: no client takes the whole pool. */
class ClientConcurrencyTests {

	static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void aClientsRequestsPastItsShare_get429_whileOtherClientsAreServed_andItsShareComesBack() throws Exception {
		AccessFilter filter = new AccessFilter(null, new AccessFilter.Limits(false, null, null, 100, 4));
		CountDownLatch running = new CountDownLatch(4);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<MockHttpServletResponse>> held = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				held.add(pool.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					filter.doFilter(from("203.0.113.7"), response, (request, answer) -> {
						running.countDown();
						try {
							release.await(10, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					});
					return response;
				}));
			}
			assertThat(running.await(10, TimeUnit.SECONDS)).as("four requests of one client in flight").isTrue();

			MockHttpServletResponse fifth = new MockHttpServletResponse();
			filter.doFilter(from("203.0.113.7"), fifth, new MockFilterChain());
			assertThat(fifth.getStatus()).isEqualTo(429);
			assertThat(fifth.getHeader("Retry-After")).isEqualTo("1");
			assertThat(fifth.getContentAsString()).contains("RATE_LIMITED", "concurrentRequests", "4 requests in flight");

			MockHttpServletResponse other = new MockHttpServletResponse();
			MockFilterChain served = new MockFilterChain();
			filter.doFilter(from("198.51.100.9"), other, served);
			assertThat(other.getStatus()).as("another client").isEqualTo(200);
			assertThat(served.getRequest()).isNotNull();

			release.countDown();
			for (Future<MockHttpServletResponse> response : held) {
				assertThat(response.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
			}
			MockHttpServletResponse again = new MockHttpServletResponse();
			filter.doFilter(from("203.0.113.7"), again, new MockFilterChain());
			assertThat(again.getStatus()).as("once its requests are answered").isEqualTo(200);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

}
