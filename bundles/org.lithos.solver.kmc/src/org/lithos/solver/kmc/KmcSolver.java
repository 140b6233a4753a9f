package org.lithos.solver.kmc;

import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lithos.model.PlotRequest;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StudyInput;
import org.lithos.model.names.Observable;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.kmc.internal.InputReader;
import org.lithos.solver.kmc.internal.ResultWriter;

/**
 * The kinetic Monte Carlo solver {@code lithos.kmc}: early Li plating morphology on the collector surface of a
 * half or full cell during its first plating (or charging) step, on a 3D 64 x 64 x 40 lattice of 10 nm sites, up to
 * the step's charge or four dense monolayers of sites (40 nm of Li), whichever is less, within 1e8 events. Stateless
 * and thread-safe.
 * <p>
 * Result: series {@code time} (s), {@code charge} (A*s/m2), {@code coverage} (0..1), {@code mean height}, {@code tip
 * height}, {@code roughness} (m), {@code particles}, {@code particle size} (m), {@code porosity} (0..1),
 * {@code events}; four {@code Morphology} pictures; status COMPLETED at the charge target, STOPPED (with a STOP
 * event) when the event budget or the lattice height ended it first. See {@link KmcParameters} for the model.
 */
public class KmcSolver implements Solver {

	/** The solver id studies name. */
	public static final String ID = "lithos.kmc";

	private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.MORPHOLOGY, Capability.NUCLEATION,
			Capability.HALF_CELL);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Kinetic Monte Carlo plating morphology";
	}

	@Override
	public Set<Capability> capabilities() {
		return CAPABILITIES;
	}

	/**
	 * 100 when the run asks for {@code lithos.kmc}; 60 (above {@code lithos.cell}'s 50) when its study plots or expects
	 * a morphology quantity and the protocol only plates, so a cycling study stays with {@code lithos.cell}; 5 for a
	 * study that plots a morphology quantity but also cycles; otherwise empty, as when another solver is named.
	 */
	@Override
	public OptionalInt suitability(SimulationInput input) {
		if (input == null || input.getCell() == null || InputReader.platingStep(input) == null) {
			return OptionalInt.empty();
		}
		String asked = input.getSolverId();
		EObject container = input.eContainer();
		if ((asked == null || asked.isEmpty()) && container instanceof StudyInput study) {
			asked = study.getSolverId();
		}
		if (asked != null && !asked.isEmpty()) {
			return ID.equals(asked) ? OptionalInt.of(100) : OptionalInt.empty();
		}
		if (!(container instanceof StudyInput study) || !plotsMorphology(study)) {
			return OptionalInt.empty();
		}
		for (StepSpec s : input.getProtocol().getSteps()) {
			if (s.getMode() != StepMode.PLATE && s.getMode() != StepMode.CHARGE) {
				return OptionalInt.of(5);
			}
		}
		return OptionalInt.of(60);
	}

	/** @return whether the study plots a morphology quantity or expects one (expect porosity of ...) */
	private static boolean plotsMorphology(StudyInput study) {
		return study.getPlots().stream().anyMatch(p -> Observable.of(p.getY()).filter(Observable::isMorphology)
				.isPresent())
				|| study.getExpectations().stream().anyMatch(e -> Observable.of(e.getObservable())
						.filter(Observable::isMorphology).isPresent());
	}

	@Override
	public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
		ProgressMonitor m = monitor == null ? ProgressMonitor.NULL : monitor;
		long t0 = System.nanoTime();
		InputReader reader = new InputReader(input);
		KmcParameters p = reader.read();
		KmcSimulation sim;
		try {
			sim = new KmcSimulation(p);
		} catch (IllegalArgumentException e) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT, e.getMessage(), input.getId(),
					reader.stepIndex(), reader.stepCycle(), e);
		}
		KmcResult r;
		try {
			r = sim.run(m);
		} catch (IllegalStateException e) {
			throw new SolverException(SolverException.Kind.INTERNAL, e.getMessage(), input.getId(),
					reader.stepIndex(), reader.stepCycle(), e);
		}
		if (r.status() == KmcStatus.CANCELLED) {
			throw new SolverException(SolverException.Kind.CANCELLED, r.message(), input.getId(), reader.stepIndex(),
					reader.stepCycle(), null);
		}
		return ResultWriter.write(r, input.getId(), ID, reader.warnings(), reader.stepIndex(), reader.stepCycle(),
				p.chargeTarget(), (System.nanoTime() - t0) * 1e-9);
	}
}
