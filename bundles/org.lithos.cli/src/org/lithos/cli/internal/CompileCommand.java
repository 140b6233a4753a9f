package org.lithos.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.compiler.Names;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.model.io.ModelJson;
import org.lithos.model.io.ModelXmi;

/** {@code lithos compile FILE [--out DIR]}: writes the simulation inputs of a file's studies. */
public final class CompileCommand implements Command {

	@Override
	public String name() {
		return "compile";
	}

	@Override
	public String summary() {
		return "compile a file's studies into simulation inputs (XMI and JSON) for inspection";
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
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addTarget(file, file.toString());
		List<Problem> problems = workspace.validate();
		problems.forEach(problem -> (problem.isError() ? out : err).println(problem.format()));
		if (resource == null || problems.stream().anyMatch(Problem::isError)) {
			err.println("not compiled: " + file + " has errors");
			return 1;
		}
		CompiledModel compiled;
		try {
			compiled = new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource), file.toString());
		} catch (CompileException e) {
			out.println(file + ":" + Names.line(e.node()) + ":1: error: " + e.getMessage());
			return 1;
		}
		String name = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path xmi = folder.resolve(name + ".input.xmi");
		Path json = folder.resolve(name + ".input.json");
		try {
			ModelXmi.save(compiled, xmi);
			ModelJson.save(compiled, json);
		} catch (IOException e) {
			err.println("lithos compile: cannot write to " + folder + ": " + e.getMessage());
			return 1;
		}
		for (StudyInput study : compiled.getStudies()) {
			int steps = study.getRuns().stream().mapToInt(r -> r.getProtocol().getSteps().size()).sum();
			out.println("study " + study.getName() + ": " + study.getRuns().size() + " runs, " + steps + " steps, "
					+ study.getExpectations().size() + " expectations");
		}
		out.println("wrote " + xmi + " and " + json);
		return 0;
	}
}
