package io.dealgraph;

import io.dealgraph.access.KeysCommand;
import io.dealgraph.config.EmbeddedPostgresConfig;
import io.dealgraph.seed.SeedCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The dealgraph GraphQL service. {@code validate-seeds [dir]} checks the seeds without a database
 * ({@code --diff}: and prints the release a load would make in the configured one, changing nothing);
 * {@code keys create|list|revoke} manages the API keys in the configured database.
 */
@SpringBootApplication
public class DealgraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && SeedCommand.NAME.equals(args[0])) {
			System.exit(SeedCommand.run(DealgraphApplication.class, args));
		}
		if (args.length > 0 && KeysCommand.NAME.equals(args[0])) {
			System.exit(KeysCommand.run(DealgraphApplication.class, args));
		}
		SpringApplication application = new SpringApplication(DealgraphApplication.class);
		// The embedded database (no DB_URL) starts beside the context rather than after most of it.
		application.addListeners(new EmbeddedPostgresConfig.EarlyStart());
		application.run(args);
	}

}
