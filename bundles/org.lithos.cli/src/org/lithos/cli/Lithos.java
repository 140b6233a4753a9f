package org.lithos.cli;

import static org.lithos.cli.api.Command.INTERNAL;
import static org.lithos.cli.api.Command.OK;
import static org.lithos.cli.api.Command.USAGE;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.text.Suggest;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Dispatches {@code lithos COMMAND ARGS...}. Exit codes: 0 success, 1 the input has errors, 2 the command line
 * itself is wrong, 3 an internal failure (a bug: the message says where to report it).
 */
public final class Lithos {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, ListedCommand> commands = new LinkedHashMap<>();

	/**
	 * @param out      where results go
	 * @param err      where diagnostics summaries, usage errors and progress go
	 * @param commands the commands, made already; listed by name
	 * @throws IllegalArgumentException when two commands have the same name
	 */
	public Lithos(PrintStream out, PrintStream err, Collection<? extends Command> commands) {
		this(out, err, commands.stream().map(ListedCommand::of).toList());
	}

	/**
	 * @param out      where results go
	 * @param err      where diagnostics summaries, usage errors and progress go
	 * @param commands the commands by name (in OSGi: every {@link Command} service), made only when one runs or its
	 *                 usage is asked for
	 * @throws IllegalArgumentException when two commands have the same name
	 */
	public Lithos(PrintStream out, PrintStream err, List<ListedCommand> commands) {
		this.out = out;
		this.err = err;
		commands.stream().sorted(Comparator.comparing(ListedCommand::name)).forEach(command -> {
			ListedCommand other = this.commands.putIfAbsent(command.name(), command);
			if (other != null) {
				throw new IllegalArgumentException("two commands are called '" + command.name() + "'" + origins(other, command));
			}
		});
	}

	private static String origins(ListedCommand first, ListedCommand second) {
		return first.isMade() && second.isMade()
				? ": " + first.command().getClass().getName() + " and " + second.command().getClass().getName()
				: "";
	}

	/**
	 * @param args the command line, without the program name
	 * @return the exit code
	 */
	public int run(String[] args) {
		if (args.length == 0 || isHelp(args[0])) {
			printHelp(out);
			return args.length == 0 ? USAGE : OK;
		}
		if (args[0].equals("--version") || args[0].equals("-V") || args[0].equals("version")) {
			out.println("lithos " + version());
			return OK;
		}
		if (args[0].equals("help")) {
			if (args.length > 1 && commands.containsKey(args[1])) {
				return usage(commands.get(args[1]));
			}
			printHelp(out);
			return OK;
		}
		if (args[0].startsWith("-")) {
			err.println("lithos: unknown option '" + args[0] + "'. Run 'lithos --help' for the commands.");
			return USAGE;
		}
		ListedCommand listed = commands.get(args[0]);
		if (listed == null) {
			String suggestion = Suggest.closest(args[0], commands.keySet()).map(s -> " Did you mean '" + s + "'?").orElse("");
			err.println("lithos: unknown command '" + args[0] + "'." + suggestion + " Run 'lithos --help' for the commands.");
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.stream().anyMatch(Lithos::isHelp)) {
			return usage(listed);
		}
		String name = listed.name();
		try {
			return listed.command().run(rest, out, err);
		} catch (UsageException e) {
			err.println("lithos " + name + ": " + e.getMessage());
			err.println("Run 'lithos " + name + " --help' for its usage.");
			return USAGE;
		} catch (RuntimeException | Error e) {
			return internalError(name, e);
		}
	}

	private int usage(ListedCommand listed) {
		try {
			out.print(listed.command().usage());
			return OK;
		} catch (RuntimeException | Error e) {
			return internalError(listed.name(), e);
		}
	}

	private int internalError(String name, Throwable e) {
		err.println("lithos " + name + ": internal error: " + e);
		StackTraceElement[] trace = e.getStackTrace();
		if (trace.length > 0) {
			err.println("  at " + trace[0]);
		}
		err.println("This is a bug in Lithos; please report it with the command and input that caused it.");
		return INTERNAL;
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	private void printHelp(PrintStream stream) {
		stream.println("lithos " + version() + " - modelling anode-free solid-state lithium cells");
		stream.println();
		stream.println("Usage: lithos COMMAND [ARGS...]");
		stream.println();
		stream.println("Commands:");
		for (ListedCommand command : commands.values()) {
			stream.printf("  %-10s %s%n", command.name(), command.summary());
		}
		stream.printf("  %-10s %s%n", "studio", "start Lithos Studio (the RCP application; from the ./lithos launcher)");
		stream.println();
		stream.println("Options: --help (also after a command), --version");
		stream.println("Exit codes: 0 ok, 1 errors in the input, 2 wrong command line, 3 internal error.");
	}

	/** @return the bundle version when running in OSGi, else "dev" */
	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Lithos.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
