package org.lithos.solver.cell.internal;

import org.lithos.model.EventKind;
import org.lithos.solver.api.SolverException;

/**
 * A Li-free blocking cell, collector | electrolyte | collector: the stability test of a collector against the
 * electrolyte. No Li metal is present, so no current flows while the two collectors stay inside the electrolyte's
 * stability window, the width between its oxidation and reduction potentials vs Li (material properties, e.g.
 * Li6PS5Cl 1.71-2.01 V from DFT grand-potential phase diagrams). Held beyond it, the electrolyte decomposes at both
 * collectors: reduced at the negative one into an interphase, oxidised at the positive one, the Li it binds coming
 * from the electrolyte itself.
 * <p>
 * The reduction side follows the SEI-1 law of Li | electrolyte ({@link Interphases#sei1Rate}: reaction-limited on a
 * fresh surface, slowed by the interphase's thickness towards parabolic growth), so the current decays with time at
 * a held voltage as the papers' potentiostatic holds show. That law holds at the Li potential, an overpotential of
 * the reduction potential itself; here its rate scales with the overpotential past the window, taken as half the
 * excess voltage on each collector (the same decomposition law on both). Assumptions, not fits: no new constant.
 * Li moves from the electrolyte pool to the SEI pool; the sum is conserved exactly (the growth law is integrated
 * in closed form over each increment).
 */
final class BlockingCell {

	/** Increments per hold: geometric in time, so the fast start of the decay is resolved. */
	private static final int INCREMENTS = 200;
	/** First increment, s. */
	private static final double FIRST_INCREMENT = 1e-3;

	private final CellParameters p;
	private final CellState s;
	private final SeriesBuffer series;
	private final LiTransfer transfer;
	private final EventLog events;

	BlockingCell(CellParameters p, CellState s, SeriesBuffer series, LiTransfer transfer, EventLog events) {
		this.p = p;
		this.s = s;
		this.series = series;
		this.transfer = transfer;
		this.events = events;
	}

	/**
	 * Runs one step: a hold draws the decomposition current; a rest or storage ages the cell (corrosion of an
	 * exposed collector) at zero voltage.
	 *
	 * @param timeLimit the protocol's total time limit, s (NaN when none)
	 * @return the charge the step passed, A s/m2
	 */
	double run(StepPlan step, double timeLimit) throws SolverException {
		if (step.isCurrent()) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT, "a blocking cell passes no Li: '" + step.label
					+ "' needs a Li source; hold, rest and store only", p.runId, step.index, step.cycle, null);
		}
		double duration = Math.min(step.durationLimit, Double.isFinite(timeLimit) ? timeLimit - s.time
				: Double.POSITIVE_INFINITY);
		boolean hold = step.kind == StepPlan.Kind.HOLD;
		double voltage = hold ? step.voltage : 0;
		if (!(duration > 0)) {
			record(step, voltage, 0, 0);
			return 0;
		}
		double overpotential = hold ? Math.max(0, (Math.abs(voltage) - p.stabilityWindow) / 2) : 0;
		double charge = 0;
		record(step, voltage, Math.signum(voltage) * current(step, overpotential), charge);
		double ratio = Math.pow(duration / FIRST_INCREMENT, 1.0 / INCREMENTS);
		double elapsed = 0;
		double next = FIRST_INCREMENT;
		for (int i = 0; i < INCREMENTS && elapsed < duration; i++) {
			double dt = Math.min(next, duration) - elapsed;
			next *= ratio;
			charge += decompose(step, overpotential, dt);
			transfer.age(dt, step.temperature, false);
			elapsed += dt;
			double j = current(step, overpotential);
			record(step, voltage, Math.signum(voltage) * j, charge);
			if (hold && Double.isFinite(step.currentLimit) && j <= step.currentLimit) {
				events.add(EventKind.CUTOFF, step.cycle, step.index, s.time, charge, "current fell to the limit");
				break;
			}
		}
		return charge;
	}

	/** @return the decomposition current density now, A/m2 */
	private double current(StepPlan step, double overpotential) {
		return growthRate(step, overpotential) * Interphases.sei1ChargePerThickness();
	}

	/** @return the interphase's growth rate at its present thickness, m/s */
	private double growthRate(StepPlan step, double overpotential) {
		if (overpotential <= 0 || s.electrolyte <= 0) {
			return 0;
		}
		return Interphases.sei1Rate(p.k, s.seiThickness, step.temperature, false, s.sei2Thickness) * overpotential
				/ p.reductionPotential;
	}

	/**
	 * Grows the interphase over dt by the closed form of dL/dt = a L_d / (L_d + L), a the thickness-free rate:
	 * (L_d + L)^2 grows by 2 a L_d dt.
	 *
	 * @return the charge of Li bound, A s/m2
	 */
	private double decompose(StepPlan step, double overpotential, double dt) {
		double fresh = growthRate(step, overpotential);
		if (fresh <= 0) {
			return 0;
		}
		double ld = p.k.SEI_DIFFUSION_THICKNESS;
		double a = fresh * (ld + s.seiThickness) / ld;
		double grown = Math.sqrt((ld + s.seiThickness) * (ld + s.seiThickness) + 2 * a * ld * dt) - ld - s.seiThickness;
		double q = Math.min(s.electrolyte, grown * Interphases.sei1ChargePerThickness());
		s.electrolyte -= q;
		s.sei += q;
		s.seiThickness += q / Interphases.sei1ChargePerThickness();
		return q;
	}

	private void record(StepPlan step, double voltage, double current, double charge) {
		series.add(s.time, voltage, current, charge, step.cycle, s.sei2Thickness, 0, CellVoltage.bulkResistance(p, s),
				Double.NaN);
	}
}
