package org.lithos.solver.nucleation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepRecord;
import org.lithos.model.StepSpec;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.nucleation.Nucleation;
import org.lithos.solver.nucleation.NucleationParameters;

/**
 * One run of {@code lithos.nucleation}: walks the flattened protocol, keeps track of whether the collector holds Li
 * at the start of each plating step (plated charge minus stripped charge; a strip to a voltage cut-off empties it),
 * and evaluates classical nucleation for every plating step that starts on a surface without Li. Builds the EMF
 * result: one series row per plating step, one cycle record per cycle with plating, NUCLEATION events.
 */
public final class NucleationRun {

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	private final SimulationInput input;
	private final NucleationParameters k;
	private final String solverId;
	private final List<double[]> rows = new ArrayList<>();
	private final Map<Integer, CycleRecord> cycles = new LinkedHashMap<>();
	private final List<Event> events = new ArrayList<>();
	private final List<StepRecord> steps = new ArrayList<>();
	private Surface surface;
	private int nucleations;
	/** Time at the start of the current step, s (NaN once a step of unknown length has passed). */
	private double time;

	private NucleationRun(SimulationInput input, NucleationParameters k, String solverId) {
		this.input = input;
		this.k = k;
		this.solverId = solverId;
	}

	/** Series columns: name, SI unit. */
	private static final String[][] COLUMNS = { { "step", "" }, { "cycle", "" }, { "current", "A/m2" },
			{ "temperature", "K" }, { "bare surface", "" }, { "nucleation overpotential", "V" },
			{ "critical radius", "m" }, { "nucleus density", "1/m2" }, { "nucleated charge", "A*s/m2" },
			{ "step charge", "A*s/m2" } };

