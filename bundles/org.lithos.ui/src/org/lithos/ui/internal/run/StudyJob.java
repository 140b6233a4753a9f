package org.lithos.ui.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.progress.IProgressConstants;
import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.compiler.Names;
import org.lithos.dsl.validation.SolverIds;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunListener;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.sim.store.OutputLock;
import org.lithos.sim.store.StudyIndex;
import org.lithos.solver.api.SolverRegistry;

/**
 * Runs the studies of a .cell file in the background, exactly as `lithos run FILE` does: the same compilation, the
 * same {@link StudyRunner} with the same options (all cores, charts on), the same report and folder layout, and the
 * same lines in the console. Cancelling the job (the Progress view's button, or the Runs view's) cancels the
 * runner: runs in flight stop, queued runs never start, and finished runs stay on disk.
 */
public final class StudyJob extends Job {

	/** The family of study jobs, to find or cancel them all. */
	public static final Object FAMILY = StudyJob.class;

	private final Path file;
	private final Path output;
	private final RunConsole console;
	private final Problems problems;
	private final RunViews views;
	private volatile StudyRunner runner;
	private final List<StudyRun> studyRuns = new java.util.concurrent.CopyOnWriteArrayList<>();

	/**
	 * @param file     the .cell file
	 * @param output   the output folder for the file (one sub-folder per study), as `lithos run --out`
	 * @param console  where the command line's messages go
	 * @param problems where the file's problems are marked, if it is in the workspace
	 * @param views    the views of the window the run was started in, put in front as the run goes
	 */
	public StudyJob(Path file, Path output, RunConsole console, Problems problems, RunViews views) {
		super("Running the studies of " + file.getFileName());
		this.file = file;
		this.output = output;
		this.console = console;
		this.problems = problems;
		this.views = views;
		setPriority(LONG);
		// failures show in the Progress view, the console and the Problems view, not in a dialog over the editor
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	/** @return the study runs this job started so far, in the file's order */
	public List<StudyRun> studyRuns() {
		return List.copyOf(studyRuns);
	}

	/**
	 * @param run a study run
	 * @return whether this job runs it
	 */
	public boolean runs(StudyRun run) {
		return studyRuns.contains(run);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected void canceling() {
		StudyRunner current = runner;
		if (current != null) {
			current.cancel();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RunTranscript transcript = console.transcript();
		console.started("lithos run " + file + " --out " + output);
		views.showConsole(console);
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		// one run at a time per output folder, as on the command line: a second one is refused at once
		try (OutputLock lock = OutputLock.acquire(output.resolve(".lithos.lock"), output)) {
			return compileAndRun(transcript, progress, monitor);
		} catch (OutputFolderException e) {
			transcript.refused(e.getMessage());
			return Status.error(e.getMessage());
		} finally {
			console.ended();
		}
	}

	private IStatus compileAndRun(RunTranscript transcript, SubMonitor progress, IProgressMonitor monitor) {
		progress.subTask("Checking " + file.getFileName());
		Optional<CompiledModel> compiled;
		try (var installed = SolverIds.install(Solvers::ids)) {
			compiled = compile(transcript);
		}
		progress.worked(5);
		if (compiled.isEmpty()) {
			return Status.error(file.getFileName() + " has errors; see the Problems view and the console");
		}
		List<StudyInput> studies = compiled.get().getStudies();
		if (studies.isEmpty()) {
			transcript.noStudies(file);
			return Status.error(file + " has no studies to run");
		}
		Optional<SolverRegistry> solvers = Solvers.registry();
		if (solvers.isEmpty()) {
			transcript.noRegistry();
			return Status.error("no solver registry is available (Declarative Services is not running)");
		}
		runner = new StudyRunner(solvers.get(), new JFreeImageRenderer());
		if (monitor.isCanceled()) {
			runner.cancel();
		}
		int totalRuns = studies.stream().mapToInt(s -> s.getRuns().size()).sum();
		SubMonitor runs = progress.split(95).setWorkRemaining(Math.max(1, totalRuns) * 100);
		List<RunOutcome> all = new ArrayList<>();
		try {
			for (StudyInput study : studies) {
				if (runner.isCancelled()) {
					break;
				}
				all.addAll(runStudy(study, transcript, runs));
			}
			if (studies.size() > 1 || Files.exists(output.resolve(StudyIndex.FILE))) {
				StudyIndex.write(output);
			}
		} catch (OutputFolderException e) {
			transcript.refused(e.getMessage());
			return Status.error(e.getMessage());
		} catch (IOException e) {
			transcript.indexNotWritten(output, e.getMessage());
		}
		long unfinished = all.stream().filter(o -> !o.finished()).count();
		transcript.finished(output, unfinished, all.size());
		if (runner.isCancelled()) {
			transcript.interrupted();
			return Status.CANCEL_STATUS;
		}
		return unfinished == 0 ? Status.OK_STATUS
				: Status.warning(unfinished + " of " + all.size() + " runs did not finish; see the console");
	}

	private Optional<CompiledModel> compile(RunTranscript transcript) {
		LithosWorkspace workspace = LithosWorkspace.create();
		// the other files of the folder too, as `lithos run` and `lithos check` load them
		List<Resource> targets = workspace.addTargets(List.of(file));
		Resource resource = targets.isEmpty() ? null : targets.get(0);
		List<Problem> found = workspace.validate();
		found.forEach(transcript::problem);
		if (problems.mark(file, found)) {
			views.showProblems();
		}
		if (resource == null || found.stream().anyMatch(Problem::isError)) {
			transcript.notCompiled(file);
			return Optional.empty();
		}
		try {
			return Optional.of(new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource),
					file.toString()));
		} catch (CompileException e) {
			transcript.compileError(file, Names.line(e.node()), e.getMessage());
			return Optional.empty();
		}
	}

	private List<RunOutcome> runStudy(StudyInput study, RunTranscript transcript, SubMonitor runs) {
		String simple = study.getName().substring(study.getName().lastIndexOf('.') + 1);
		RunOptions options = new RunOptions(output.resolve(simple), Runtime.getRuntime().availableProcessors(), null,
				null, ChartLevel.automatic(study.getRuns().size()));
		StudyRun run = new StudyRun(file, simple, options.output(), Instant.now());
		run.begin(study);
		studyRuns.add(run);
		RunHistory.get().added(run);
		AtomicInteger ended = new AtomicInteger();
		int total = study.getRuns().size();
		RunListener listener = new RunListener() {
			@Override
			public void studyStarted(int count) {
				transcript.studyStarted(simple, count);
				runs.subTask(simple + ": 0 of " + count + " runs");
			}

			@Override
			public void runEnded(RunOutcome outcome) {
				int done = ended.incrementAndGet();
				transcript.runEnded(done, total, outcome);
				synchronized (runs) {
					runs.worked(100);
					runs.subTask(simple + ": " + done + " of " + total + " runs");
				}
				run.runEnded(outcome);
				RunHistory.get().changed(run);
			}
		};
		try {
			List<RunOutcome> outcomes = runner.run(study, options, listener);
			transcript.studyEnded(simple, outcomes);
			run.end(outcomes, runner.isCancelled());
			return outcomes;
		} catch (OutputFolderException e) {
			run.end(List.of(), true);
			throw e;
		} finally {
			RunHistory.get().changed(run);
		}
	}
}
