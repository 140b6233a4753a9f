package org.example.lithos.solver;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.CellFormat;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.Summary;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.units.Constants;

/**
 * Half cell, Li foil against bare Cu: each plating step moves its capacity from the foil to the Cu, each stripping
 * step returns {@link #EFFICIENCY} of what is plated and leaves the rest as dead Li. All quantities are areal
 * charges in A s/m2, as in the Lithos model.
 */
public class FixedEfficiencySolver implements Solver {

	/** The id a study names: {@code solver "example.fixed-efficiency"}. */
	public static final String ID = "example.fixed-efficiency";
	/** Share of the plated Li that each stripping step recovers, 0..1 (the lab's assumption). */
	public static final double EFFICIENCY = 0.98;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Fixed-efficiency half cell (partner template)";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.HALF_CELL, Capability.CYCLING);
	}

	/** Half cells only, and ranked low: used when a study names it, not instead of Lithos' own solvers. */
	@Override
	public OptionalInt suitability(SimulationInput input) {
		return input.getCell().getFormat() == CellFormat.HALF ? OptionalInt.of(0) : OptionalInt.empty();
	}

	@Override
	public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
		var counter = input.getCell().getCounter();
		if (counter == null || !(counter.getThickness() > 0)) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT, "the Li foil needs a thickness", input.getId(),
					-1, 0, null);
		}
		// the foil's Li as areal charge: thickness / molar volume * Faraday constant
		double foil = counter.getThickness() / Constants.LITHIUM_MOLAR_VOLUME * Constants.FARADAY;
		double plated = 0;
		double dead = 0;
		SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
		result.setSolverId(ID);
		monitor.begin(input.getId(), input.getProtocol().getSteps().size());
		for (StepSpec step : input.getProtocol().getSteps()) {
			if (monitor.isCancelled()) {
				throw new SolverException(SolverException.Kind.CANCELLED, "cancelled", input.getId(), step.getIndex(),
						step.getCycle(), null);
			}
			CycleRecord cycle = cycle(result, step.getCycle());
			if (step.getMode() == StepMode.PLATE) {
				double moved = Math.min(limit(step, foil), foil);
				foil -= moved;
				plated += moved;
				cycle.setChargeCapacity(cycle.getChargeCapacity() + moved);
			} else if (step.getMode() == StepMode.STRIP) {
				double taken = Math.min(limit(step, plated), plated);
				plated -= taken;
				foil += taken * EFFICIENCY;
				dead += taken * (1 - EFFICIENCY);
				cycle.setDischargeCapacity(cycle.getDischargeCapacity() + taken * EFFICIENCY);
			}
			cycle.setInventory(inventory(foil, plated, dead));
			monitor.worked(1);
		}
		Summary summary = LithosFactory.eINSTANCE.createSummary();
		for (CycleRecord cycle : result.getCycles()) {
			cycle.setCoulombicEfficiency(cycle.getChargeCapacity() > 0
					? cycle.getDischargeCapacity() / cycle.getChargeCapacity() : Double.NaN);
		}
		summary.setFirstCycleEfficiency(result.getCycles().isEmpty() ? Double.NaN
				: result.getCycles().get(0).getCoulombicEfficiency());
		summary.setCycleLife(result.getCycles().size());
		result.setSummary(summary);
		result.setStatus(RunStatus.COMPLETED);
		return result;
	}

	/** The step's capacity limit, or everything available when it has none. */
	private static double limit(StepSpec step, double available) {
		return step.getTerminations().stream().filter(t -> t.getKind() == TerminationKind.CAPACITY)
				.mapToDouble(Termination::getValue).findFirst().orElse(available);
	}

	private static CycleRecord cycle(SimulationResult result, int index) {
		var cycles = result.getCycles();
		if (!cycles.isEmpty() && cycles.get(cycles.size() - 1).getIndex() == index) {
			return cycles.get(cycles.size() - 1);
		}
		CycleRecord cycle = LithosFactory.eINSTANCE.createCycleRecord();
		cycle.setIndex(index);
		cycle.setChargeCapacity(0); // model defaults are NaN ("not computed")
		cycle.setDischargeCapacity(0);
		cycles.add(cycle);
		return cycle;
	}

	private static LiInventory inventory(double foil, double plated, double dead) {
		LiInventory inventory = LithosFactory.eINSTANCE.createLiInventory();
		// every share is stated: the model's NaN default means "not computed", and Lithos checks the sum
		inventory.setCathode(0);
		inventory.setSei(0);
		inventory.setAlloy(0);
		inventory.setConversion(0);
		inventory.setCracks(0);
		inventory.setElectrolyte(0);
		inventory.setCounter(foil);
		inventory.setPlated(plated);
		inventory.setDead(dead);
		return inventory;
	}
}
