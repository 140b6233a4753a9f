package org.lithos.dsl.ide.internal.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.dsl.ide.server.LithosLanguageServers;
import org.osgi.service.component.annotations.Component;

/** {@code lithos lsp}: the cell language's server on standard input and output, for VS Code and other editors. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + LspCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + LspCommand.SUMMARY })
public final class LspCommand implements Command {

	/** The command's name, the first argument of {@code lithos lsp}. */
	static final String NAME = "lsp";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "run the language server on stdin/stdout (for VS Code and other LSP editors)";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return SUMMARY;
	}

	@Override
	public String usage() {
		return """
				Usage: lithos lsp [--stdio]

				Runs the cell language's server (Language Server Protocol, JSON-RPC on standard input and
				output) until the editor sends exit or closes the input. It gives the diagnostics of lithos check,
				completion, hover, quick fixes, outline symbols, semantic colouring, formatting, go to
				definition and find references; the built-in material library is always indexed. Messages for
				people go to standard error. --stdio is accepted (and implied) because editors pass it.

				Exit codes: 0 after shutdown and exit, 1 when the editor went away without shutdown.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		new Arguments(args, Set.of(), Set.of("--stdio"));
		// the protocol owns standard output: anything else printed there would corrupt a message
		PrintStream stdout = System.out;
		System.setOut(err);
		try {
			int code = LithosLanguageServers.runOnStreams(System.in, out);
			ArchiveTraining.linkLoadedClasses();
			return code;
		} finally {
			System.setOut(stdout);
		}
	}
}
