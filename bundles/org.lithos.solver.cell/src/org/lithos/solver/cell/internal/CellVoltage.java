package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * Terminal voltage. Half and symmetric cells report the working electrode (collector) vs the counter electrode:
 * V = E_we - U_counter -/+ (j R_bulk + eta_counter), negative while Li plates. Full cells report
 * V = U_cathode(y) - E_we +/- (j (R_bulk + R_cathode) + eta_cathode), less a lithiation-limit term on discharge
 * (the cathode cannot take back its first-cycle loss).
 */
final class CellVoltage {

	private CellVoltage() {
	}

	/** @return working-electrode potential vs Li at open circuit, V */
	static double restPotential(CellParameters p, CellState s) {
		if (s.strippableMetal() > 0) {
			return 0;
		}
		if (s.alloyReversible + s.alloyTrapped > 0) {
			double reversible = Math.max(p.alloyCapacity - s.alloyTrapped, 1e-300);
			return Electrode.plateau(p.alloyPlateausUp, 1 - s.alloyReversible / reversible);
		}
		if (s.conversion > 0 && p.conversionPotentials.length > 0) {
			return p.conversionPotentials[p.conversionPotentials.length - 1];
		}
		return p.k.BARE_COLLECTOR_POTENTIAL;
	}

	/**
	 * @param workingPotential working-electrode potential vs Li at rest, V
	 * @return open-circuit voltage with that working-electrode potential, V
	 */
	static double openCircuit(CellParameters p, CellState s, double workingPotential) {
		return p.full ? CathodeOcv.potential(p.cathodeKind, lithiation(s)) - workingPotential
				: workingPotential - p.counterPotential;
	}

	/** @return cathode lithiation, Li per formula unit */
	static double lithiation(CellState s) {
		return s.cathodeCapacity > 0 ? s.cathode / s.cathodeCapacity : 0;
	}

	/**
	 * @param current signed current density, A/m2: positive deposits Li on the collector (plate, charge), negative
	 *                dissolves it, zero is open circuit
	 * @return terminal voltage, V
	 */
	static double voltage(CellParameters p, CellState s, double current, double t) {
		double j = Math.abs(current);
		double e;
		if (current > 0) {
			e = Electrode.depositPotential(p, s, j, t);
		} else if (current < 0) {
			e = Electrode.dissolvePotential(p, s, j, t);
		} else {
			e = restPotential(p, s);
		}
		if (!p.full) {
			double loss = j * p.bulkResistance * s.resistanceFactor
					+ Kinetics.overpotential(j * p.counterScale, p.j0Counter * s.exchangeFactor, t);
			return e - p.counterPotential + (current > 0 ? -loss : current < 0 ? loss : 0);
		}
		// the particles' surface, not their mean, sets the potential and meets the lithiation limit
		double y = CathodeTransport.surfaceLithiation(p, s, current);
		double u = CathodeOcv.potential(p.cathodeKind, Math.max(0, Math.min(1, y)));
		double loss = j * fullCellResistance(p) * s.resistanceFactor
				+ Kinetics.overpotential(j, p.j0Cathode * s.exchangeFactor, t);
		if (current > 0) {
			return u - e + loss;
		}
		if (current < 0) {
			double free = 1 - y / p.cathodeMaxY;
			// Fickian: the gradient that brings Li to the last free sites grows with the current, so the limit does;
			// the rate is counted against the theoretical capacity (1C = all Li of the cathode in an hour)
			double cRate = j * 3600 / p.cathodeTheoretical;
			double limit = free <= 0 ? Electrode.EXHAUSTED
					: Math.min(Electrode.EXHAUSTED,
							p.k.CATHODE_LIMIT_SCALE * cRate * Constants.GAS_CONSTANT * t / Constants.FARADAY * (1 / free - 1));
			return u - e - loss - limit;
		}
		return u - e;
	}

	/** @return ohmic (bulk electrolyte, and composite cathode in a full cell) areal resistance now, ohm m2 */
	static double bulkResistance(CellParameters p, CellState s) {
		return (p.full ? fullCellResistance(p) : p.bulkResistance) * s.resistanceFactor;
	}

	/** @return ohmic areal resistance of a full cell: separator, composite ionic transport and the cathode's own, ohm m2 */
	private static double fullCellResistance(CellParameters p) {
		return p.bulkResistance + p.compositeResistance + p.k.CATHODE_RESISTANCE;
	}

	/**
	 * Interfacial areal resistance now, ohm m2, as impedance separates it from the bulk (R_SEI + R_ct): the
	 * SEI-1 on the collector's Li, charge transfer there linearised about equilibrium, R_ct = RT / (F j0), over the
	 * area still in contact, and charge transfer at the counter electrode (half and symmetric cells) or at the
	 * cathode (full cells).
	 *
	 * @param t temperature, K
	 */
	static double interfaceResistance(CellParameters p, CellState s, double t) {
		double rt = Constants.GAS_CONSTANT * t / Constants.FARADAY;
		double contact = Math.max(LossChannels.contactFraction(p, s), 1e-12);
		double working = s.seiThickness / p.k.SEI_CONDUCTIVITY + rt / (p.j0Li * s.exchangeFactor * contact);
		// the counter's charge transfer over its own area, referred to the working area
		double other = p.full ? rt / (p.j0Cathode * s.exchangeFactor) : rt * p.counterScale / (p.j0Counter * s.exchangeFactor);
		return working + other;
	}
}
