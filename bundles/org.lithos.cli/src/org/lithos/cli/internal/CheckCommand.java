package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.osgi.service.component.annotations.Component;

/** {@code lithos check FILE...}: validates files and prints diagnostics. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + CheckCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + CheckCommand.SUMMARY })
public final class CheckCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "check";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "validate .cell files (a directory means every .cell below it)";

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
				Usage: lithos check [--quiet] FILE|DIR...

				Validates .cell files: syntax, references, units and dimensions, impossible and implausible
				values, cell completeness, protocols and studies. Files in the same folder are loaded too, so
				names resolve across them; the built-in material library is always available (a file of package
				lithos.materials named like one of its files replaces that file: check and try an edited library).

				Prints one line per problem as  file:line:col: error|warning: message
				and a summary on standard error.

				Options:
				  --quiet    print errors only, no warnings

				Exit codes: 0 no errors (warnings allowed), 1 errors, 2 wrong command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--quiet"));
		if (arguments.operands().isEmpty()) {
			throw new UsageException("name at least one .cell file or directory");
		}
		LithosWorkspace workspace = LithosWorkspace.create();
		int files = workspace.addTargets(arguments.operands().stream().map(Path::of).toList()).size();
		List<Problem> problems;
		try (var solvers = SolverServices.teachValidator(SolverServices::registry)) {
			problems = workspace.validate();
		}
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		for (Problem problem : problems) {
			if (problem.isError() || !arguments.flag("--quiet")) {
				out.println(problem.format());
			}
		}
		err.println("checked " + files + (files == 1 ? " file: " : " files: ") + errors
				+ (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
		return errors > 0 ? 1 : 0;
	}
}
