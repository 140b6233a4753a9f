package org.lithos.examples.partner;

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
 * Coulombic-efficiency inventory model. Each plating (charge) step moves Li from the source (counter electrode
 * or cathode) to the collector; each stripping (discharge) step returns a share {@code CE(j)} of the plated Li
 * and isolates the rest as dead Li:
 *
 * <pre>
 *   CE(j) = CE_max - s * ln(1 + j / j_ref)
 * </pre>
 *
 * with j the stripping current density. A step that asks for more Li than is available moves what there is,
 * so full cells fade as the inventory shrinks. It predicts no voltages: a deliberately small, transparent
 * model, useful as a baseline against the mechanistic solver.
 */
public class CeInventorySolver implements Solver {

	/** The id studies use. */
	public static final String ID = "partner.ce-inventory";

	/** Efficiency at vanishing current, 0..1. Partner-lab assumption, typical of sulfide cells near 0.1 mA/cm2. */
	static final double CE_MAX = 0.99;
	/** Loss of efficiency per e-fold of current (0..1). Partner-lab assumption. */
	static final double SLOPE = 0.02;
	/** Reference current density, A/m2 (1 mA/cm2). */
	static final double J_REF = 10;

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Coulombic-efficiency inventory model (example partner solver)";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.HALF_CELL, Capability.FULL_CELL, Capability.CYCLING);
	}

	/** Always runnable, but ranked below mechanistic solvers so it is used only when a study names it. */
	@Override
	public OptionalInt suitability(SimulationInput input) {
		return OptionalInt.of(0);
	}

	/** @return the model's efficiency at a current density in A/m2, 0..1 */
	public static double efficiency(double currentDensity) {
		return Math.max(0, CE_MAX - SLOPE * Math.log1p(currentDensity / J_REF));
	}

	@Override
	public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
		double source = initialSource(input);
		double plated = 0;
		double dead = 0;
		double initial = source;
		SimulationResult result = FACTORY.createSimulationResult();
		result.setSolverId(ID);
		monitor.begin(input.getId(), input.getProtocol().getSteps().size());
		CycleRecord cycle = null;
		double time = 0;
		for (StepSpec step : input.getProtocol().getSteps()) {
			if (monitor.isCancelled()) {
				throw new SolverException(SolverException.Kind.CANCELLED, "cancelled", input.getId(), step.getIndex(),
						step.getCycle(), null);
			}
			if (cycle == null || cycle.getIndex() != step.getCycle()) {
				cycle = newCycle(result, step.getCycle());
			}
			double j = step.getCurrentDensity();
			double wanted = capacityLimit(step, source + plated);
			if (step.getMode() == StepMode.PLATE || step.getMode() == StepMode.CHARGE) {
				double moved = Math.min(wanted, source);
				source -= moved;
				plated += moved;
				cycle.setChargeCapacity(cycle.getChargeCapacity() + moved);
				time += j > 0 ? moved / j : 0;
			} else if (step.getMode() == StepMode.STRIP || step.getMode() == StepMode.DISCHARGE) {
				double taken = Math.min(wanted, plated);
				double returned = taken * efficiency(j);
				plated -= taken;
				dead += taken - returned;
				source += returned;
				cycle.setDischargeCapacity(cycle.getDischargeCapacity() + returned);
				time += j > 0 ? taken / j : 0;
			}
			cycle.setEndTime(time);
			cycle.setInventory(inventory(input, source, plated, dead));
			double total = source + plated + dead;
			if (Math.abs(total - initial) > 1e-9 * Math.max(1, initial)) {
				throw new SolverException(SolverException.Kind.INTERNAL, "Li not conserved", input.getId(), step.getIndex(),
						step.getCycle(), null);
			}
			monitor.worked(1);
		}
		finish(result);
		return result;
	}

	private static double initialSource(SimulationInput input) throws SolverException {
		var cell = input.getCell();
		if (cell.getFormat() == CellFormat.FULL) {
			return cell.getCathode().getArealCapacity();
		}
		if (cell.getCounter() == null || !(cell.getCounter().getThickness() > 0)) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT, "the counter electrode needs a thickness",
					input.getId(), -1, 0, null);
		}
		// Li foil: thickness / molar volume of Li times the Faraday constant
		return cell.getCounter().getThickness() / Constants.LITHIUM_MOLAR_VOLUME * Constants.FARADAY;
	}

	/** Charge the step may move, A s/m2: its capacity limit, else everything available. */
	private static double capacityLimit(StepSpec step, double available) {
		for (Termination termination : step.getTerminations()) {
			if (termination.getKind() == TerminationKind.CAPACITY) {
				return termination.getValue();
			}
		}
		return available;
	}

	private static CycleRecord newCycle(SimulationResult result, int index) {
		CycleRecord cycle = FACTORY.createCycleRecord();
		cycle.setIndex(index);
		cycle.setChargeCapacity(0);
		cycle.setDischargeCapacity(0);
		result.getCycles().add(cycle);
		return cycle;
	}

	private static LiInventory inventory(SimulationInput input, double source, double plated, double dead) {
		LiInventory inventory = FACTORY.createLiInventory();
		boolean full = input.getCell().getFormat() == CellFormat.FULL;
		inventory.setCathode(full ? source : 0);
		inventory.setCounter(full ? 0 : source);
		inventory.setPlated(plated);
		inventory.setDead(dead);
		inventory.setSei(0);
		inventory.setAlloy(0);
		inventory.setConversion(0);
		inventory.setCracks(0);
		return inventory;
	}

	private static void finish(SimulationResult result) {
		double sum = 0;
		int counted = 0;
		for (CycleRecord cycle : result.getCycles()) {
			if (cycle.getChargeCapacity() > 0) {
				cycle.setCoulombicEfficiency(cycle.getDischargeCapacity() / cycle.getChargeCapacity());
				sum += cycle.getCoulombicEfficiency();
				counted++;
			}
		}
		Summary summary = FACTORY.createSummary();
		if (!result.getCycles().isEmpty()) {
			CycleRecord first = result.getCycles().get(0);
			CycleRecord last = result.getCycles().get(result.getCycles().size() - 1);
			summary.setFirstCycleEfficiency(first.getCoulombicEfficiency());
			summary.setCapacityRetention(first.getDischargeCapacity() > 0
					? last.getDischargeCapacity() / first.getDischargeCapacity() : Double.NaN);
		}
		summary.setAverageEfficiency(counted == 0 ? Double.NaN : sum / counted);
		summary.setCycleLife(result.getCycles().size());
		result.setSummary(summary);
		result.setStatus(RunStatus.COMPLETED);
	}
}
