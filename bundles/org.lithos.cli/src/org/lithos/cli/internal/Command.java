package org.lithos.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One {@code lithos} command. */
public interface Command {

	/** @return the word that selects it, e.g. {@code check} */
	String name();

	/** @return one line for {@code lithos --help} */
	String summary();

	/** @return the full usage text, ending with a newline */
	String usage();

	/**
	 * @param args arguments after the command word
	 * @param out  results
	 * @param err  summaries and messages
	 * @return exit code
	 * @throws UsageException when the arguments are wrong
	 */
	int run(List<String> args, PrintStream out, PrintStream err);
}
