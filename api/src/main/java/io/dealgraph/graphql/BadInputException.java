package io.dealgraph.graphql;

/** A client mistake in one argument; reported as BAD_REQUEST naming the argument. */
public class BadInputException extends RuntimeException {

	private final String argument;

	public BadInputException(String argument, String message) {
		super("Argument '" + argument + "' " + message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
