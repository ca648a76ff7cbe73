package io.dealgraph;

import io.dealgraph.seed.SeedCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The dealgraph GraphQL service. {@code validate-seeds [dir]} checks the seeds without a database. */
@SpringBootApplication
public class DealgraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && SeedCommand.NAME.equals(args[0])) {
			System.exit(SeedCommand.run(args));
		}
		SpringApplication.run(DealgraphApplication.class, args);
	}

}
