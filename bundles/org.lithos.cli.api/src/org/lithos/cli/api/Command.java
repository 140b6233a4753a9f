package org.lithos.cli.api;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code lithos} command. Bundles contribute commands as OSGi services (a Declarative Services
 * {@code @Component(service = Command.class)}); the command line collects them, so a command lives beside the code it
 * drives and the command-line bundle knows none of them by name. A command runs with plain streams, so it can be
 * tested without OSGi.
 * <p>
 * A component should also carry its name and summary as the service properties {@link #NAME_PROPERTY} and
 * {@link #SUMMARY_PROPERTY}, the same strings {@link #name()} and {@link #summary()} return:
 *
 * <pre>
 * &#64;Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + CheckCommand.NAME,
 * 		Command.SUMMARY_PROPERTY + "=" + CheckCommand.SUMMARY })
 * </pre>
 *
 * The command line then makes only the command it runs (and none for {@code lithos --help}); a command without them is
 * made at every start of {@code lithos}, whatever runs, to learn its name.
 */
public interface Command {

	/** Service property: the command's {@link #name()}, read before the command is made. */
	String NAME_PROPERTY = "lithos.command.name";
	/** Service property: the command's {@link #summary()}, listed by {@code lithos --help} without making it. */
	String SUMMARY_PROPERTY = "lithos.command.summary";

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the input has errors. */
	int INPUT_ERRORS = 1;
	/** Exit code: the command line is wrong. */
	int USAGE = 2;
	/** Exit code: Lithos itself failed (a bug). */
	int INTERNAL = 3;

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
	 * @return exit code ({@link #OK}, {@link #INPUT_ERRORS}; usage errors are thrown)
	 * @throws UsageException when the arguments are wrong
	 */
	int run(List<String> args, PrintStream out, PrintStream err);
}
