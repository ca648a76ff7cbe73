package io.dealgraph.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the bundled GraphiQL page at {@code /graphiql} and the dashboard at {@code /dashboard},
 * both from the jar (static resources and webjars), never from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/dashboard").setViewName("forward:/dashboard/index.html");
		registry.addRedirectViewController("/", "/graphiql");
	}

}
