package org.lithos.ui.internal.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.validation.SolverIds;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;

/**
 * What a study asks that its results folder does not keep, its {@code expect}, {@code plot} and {@code data}
 * clauses, taken from the .cell file it was run from, so that a study of an earlier session shows the measured
 * values and curves beside its predictions too. Only while the file still compiles and defines the study with the
 * same runs: a file changed since could otherwise put markers on runs they were never about. Toolkit-free.
 */
final class StudyQuestions {

	private StudyQuestions() {
	}

	/**
	 * @param file   the .cell file the study was run from (nothing happens when it is gone)
	 * @param stored the study as read back from its folder; its expectations and plots are added to
	 */
	static void addFromFile(Path file, StudyInput stored) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (var installed = SolverIds.install(Solvers::ids)) {
			LithosWorkspace workspace = LithosWorkspace.create();
			List<Resource> targets = workspace.addTargets(List.of(file));
			if (targets.isEmpty() || workspace.validate().stream().anyMatch(Problem::isError)) {
				return;
			}
			CompiledModel model = new LithosCompiler(workspace.resourceSet())
					.compile(LithosWorkspace.model(targets.get(0)), file.toString());
			for (StudyInput study : model.getStudies()) {
				if (study.getName().equals(stored.getName()) && runIds(study).equals(runIds(stored))) {
					stored.getExpectations().addAll(EcoreUtil.copyAll(study.getExpectations()));
					stored.getPlots().addAll(EcoreUtil.copyAll(study.getPlots()));
					stored.getMeasured().addAll(EcoreUtil.copyAll(study.getMeasured()));
				}
			}
		} catch (CompileException | RuntimeException e) {
			ILog.of(StudyQuestions.class).warn("the expectations of " + stored.getName() + " are not shown: "
					+ file + " does not compile (" + e.getMessage() + ")");
		}
	}

	private static List<String> runIds(StudyInput study) {
		return study.getRuns().stream().map(SimulationInput::getId).toList();
	}
}
