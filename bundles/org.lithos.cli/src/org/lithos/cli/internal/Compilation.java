package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.compiler.Names;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;

/** Validates a file and compiles its studies, printing diagnostics the way {@code lithos check} does. */
final class Compilation {

	private Compilation() {
	}

	/**
	 * @param file the .cell file
	 * @param out  receives errors
	 * @param err  receives warnings and the verdict
	 * @return the compiled studies, or empty when the file has errors (already printed)
	 */
	static Optional<CompiledModel> compile(Path file, PrintStream out, PrintStream err) {
		LithosWorkspace workspace = LithosWorkspace.create();
		// the other files of the folder too, as `lithos check` loads them: a study may import their cells
		List<Resource> targets = workspace.addTargets(List.of(file));
		Resource resource = targets.isEmpty() ? null : targets.get(0);
		List<Problem> problems = workspace.validate();
		problems.forEach(problem -> (problem.isError() ? out : err).println(problem.format()));
		if (resource == null || problems.stream().anyMatch(Problem::isError)) {
			err.println("not compiled: " + file + " has errors");
			return Optional.empty();
		}
		try {
			return Optional.of(new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource),
					file.toString()));
		} catch (CompileException e) {
			out.println(file + ":" + Names.line(e.node()) + ":1: error: " + e.getMessage());
			return Optional.empty();
		}
	}
}