	/**
	 * @param input    the run; never modified
	 * @param monitor  progress and cancellation
	 * @param solverId id written into the result
	 * @param k        constants the input does not give
	 * @return the result, status COMPLETED
	 * @throws SolverException INVALID_INPUT for unphysical inputs (naming the step), CANCELLED, DIVERGED
	 */
	public static SimulationResult solve(SimulationInput input, ProgressMonitor monitor, String solverId,
			NucleationParameters k) throws SolverException {
		long start = System.nanoTime();
		if (input == null || input.getCell() == null || input.getProtocol() == null) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT, "the input needs a cell and a protocol",
					input == null ? null : input.getId(), -1, 0, null);
		}
		NucleationRun run = new NucleationRun(input, k, solverId);
		run.walk(monitor);
		return run.result((System.nanoTime() - start) * 1e-9);
	}

	private SolverException error(SolverException.Kind kind, String message, StepSpec step) {
		return new SolverException(kind, message, input.getId(), step.getIndex(), step.getCycle(), null);
	}

	private void walk(ProgressMonitor monitor) throws SolverException {
		List<StepSpec> steps = input.getProtocol().getSteps();
		monitor.begin(input.getId(), steps.size());
		double liOnCollector = 0; // A s/m2
		for (StepSpec step : steps) {
			if (monitor.isCancelled()) {
				throw error(SolverException.Kind.CANCELLED, "cancelled", step);
			}
			StepMode mode = step.getMode();
			double j = step.getCurrentDensity();
			if (mode == StepMode.PLATE || mode == StepMode.CHARGE) {
				double q = plate(step, liOnCollector <= 0);
				liOnCollector += Double.isFinite(q) ? q : Double.POSITIVE_INFINITY;
				time += q / j;
			} else if (mode == StepMode.STRIP || mode == StepMode.DISCHARGE) {
				double q = stepCharge(step, Double.isFinite(j) ? Math.abs(j) : Double.NaN);
				liOnCollector = Double.isFinite(q) ? Math.max(0, liOnCollector - q) : 0;
				time += q / Math.abs(j);
			} else {
				time += duration(step);
			}
			monitor.worked(1);
		}
	}

	/** @return the charge the plating step passes, A s/m2 (NaN when only a voltage or nothing ends it) */
	private double plate(StepSpec step, boolean bare) throws SolverException {
		double j = step.getCurrentDensity();
		// the exception adds the step number; the label says which line of the protocol it is
		String what = step.getLabel() == null ? "the step" : "'" + step.getLabel() + "'";
		if (!(Double.isFinite(j) && j > 0)) {
			throw error(SolverException.Kind.INVALID_INPUT,
					"plating current density of " + what + " must be positive and finite (got " + j + " A/m2)", step);
		}
		double t = temperature(step);
		if (!(Double.isFinite(t) && t > 0)) {
			throw error(SolverException.Kind.INVALID_INPUT,
					"temperature of " + what + " must be positive and finite (got " + t + " K)", step);
		}
		if (surface == null) {
			surface = new SurfaceReader(input, k, step.getIndex(), step.getCycle()).read();
		}
		double q = stepCharge(step, j);
		double eta = 0;
		double radius = Double.NaN;
		double density = Double.NaN;
		double nucleated = 0;
		boolean barrier = bare && surface.hasBarrier() && Nucleation.wettingFactor(surface.contactAngle()) > 0;
		if (barrier) {
			double theta = surface.contactAngle();
			double gamma = surface.surfaceEnergy();
			double vm = surface.molarVolume();
			eta = Nucleation.galvanostaticOverpotential(j, t, gamma, vm, theta, k.prefactor(),
					k.transferCoefficient());
			radius = Nucleation.criticalRadius(gamma, vm, eta);
			density = Nucleation.nucleusDensity(surface.siteDensity(), Nucleation.barrier(gamma, vm, theta, eta), t);
			double perNucleus = Nucleation.nucleusCharge(radius, theta, vm);
			nucleated = density * perNucleus;
			if (Double.isFinite(q) && nucleated > q) {
				// the nuclei cannot hold more Li than the step delivers
				density = q / perNucleus;
				nucleated = q;
			}
			if (!(Double.isFinite(eta) && Double.isFinite(radius) && Double.isFinite(density))) {
				throw error(SolverException.Kind.DIVERGED, "nucleation of " + what + " gave a non-finite value (eta "
						+ eta + " V, r* " + radius + " m, N " + density + " 1/m2)", step);
			}
			nucleations++;
			Event e = FACTORY.createEvent();
			e.setKind(EventKind.NUCLEATION);
			e.setCycle(step.getCycle());
			e.setStep(step.getIndex());
			e.setTime(time);
			e.setCapacity(0);
			e.setMessage(String.format(java.util.Locale.ROOT,
					"Li nucleated on %s at %.1f mV: critical radius %.3g nm, %.3g nuclei per cm2", surface.name(),
					eta * 1e3, radius * 1e9, density * 1e-4));
			events.add(e);
		}
		CycleRecord c = cycles.computeIfAbsent(step.getCycle(), i -> {
			CycleRecord r = FACTORY.createCycleRecord();
			r.setIndex(i);
			return r;
		});
		if (barrier && Double.isNaN(c.getNucleationOverpotential())) {
			c.setNucleationOverpotential(eta);
		}
		// what an expectation addressed at this step reads (after the second plate); no growth overpotential here
		StepRecord record = FACTORY.createStepRecord();
		record.setIndex(step.getIndex());
		record.setCycle(step.getCycle());
		if (barrier) {
			record.setNucleationOverpotential(eta);
		}
		steps.add(record);
		rows.add(new double[] { step.getIndex(), step.getCycle(), j, t, bare ? 1 : 0, eta, radius, density, nucleated,
				q });
		return q;
	}

	private double temperature(StepSpec step) {
		double t = step.getTemperature();
		if (Double.isNaN(t)) {
			t = input.getCell().getTemperature();
		}
		return Double.isNaN(t) ? k.temperature() : t;
	}

	/** @return the duration limit of a step, s (NaN without one) */
	private static double duration(StepSpec step) {
		for (Termination term : step.getTerminations()) {
			if (term.getKind() == TerminationKind.DURATION) {
				return term.getValue();
			}
		}
		return Double.NaN;
	}

	/** @return the charge a current step passes from its capacity and duration limits, A s/m2, NaN if unknown */
	private static double stepCharge(StepSpec step, double j) {
		double q = Double.POSITIVE_INFINITY;
		for (Termination term : step.getTerminations()) {
			if (term.getKind() == TerminationKind.CAPACITY) {
				q = Math.min(q, term.getValue());
			} else if (term.getKind() == TerminationKind.DURATION && Double.isFinite(j)) {
				q = Math.min(q, j * term.getValue());
			}
		}
		return Double.isFinite(q) ? q : Double.NaN;
	}

	private SimulationResult result(double wallTime) {
		SimulationResult r = FACTORY.createSimulationResult();
		r.setInputId(input.getId());
		r.setSolverId(solverId);
		r.setStatus(RunStatus.COMPLETED);
		r.setWallTime(wallTime);
		r.getCycles().addAll(cycles.values());
		r.getEvents().addAll(events);
		r.getSteps().addAll(steps);
		for (int c = 0; c < COLUMNS.length; c++) {
			double[] values = new double[rows.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rows.get(i)[c];
			}
			Series s = FACTORY.createSeries();
			s.setName(COLUMNS[c][0]);
			s.setUnit(COLUMNS[c][1]);
			s.setValues(values);
			r.getSeries().add(s);
		}
		r.setMessage(message());
		return r;
	}

	private String message() {
		if (rows.isEmpty()) {
			return "no plating step: nothing nucleates";
		}
		String where = surface.name() + " (" + surface.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
		if (nucleations == 0) {
			return rows.size() + " plating step(s) on " + where + ": no nucleation barrier ("
					+ (surface.hasBarrier() ? "Li already on the collector"
							: surface.kind() == Surface.Kind.ALLOY
									? "Li alloys first, then grows on the Li-rich alloy"
									: "Li grows on Li")
					+ ")";
		}
		return String.format(java.util.Locale.ROOT,
				"classical heterogeneous nucleation on %s, contact angle %.0f deg: nucleation overpotential, critical "
						+ "radius and nucleus density for %d of %d plating step(s)",
				where, Math.toDegrees(surface.contactAngle()), nucleations, rows.size());
	}
}
