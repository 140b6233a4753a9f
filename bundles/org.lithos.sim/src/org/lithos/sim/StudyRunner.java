package org.lithos.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lithos.charts.render.ImageRenderer;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome.State;
import org.lithos.sim.internal.RunMonitor;
import org.lithos.sim.store.MorphologyPictures;
import org.lithos.sim.store.ResultStore;
import org.lithos.sim.store.RunCharts;
import org.lithos.sim.store.StudyFolder;
import org.lithos.sim.store.StudyReport;
import org.lithos.sim.store.StudyStatus;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.SolverRegistry;

/**
 * Runs every run of a study on a pool of threads and leaves its folder under the {@link StudyFolder} contract: one
 * writer at a time, the folder replaced whole when the study ends, a {@code study.json} that says how it ended,
 * a folder only for runs that finished. One failing run never stops the others; a cancel (Ctrl-C) stops the study
 * after the runs in flight notice it, and the runs that finished before are kept and listed with the cancelled
 * ones. This is the one way to run a study: the command line and the studio both call it.
 */
public final class StudyRunner {

	private final SolverRegistry registry;
	/** Draws the charts and pictures; null when the caller has no renderer, and then none are drawn. */
	private final ImageRenderer images;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	/**
	 * A runner that draws no charts or pictures, whatever the options ask: for studies whose numbers alone matter
	 * (validation, benchmarks).
	 *
	 * @param registry where solvers come from
	 */
	public StudyRunner(SolverRegistry registry) {
		this(registry, null);
	}

	/**
	 * A runner that draws the charts and pictures the options ask for. The renderer comes from the caller (the
	 * command line takes the OSGi {@link ImageRenderer} service), so this bundle loads no drawing toolkit.
	 *
	 * @param registry where solvers come from
	 * @param images   draws charts and deposit pictures into image files; null for none
	 */
	public StudyRunner(SolverRegistry registry, ImageRenderer images) {
		this.registry = registry;
		this.images = images;
	}

	/** Asks the study to stop: runs in flight are cancelled, queued runs never start. Thread-safe. */
	public void cancel() {
		cancelled.set(true);
	}

	/** @return whether {@link #cancel()} was called */
	public boolean isCancelled() {
		return cancelled.get();
	}

