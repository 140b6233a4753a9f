package org.lithos.cli;

import java.util.Objects;
import java.util.function.Supplier;

import org.lithos.cli.api.Command;

/**
 * A command as the dispatcher lists it: its name and summary, known before the command is made (in OSGi from the
 * {@link Command} service's properties), and the way to make it. {@code lithos lsp} then activates the language
 * server's command alone, not every command of every bundle with the solvers and renderers they use.
 */
public final class ListedCommand {

	private final String name;
	private final String summary;
	private final Supplier<? extends Command> maker;
	private Command made;

	private ListedCommand(String name, String summary, Supplier<? extends Command> maker, Command made) {
		this.name = Objects.requireNonNull(name, "name");
		this.summary = summary;
		this.maker = maker;
		this.made = made;
	}

	/**
	 * @param command a command already made
	 * @return it, listed under its own name and summary
	 */
	public static ListedCommand of(Command command) {
		return new ListedCommand(command.name(), command.summary(), () -> command, command);
	}

	/**
	 * @param name    the name the command will have
	 * @param summary its one-line summary, or null to ask the command (which makes it)
	 * @param maker   makes the command (in OSGi: gets the service, which activates its component); may give null when
	 *                the command cannot be made
	 * @return a command made when it is first needed
	 */
	public static ListedCommand lazy(String name, String summary, Supplier<? extends Command> maker) {
		return new ListedCommand(name, summary, Objects.requireNonNull(maker, "maker"), null);
	}

	/** @return the word that selects the command */
	public String name() {
		return name;
	}

	/** @return the one-line summary for {@code lithos --help} (makes the command when it was listed without one) */
	public String summary() {
		return summary != null ? summary : command().summary();
	}

	/** @return whether the command has been made */
	public boolean isMade() {
		return made != null;
	}

	/**
	 * @return the command, made on the first call
	 * @throws IllegalStateException when it cannot be made or its name is not the one it was listed under (a bug of the
	 *                               bundle that contributes it)
	 */
	public Command command() {
		if (made == null) {
			Command command = maker.get();
			if (command == null) {
				throw new IllegalStateException("the command '" + name + "' could not be made");
			}
			if (!name.equals(command.name())) {
				throw new IllegalStateException("the command listed as '" + name + "' calls itself '" + command.name()
						+ "' (" + command.getClass().getName() + ": its " + Command.NAME_PROPERTY + " differs from its name())");
			}
			made = command;
		}
		return made;
	}
}
