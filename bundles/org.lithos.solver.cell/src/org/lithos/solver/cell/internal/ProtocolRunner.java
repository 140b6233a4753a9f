package org.lithos.solver.cell.internal;

import java.util.ArrayList;
import java.util.List;

import org.lithos.model.EventKind;
import org.lithos.model.RunStatus;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;

/**
 * Runs the flattened protocol step by step: cycle bookkeeping, stop conditions, cancellation, progress and the Li
 * balance after every step.
 */
final class ProtocolRunner {

	/** Plain result of a run, before it becomes EMF. */
	static final class Outcome {
		final List<CycleStats> cycles = new ArrayList<>();
		final List<double[]> inventories = new ArrayList<>();
		/** One per plating or stripping step reached, in order. */
		final List<StepFigures> steps = new ArrayList<>();
		/** Where the Li is before the first step, in the order of {@link ProtocolRunner#inventory()}. */
		double[] initialInventory;
		RunStatus status = RunStatus.COMPLETED;
		String message = "all steps done";
		int shortCycle;
		double shortCapacity = Double.NaN;
		int referenceCycle = 1;
	}

	/**
	 * What a plating or stripping step shows on its own trace.
	 *
	 * @param index         the step's index in the flattened protocol
	 * @param cycle         its cycle
	 * @param nucleation    nucleation overpotential, V (NaN without a barrier)
	 * @param overpotential plateau overpotential, V (NaN when no Li metal carried the charge)
	 * @param initial       voltage at the step's start, V: its first point, before it has moved any Li
	 */
	record StepFigures(int index, int cycle, double nucleation, double overpotential, double initial) {
	}

	private final CellParameters p;
	private final StepPlan[] steps;
	private final StopPlan stops;
	private final CellState state = new CellState();
	private final SeriesBuffer series = new SeriesBuffer();
	private final EventLog events = new EventLog();

	ProtocolRunner(CellParameters p, StepPlan[] steps, StopPlan stops) {
		this.p = p;
		this.steps = steps;
		this.stops = stops;
	}

	SeriesBuffer series() {
		return series;
	}

	EventLog events() {
		return events;
	}

	CellState state() {
		return state;
	}

	/** Puts all Li where it starts: the cathode, or the counter (and, symmetric, the working) electrode. */
	private void initialise() {
		if (p.full) {
			state.cathodeCapacity = p.cathodeTheoretical;
			state.cathode = p.cathodeInitialY * p.cathodeTheoretical;
			state.electrolyte = p.electrolyteOxidisable;
		} else if (p.blocking) {
			// no Li metal anywhere: only the electrolyte's own Li, which decomposition binds
			state.electrolyte = p.separatorLi;
		} else {
			state.counter = p.counterLi;
			if (p.symmetric) {
				// the working electrode is the same Li foil as the counter
				state.plated = p.counterLi;
			}
		}
		state.initialTotal = state.total();
	}

	Outcome run(ProgressMonitor monitor) throws SolverException {
		initialise();
		Outcome out = new Outcome();
		out.initialInventory = inventory();
		out.referenceCycle = Double.isFinite(stops.capacityFraction) ? stops.referenceCycle : 1;
		monitor.begin("lithos.cell " + p.runId, steps.length);
		for (String w : p.warnings) {
			events.add(EventKind.WARNING, 1, -1, 0, Double.NaN, w);
		}
		StepIntegrator integrator = new StepIntegrator(p, state, series, events);
		integrator.timeLimit = stops.totalTime;
		CycleStats current = null;
		double referenceDischarge = Double.NaN;
		for (StepPlan st : steps) {
			if (monitor.isCancelled()) {
				throw new SolverException(SolverException.Kind.CANCELLED, "cancelled", p.runId, st.index, st.cycle, null);
			}
			if (current == null || st.cycle != current.index) {
				if (current != null) {
					finish(current, out);
					if (current.index == out.referenceCycle) {
						referenceDischarge = current.discharge;
					}
					if (capacityStop(current, referenceDischarge, out, st)) {
						return out;
					}
				}
				current = new CycleStats();
				current.reset(st.cycle);
			}
			integrator.run(st, current);
			checkBalance(st);
			if (st.isCurrent()) {
				out.steps.add(new StepFigures(st.index, st.cycle, integrator.stepNucleation(),
						integrator.stepOverpotential(), series.stepFirstVoltage()));
			}
			monitor.worked(1);
			if (integrator.shorted) {
				current.endTime = state.time;
				finish(current, out);
				out.status = RunStatus.SHORTED;
				out.message = "short circuit in cycle " + st.cycle;
				out.shortCycle = st.cycle;
				out.shortCapacity = integrator.shortCapacity;
				return out;
			}
			if (Double.isFinite(stops.totalTime) && state.time >= stops.totalTime) {
				finish(current, out);
				out.status = RunStatus.STOPPED;
				out.message = "total time limit reached";
				events.add(EventKind.STOP, st.cycle, st.index, state.time, Double.NaN, out.message);
				return out;
			}
		}
		if (current != null) {
			finish(current, out);
			if (current.index == out.referenceCycle) {
				referenceDischarge = current.discharge;
			}
			if (capacityStop(current, referenceDischarge, out, steps[steps.length - 1])) {
				return out;
			}
		}
		return out;
	}

	private boolean capacityStop(CycleStats c, double reference, Outcome out, StepPlan at) {
		if (!Double.isFinite(stops.capacityFraction) || !Double.isFinite(reference) || c.index <= out.referenceCycle
				|| !c.hadDischarge) {
			return false;
		}
		if (c.discharge < stops.capacityFraction * reference) {
			out.status = RunStatus.STOPPED;
			out.message = String.format("discharge capacity of cycle %d below %.0f %% of cycle %d", c.index,
					stops.capacityFraction * 100, out.referenceCycle);
			events.add(EventKind.STOP, c.index, at.index, state.time, c.discharge, out.message);
			return true;
		}
		return false;
	}

	private void finish(CycleStats c, Outcome out) {
		c.endTime = state.time;
		out.cycles.add(c);
		out.inventories.add(inventory());
	}

	/**
	 * @return the Li pools now, A s/m2 of working area: cathode, counter, plated, dead, SEI, alloy, conversion,
	 *         cracks, electrolyte (they sum to {@link CellState#total()})
	 */
	private double[] inventory() {
		return new double[] { state.cathode, state.counter, state.plated, state.dead, state.sei,
				state.alloyReversible + state.alloyTrapped, state.conversion, state.crackActive + state.crackTrapped,
				state.electrolyte };
	}

	private void checkBalance(StepPlan st) throws SolverException {
		double total = state.total();
		double err = Math.abs(total - state.initialTotal);
		if (!(err <= Defaults.CONSERVATION_TOLERANCE * state.initialTotal)) {
			throw new SolverException(SolverException.Kind.INTERNAL,
					String.format("Li balance violated: %.6e vs initial %.6e A s/m2", total, state.initialTotal),
					p.runId, st.index, st.cycle, null);
		}
		for (double v : new double[] { state.cathode, state.electrolyte, state.counter, state.plated, state.dead, state.sei,
				state.alloyReversible, state.alloyTrapped, state.conversion, state.crackActive, state.crackTrapped }) {
			if (v < -Defaults.CONSERVATION_TOLERANCE * state.initialTotal) {
				throw new SolverException(SolverException.Kind.INTERNAL, "a Li pool became negative: " + v, p.runId,
						st.index, st.cycle, null);
			}
		}
	}
}
