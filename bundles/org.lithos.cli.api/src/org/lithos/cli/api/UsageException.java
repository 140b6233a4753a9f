package org.lithos.cli.api;

/** The command line is wrong: the message says how. */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param message what is wrong with the command line */
	public UsageException(String message) {
		super(message);
	}
}
