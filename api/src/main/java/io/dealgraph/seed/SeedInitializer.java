package io.dealgraph.seed;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Loads the seeds at start-up, after the migrations and before the server accepts requests.
 * {@code dealgraph.seed.location} points at a directory ({@code file:seeds}) or the packaged copy.
 */
@Component
@DependsOnDatabaseInitialization
@ConditionalOnBooleanProperty(name = "dealgraph.seed.load-on-startup", matchIfMissing = true)
class SeedInitializer implements InitializingBean {

	private final SeedLoader loader;

	private final String location;

	SeedInitializer(SeedLoader loader, @Value("${dealgraph.seed.location:classpath:seeds}") String location) {
		this.loader = loader;
		this.location = location;
	}

	@Override
	public void afterPropertiesSet() {
		this.loader.load(this.location.startsWith("file:")
				? SeedFiles.fromDirectory(java.nio.file.Path.of(this.location.substring("file:".length())))
				: SeedFiles.fromClasspath(this.location));
	}

}
