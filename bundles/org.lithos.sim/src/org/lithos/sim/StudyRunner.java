package org.lithos.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome.State;
import org.lithos.sim.internal.RunMonitor;
import org.lithos.sim.store.ResultStore;
import org.lithos.sim.store.MorphologyPictures;
import org.lithos.sim.store.RunCharts;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.SolverRegistry;

/**
 * Runs every run of a study on a pool of threads. One failing run never stops the others; a cancel (Ctrl-C)
 * stops the study after the runs in flight notice it, and everything that finished stays on disk.
 */
public final class StudyRunner {

	private final SolverRegistry registry;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private volatile StudyInput study;

	/** @param registry where solvers come from */
	public StudyRunner(SolverRegistry registry) {
		this.registry = registry;
	}

	/** Asks the study to stop: runs in flight are cancelled, queued runs never start. Thread-safe. */
	public void cancel() {
		cancelled.set(true);
	}

	/**
	 * @param study    a compiled study
	 * @param options  where and how
	 * @param listener progress
	 * @return one outcome per run, in the study's order
	 */
	public List<RunOutcome> run(StudyInput study, RunOptions options, RunListener listener) {
		this.study = study;
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
					RunOutcome outcome = runOne(input, position, options, listener);
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
	private List<Expectation> expectationsFor(SimulationInput input) {
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

	private RunOutcome runOne(SimulationInput original, int position, RunOptions options, RunListener listener) {
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
		Path folder = options.output().resolve(ResultStore.folderName(id));
		try {
			Solver solver = registry.select(input);
			SimulationResult result = solver.solve(input, monitor);
			double seconds = (System.nanoTime() - start) / 1e9;
			result.setInputId(id);
			if (result.getSolverId() == null) {
				result.setSolverId(solver.id());
			}
			result.setWallTime(seconds);
			ResultStore.write(input, result, folder);
			if (options.charts()) {
				RunCharts.write(result, expectationsFor(input), folder.resolve("charts"));
				MorphologyPictures.writeRun(input, result, folder.resolve("charts"));
			}
			return new RunOutcome(id, State.FINISHED, result.getStatus() + (result.getMessage() == null ? ""
					: ": " + result.getMessage()), result, folder, seconds);
		} catch (SolverException e) {
			double seconds = (System.nanoTime() - start) / 1e9;
			if (e.kind() == SolverException.Kind.CANCELLED || monitor.isCancelled()) {
				return monitor.timedOut()
						? new RunOutcome(id, State.TIMED_OUT, "stopped at the time limit (" + e.getMessage() + ")", null,
								null, seconds)
						: new RunOutcome(id, State.CANCELLED, "interrupted (" + e.getMessage() + ")", null, null, seconds);
			}
			return new RunOutcome(id, State.FAILED, e.getMessage(), null, null, seconds);
		} catch (IOException e) {
			return new RunOutcome(id, State.FAILED, "cannot write results to " + folder + ": " + e.getMessage(), null,
					null, (System.nanoTime() - start) / 1e9);
		} catch (RuntimeException e) {
			return new RunOutcome(id, State.FAILED, "solver error in run " + id + ": " + e, null, null,
					(System.nanoTime() - start) / 1e9);
		}
	}
}