	/**
	 * Runs a study into {@code options.output()}, the study's folder, and writes its report and study.json there.
	 *
	 * @param study    a compiled study
	 * @param options  where and how
	 * @param listener progress
	 * @return one outcome per run, in the study's order; finished runs' folders are below the study's folder
	 * @throws OutputFolderException before any run starts when the folder cannot take results (a file, not
	 *                               writable, full, or locked by another run), or at the end when the results
	 *                               could not be written (the previous folder is then unchanged)
	 */
	public List<RunOutcome> run(StudyInput study, RunOptions options, RunListener listener) {
		Instant started = Instant.now();
		preload();
		try (StudyFolder folder = StudyFolder.open(options.output())) {
			List<RunOutcome> outcomes = runAll(study, options, folder, listener);
			try {
				// an interrupted study is recorded at once: no charts across runs, which take seconds to draw
				StudyReport.write(study, outcomes, Comparison.of(study, outcomes), folder.staging(),
						cancelled.get() ? ChartLevel.NONE : charts(options), images);
				StudyStatus.write(study, outcomes, started, folder.staging());
				folder.publish();
			} catch (IOException | RuntimeException | LinkageError e) {
				throw new OutputFolderException(options.output(), "cannot write the results of " + study.getName()
						+ " to " + options.output() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage())
						+ "; the folder is unchanged", e);
			}
			return outcomes;
		}
	}

	/**
	 * Loads what recording a study needs before any run starts: on Ctrl-C the framework may close its bundles' files
	 * while the runner records the cancelled study, and a class loaded only then would fail to load.
	 */
	private static void preload() {
		List<Class<?>> needed = List.of(StudyStatus.class, StudyStatus.Ending.class, StudyReport.class,
				Comparison.class, org.lithos.sim.store.StoreFiles.class, org.lithos.model.io.AtomicFiles.class,
				com.google.gson.stream.JsonWriter.class,
				StudyFolder.class, CancellationException.class);
		needed.forEach(Class::getName);
		StudyStatus.ending(List.of());
	}

	private List<RunOutcome> runAll(StudyInput study, RunOptions options, StudyFolder folder, RunListener listener) {
		List<SimulationInput> runs = study.getRuns();
		listener.studyStarted(runs.size());
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), Math.max(1, runs.size())), r -> {
			Thread thread = new Thread(r, "lithos-run");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<RunOutcome>> futures = new ArrayList<>();
			AtomicInteger index = new AtomicInteger();
			for (SimulationInput input : runs) {
				int position = index.getAndIncrement();
				futures.add(pool.submit(() -> {
					RunOutcome outcome = runOne(study, input, position, options, folder, listener);
					listener.runEnded(outcome);
					return outcome;
				}));
			}
			List<RunOutcome> outcomes = new ArrayList<>();
			for (int i = 0; i < futures.size(); i++) {
				outcomes.add(await(futures.get(i), runs.get(i)));
			}
			return outcomes;
		} finally {
			pool.shutdownNow();
		}
	}

	/** Expectations about this run's cell (or about every cell) and, for sweeps, about its sweep point. */
	private static List<Expectation> expectationsFor(StudyInput study, SimulationInput input) {
		List<Expectation> relevant = new ArrayList<>();
		for (Expectation expectation : study.getExpectations()) {
			if (Runs.concerns(expectation, input)) {
				relevant.add(expectation);
			}
		}
		return relevant;
	}

	private RunOutcome await(Future<RunOutcome> future, SimulationInput input) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancel();
			return new RunOutcome(input.getId(), State.CANCELLED, "interrupted", null, null, 0);
		} catch (ExecutionException e) {
			return new RunOutcome(input.getId(), State.FAILED, "internal error: " + e.getCause(), null, null, 0);
		}
	}

	private RunOutcome runOne(StudyInput study, SimulationInput original, int position, RunOptions options,
			StudyFolder folder, RunListener listener) {
		String id = original.getId();
		if (cancelled.get()) {
			return new RunOutcome(id, State.CANCELLED, "not started: the study was interrupted", null, null, 0);
		}
		long start = System.nanoTime();
		long deadline = options.timeout() == null ? start + Long.MAX_VALUE / 2 : start + options.timeout().toNanos();
		RunMonitor monitor = new RunMonitor(cancelled, deadline, fraction -> listener.progress(id, fraction));
		// solvers must not modify inputs, but a copy also lets a seed override stay local to this run
		SimulationInput input = EcoreUtil.copy(original);
		if (options.seed() != null) {
			input.setSeed(options.seed() + position);
		}
		SimulationResult result;
		double seconds;
		Solver solver;
		try {
			solver = registry.select(input);
			result = solver.solve(input, monitor);
			seconds = (System.nanoTime() - start) / 1e9;
		} catch (SolverException e) {
			seconds = (System.nanoTime() - start) / 1e9;
			if (e.kind() == SolverException.Kind.CANCELLED || monitor.isCancelled()) {
				return monitor.timedOut()
						? new RunOutcome(id, State.TIMED_OUT, "stopped at the time limit (" + e.getMessage() + ")", null,
								null, seconds)
						: new RunOutcome(id, State.CANCELLED, "interrupted (" + e.getMessage() + ")", null, null, seconds);
			}
			return new RunOutcome(id, State.FAILED, e.getMessage(), null, null, seconds);
		} catch (RuntimeException | LinkageError e) {
			seconds = (System.nanoTime() - start) / 1e9;
			return cancelled.get() ? new RunOutcome(id, State.CANCELLED, "interrupted", null, null, seconds)
					: new RunOutcome(id, State.FAILED, "solver error in run " + id + ": " + e, null, null, seconds);
		} catch (OutOfMemoryError e) {
			seconds = (System.nanoTime() - start) / 1e9;
			return new RunOutcome(id, State.FAILED, "out of memory in run " + id + " (" + Runtime.getRuntime().maxMemory()
					/ (1 << 20) + " MB heap): run fewer runs at once (--jobs) or give Java more memory"
					+ " (LITHOS_VMARGS=-Xmx8g)", null, null, seconds);
		}
		result.setInputId(id);
		if (result.getSolverId() == null) {
			result.setSolverId(solver.id());
		}
		result.setWallTime(seconds);
		Path staged = folder.staging().resolve(ResultStore.folderName(id));
		Path published = folder.target().resolve(ResultStore.folderName(id));
		try {
			stopIfCancelled();
			ResultStore.write(input, result, staged);
			if (charts(options).perRun()) {
				stopIfCancelled();
				RunCharts.write(result, expectationsFor(study, input), staged.resolve("charts"), images,
						this::stopIfCancelled);
				stopIfCancelled();
				MorphologyPictures.writeRun(input, result, staged.resolve("charts"), images);
			}
			stopIfCancelled();
			return new RunOutcome(id, State.FINISHED, result.getStatus() + (result.getMessage() == null ? ""
					: ": " + result.getMessage()), result, published, seconds);
		} catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
			// nothing half-written may look finished: the run's folder goes, the run is listed as not finished
			try {
				StudyFolder.deleteTree(staged);
			} catch (IOException ignored) {
				// the staging folder is discarded whole if the study cannot be published
			}
			if (cancelled.get() || e instanceof CancellationException) {
				return new RunOutcome(id, State.CANCELLED, "interrupted while writing its files", null, null, seconds);
			}
			return new RunOutcome(id, State.FAILED, "cannot write the results of run " + id + ": "
					+ (e.getMessage() == null ? e.toString() : e.getMessage()), null, null, seconds);
		}
	}

	/** @return the charts the options ask for, none without a renderer */
	private ChartLevel charts(RunOptions options) {
		return images == null ? ChartLevel.NONE : options.charts();
	}

	private void stopIfCancelled() {
		if (cancelled.get()) {
			throw new CancellationException("the study was interrupted");
		}
	}
}
