package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * SEI-1 (Li | electrolyte reduction) and SEI-2 (corrosion of exposed Cu by the sulfide): growth laws.
 * <p>
 * SEI-1 is reaction-limited on fresh Li and slows as it thickens, dL/dt = k(T) L_d / (L_d + L), i.e. the mixed
 * reaction-diffusion law that tends to parabolic growth; a Mg-rich alloy surface reacts less, and conductive Cu sulfide
 * (SEI-2) accelerates the electrolyte decomposition. SEI-2 follows L = [A exp(-Ea/RT) t]^n with constants fitted
 * globally to collector-corrosion data (see calibration sei2.lnPrefactor); it is integrated through the
 * variable L^(1/n), whose rate depends only on temperature, so storage at changing temperature is exact.
 */
final class Interphases {

	private Interphases() {
	}

	/** @return SEI-1 growth rate, m/s */
	static double sei1Rate(Cal k, double thickness, double t, boolean alloySurface, double sei2Thickness) {
		double rate = k.SEI_RATE * Kinetics.arrhenius(k.SEI_ACTIVATION, t, Defaults.SEI_REF_T);
		double slow = k.SEI_DIFFUSION_THICKNESS / (k.SEI_DIFFUSION_THICKNESS + thickness);
		double alloy = alloySurface ? k.SEI_ALLOY_FACTOR : 1;
		return rate * slow * alloy * (1 + sei2Thickness / k.SEI2_DAMAGE_THICKNESS);
	}

	/** @return charge of Li bound per m of SEI-1 thickness per m2, A s/m3 */
	static double sei1ChargePerThickness() {
		return Defaults.SEI_LI_CONCENTRATION * Constants.FARADAY;
	}

	/** @return rate of the SEI-2 variable L^(1/n) on fully exposed Cu, m^(1/n)/s */
	static double sei2Rate(Cal k, double t) {
		return Math.exp((k.SEI2_LN_PREFACTOR - k.SEI2_ACTIVATION / (Constants.GAS_CONSTANT * t)) / k.SEI2_EXPONENT);
	}

	/** @return SEI-2 thickness from its growth variable, m */
	static double sei2Thickness(Cal k, double variable) {
		return variable <= 0 ? 0 : Math.pow(variable, k.SEI2_EXPONENT);
	}

	/**
	 * @return fraction of the collector exposed to the electrolyte: none under a continuous refractory barrier (a film
	 *         thinner than calibration barrier.continuousFilmThickness leaves gaps), the
	 *         cracked fraction under an alloy or conversion layer, and the non-wetted part of bare Cu
	 */
	static double exposedCopper(CellParameters p, CellState s) {
		if (!p.corrodes) {
			return 0;
		}
		double open = p.refractoryBarrier ? 1 - p.barrierCoverage : 1;
		if (open <= 0) {
			return 0;
		}
		if (p.alloyCapacity > 0 || p.conversionCapacity > 0) {
			return open * s.crackDamage;
		}
		double cover = s.plated / (s.plated + LossChannels.coverCharge(p));
		return open * (1 - p.wetFraction * cover);
	}
}
