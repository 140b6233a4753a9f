package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * Potential of the working electrode (collector side) vs Li/Li+ while current flows, for deposition and
 * dissolution, and the reaction that carries the current. Deposition goes to the most positive available reaction
 * (conversion, then alloying, then Li metal); dissolution takes the least positive one (Li metal, then the
 * reversible alloy). As a reservoir runs out its contact area shrinks, the local current and the overpotential rise,
 * so the potential climbs smoothly to any cut-off.
 */
final class Electrode {

	/** The reaction that carries the current. */
	enum Channel {
		/** Current goes into or out of Li metal. */
		METAL,
		/** Current goes into or out of the alloy layers. */
		ALLOY,
		/** Current converts the conversion layer. */
		CONVERSION,
		/** Nothing left to dissolve. */
		NONE
	}

	/** Relative room below which a layer counts as full (round-off). */
	private static final double ROOM_TOLERANCE = 1e-9;

	/** Potential beyond any cut-off when nothing can be dissolved, V. */
	static final double EXHAUSTED = 5.0;

	private Electrode() {
	}

	/**
	 * @param j current density magnitude, A/m2
	 * @return which reaction takes deposited charge now: Li metal once the layers are full, or once diffusion into
	 *         the alloy can no longer carry the current
	 */
	static Channel depositChannel(CellParameters p, CellState s, double j) {
		if (p.conversionCapacity - s.conversion > ROOM_TOLERANCE * p.conversionCapacity) {
			return Channel.CONVERSION;
		}
		if (alloyRoom(p, s) > ROOM_TOLERANCE * p.alloyCapacity && j <= alloyUptakeCurrent(p, s)) {
			return Channel.ALLOY;
		}
		return Channel.METAL;
	}

	/** @return Li the alloy layers can still take, A s/m2 */
	static double alloyRoom(CellParameters p, CellState s) {
		return p.alloyCapacity - s.alloyReversible - s.alloyTrapped;
	}

	/**
	 * Diffusion-limited uptake of the alloy (Cottrell, semi-infinite layer): j_d = F c_s sqrt(D / (pi t)), t the
	 * time the layer has been taking Li in this step. Unlimited without a diffusivity.
	 *
	 * @return the current density the alloy can absorb now, A/m2
	 */
	static double alloyUptakeCurrent(CellParameters p, CellState s) {
		if (!(p.alloyDiffusivity > 0)) {
			return Double.POSITIVE_INFINITY;
		}
		double t = Math.max(s.alloyUptakeTime, 1e-3);
		return Constants.FARADAY * p.alloySurfaceConcentration * Math.sqrt(p.alloyDiffusivity / (Math.PI * t));
	}


	/**
	 * @param j current density magnitude, A/m2
	 * @return working-electrode potential vs Li during deposition, V
	 */
	static double depositPotential(CellParameters p, CellState s, double j, double t) {
		switch (depositChannel(p, s, j)) {
		case CONVERSION: {
			double f = s.conversion / p.conversionCapacity;
			return plateau(p.conversionPotentials, f) - Kinetics.overpotential(j, p.j0Layer * s.exchangeFactor, t);
		}
		case ALLOY: {
			double f = (s.alloyReversible + s.alloyTrapped) / p.alloyCapacity;
			return plateau(p.alloyPlateaus, f) - Kinetics.overpotential(j, p.j0Layer * s.exchangeFactor, t);
		}
		default: {
			double local = j / Math.max(LossChannels.contactFraction(p, s), 1e-12);
			double nuc = s.nucleationOverpotential > 0
					? s.nucleationOverpotential * Math.exp(-s.chargeSinceNucleation / p.k.NUCLEATION_DECAY_CHARGE)
					: 0;
			return -(Kinetics.overpotential(local, p.j0Li * s.exchangeFactor, t) + j * seiResistance(p, s) + nuc);
		}
		}
	}

	/** @return which reaction gives dissolved charge now */
	static Channel dissolveChannel(CellParameters p, CellState s, double j, double t) {
		double em = metalDissolvePotential(p, s, j, t);
		double ea = alloyDissolvePotential(p, s, j, t);
		if (em >= EXHAUSTED && ea >= EXHAUSTED) {
			return Channel.NONE;
		}
		return em <= ea ? Channel.METAL : Channel.ALLOY;
	}

	/** @return working-electrode potential vs Li during dissolution, V */
	static double dissolvePotential(CellParameters p, CellState s, double j, double t) {
		return Math.min(metalDissolvePotential(p, s, j, t), alloyDissolvePotential(p, s, j, t));
	}

	private static double metalDissolvePotential(CellParameters p, CellState s, double j, double t) {
		double m = s.strippableMetal();
		if (m <= 0) {
			return EXHAUSTED;
		}
		double cover = m / (m + LossChannels.coverCharge(p));
		double local = j / Math.max(LossChannels.contactFraction(p, s) * cover, 1e-300);
		return Math.min(EXHAUSTED, Kinetics.overpotential(local, p.j0Li * s.exchangeFactor, t) + j * seiResistance(p, s));
	}

	private static double alloyDissolvePotential(CellParameters p, CellState s, double j, double t) {
		double a = s.alloyReversible;
		if (a <= 0 || p.alloyCapacity <= 0) {
			return EXHAUSTED;
		}
		double reversibleCapacity = Math.max(p.alloyCapacity - s.alloyTrapped, 1e-300);
		double cover = a / (a + p.k.ALLOY_COVER_FRACTION * reversibleCapacity);
		// Delithiation runs the plateaus in reverse: the last filled (lowest) empties first.
		double f = 1 - a / reversibleCapacity;
		double u = plateau(p.alloyPlateausUp, f);
		return Math.min(EXHAUSTED, u + Kinetics.overpotential(j / cover, p.j0Layer * s.exchangeFactor, t));
	}

	/** @return plateau potential at fill fraction f of a staircase of plateaus, V */
	static double plateau(double[] plateaus, double f) {
		if (plateaus.length == 0) {
			return 0;
		}
		int i = (int) Math.min(plateaus.length - 1, Math.max(0, Math.floor(f * plateaus.length)));
		return plateaus[i];
	}

	/** @return SEI-1 areal resistance, ohm m2 */
	static double seiResistance(CellParameters p, CellState s) {
		return s.seiThickness / p.k.SEI_CONDUCTIVITY;
	}
}
