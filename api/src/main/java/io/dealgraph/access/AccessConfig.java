package io.dealgraph.access;

import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Issued keys, trusted proxies and the point buckets, in front of {@code /graphql}, the feed and the exports. */
@Configuration(proxyBeanMethods = false)
class AccessConfig {

	@Bean
	FilterRegistrationBean<AccessFilter> accessFilter(ApiKeys keys,
			@Value("${dealgraph.require-api-key:false}") boolean requireKey,
			@Value("${dealgraph.rate-limit.enabled:false}") boolean rateLimited,
			@Value("${dealgraph.rate-limit.burst}") long burst, @Value("${dealgraph.rate-limit.per-second}") long perSecond,
			@Value("${dealgraph.rate-limit.request-points}") long requestPoints,
			@Value("${dealgraph.limits.max-concurrent-per-client}") int maxConcurrent) {
		AccessFilter.Limits limits = new AccessFilter.Limits(requireKey, rateLimited ? burst : null,
				rateLimited ? perSecond : null, requestPoints, maxConcurrent);
		FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(new AccessFilter(keys, limits));
		// The feed of changes and the exports are the API too: the same keys, rate limit and concurrency.
		registration.addUrlPatterns("/graphql", "/changes.atom", "/export/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Tomcat's own RemoteIpValve, set up only from our setting (Boot's is off: see application.yml). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
			@Value("${dealgraph.trusted-proxies:}") String setting) {
		List<String> blocks = TrustedProxies.parse(setting);
		return factory -> {
			RemoteIpValve valve = TrustedProxies.valve(blocks);
			if (valve != null) {
				factory.addEngineValves(valve);
			}
		};
	}

}
