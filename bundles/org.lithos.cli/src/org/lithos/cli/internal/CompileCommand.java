package org.lithos.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.StudyInput;
import org.lithos.model.io.ModelJson;
import org.lithos.model.io.ModelXmi;
import org.osgi.service.component.annotations.Component;

/** {@code lithos compile FILE [--out DIR]}: writes the simulation inputs of a file's studies. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + CompileCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + CompileCommand.SUMMARY })
public final class CompileCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "compile";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "compile a file's studies into simulation inputs (XMI and JSON) for inspection";

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
				Usage: lithos compile FILE [--out DIR]

				Validates FILE and, when it has no errors, compiles its studies into SimulationInput models:
				SI units, materials resolved, protocols flattened into concrete steps, sweeps expanded.
				Writes DIR/NAME.input.xmi and DIR/NAME.input.json (NAME = the file name without .cell);
				files are written atomically, so an interrupted run never leaves half a file.

				Options:
				  --out DIR   output folder (default: lithos-out)

				Exit codes: 0 written, 1 the file has errors, 2 wrong command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--out"), Set.of());
		if (arguments.operands().size() != 1) {
			throw new UsageException("name exactly one .cell file");
		}
		Path file = Path.of(arguments.operands().get(0));
		Path folder = Path.of(arguments.option("--out", "lithos-out"));
		java.util.Optional<org.lithos.model.CompiledModel> compiled;
		try (var solvers = SolverServices.teachValidator(SolverServices::registry)) {
			compiled = Compilation.compile(file, out, err);
		}
		if (compiled.isEmpty()) {
			return 1;
		}
		String name = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path xmi = folder.resolve(name + ".input.xmi");
		Path json = folder.resolve(name + ".input.json");
		try {
			ModelXmi.save(compiled.get(), xmi);
			ModelJson.save(compiled.get(), json);
		} catch (IOException e) {
			err.println("lithos compile: cannot write to " + folder + ": " + e.getMessage());
			return 1;
		}
		for (StudyInput study : compiled.get().getStudies()) {
			int steps = study.getRuns().stream().mapToInt(r -> r.getProtocol().getSteps().size()).sum();
			out.println("study " + study.getName() + ": " + study.getRuns().size() + (study.getRuns().size() == 1 ? " run, " : " runs, ") + steps
					+ (steps == 1 ? " step, " : " steps, ") + study.getExpectations().size()
					+ (study.getExpectations().size() == 1 ? " expectation" : " expectations"));
		}
		out.println("wrote " + xmi + " and " + json);
		return 0;
	}
}
