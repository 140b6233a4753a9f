package org.lithos.solver.nucleation;

import org.lithos.units.Constants;

/**
 * The constants of {@link NucleationSolver} that no material or interface of the input gives. Values from the input
 * (interface properties "contact angle", "surface energy", "nucleation site density" of Li on the collector surface;
 * the Li "surface energy" and "molar volume") take precedence.
 *
 * @param surfaceEnergy       effective Li | substrate interfacial energy gamma of the barrier, J/m2
 * @param prefactor           j_n of the galvanostatic condition j = j_n exp(-dG* / kT) exp(alpha F eta / RT), A/m2
 * @param transferCoefficient alpha of the Butler-Volmer growth of nuclei, 0..1
 * @param siteDensity         nucleation sites per area N_0, 1/m2; NaN: one per surface atom of Li,
 *                            {@link Nucleation#siteDensity(double)}
 * @param thetaBare           contact angle of Li on a bare non-alloying metal (Cu, Ni, stainless steel), rad
 * @param thetaRefractory     contact angle of Li on a refractory barrier (W, Mo, Nb), rad
 * @param thetaCompound       contact angle of Li on a lithiophilic compound (Li2Te, also Cu2Te after its conversion
 *                            to Li2Te), rad
 * @param molarVolume         molar volume of Li when the input gives none, m3/mol
 * @param temperature         temperature when neither step nor cell gives one, K
 */
public record NucleationParameters(double surfaceEnergy, double prefactor, double transferCoefficient,
		double siteDensity, double thetaBare, double thetaRefractory, double thetaCompound, double molarVolume,
		double temperature) {

	/**
	 * The defaults: gamma 0.05 J/m2, j_n 20 A/m2 and the contact angles 100 degrees (bare), 92 degrees
	 * (refractory), 45 degrees (lithiophilic compound) are the shipped calibration of {@code lithos.cell}
	 * (nucleation.surfaceEnergy, nucleation.prefactor, wetting.thetaBare, wetting.thetaRefractory,
	 * wetting.thetaCompound in its calibration.properties, fitted by {@code lithos calibrate}), so both solvers give
	 * the same overpotential for the same surface; alpha 0.5 is symmetric Butler-Volmer (Bard and Faulkner,
	 * Electrochemical Methods, 2nd ed., Wiley 2001); sites one per surface atom of Li; V_m 1.30e-5 m3/mol
	 * (6.94 g/mol, IUPAC 2013, doi:10.1515/pac-2015-0305, over 0.534 g/cm3, CRC Handbook 97th ed.); 298.15 K.
	 */
	public static final NucleationParameters DEFAULTS = new NucleationParameters(0.05, 20.0, 0.5, Double.NaN,
			Math.toRadians(100), Math.toRadians(92), Math.toRadians(45), Constants.LITHIUM_MOLAR_VOLUME,
			Constants.STANDARD_TEMPERATURE);

	/** @throws IllegalArgumentException when a value is not physical */
	public NucleationParameters {
		positive(surfaceEnergy, "surface energy");
		positive(prefactor, "prefactor");
		positive(molarVolume, "molar volume");
		positive(temperature, "temperature");
		if (!(transferCoefficient > 0 && transferCoefficient < 1)) {
			throw new IllegalArgumentException("transfer coefficient must lie in (0, 1), got " + transferCoefficient);
		}
		if (!Double.isNaN(siteDensity)) {
			positive(siteDensity, "site density");
		}
		angle(thetaBare, "bare contact angle");
		angle(thetaRefractory, "refractory contact angle");
		angle(thetaCompound, "compound contact angle");
	}

	/**
	 * @param gamma effective interfacial energy, J/m2
	 * @return these parameters with another surface energy
	 */
	public NucleationParameters withSurfaceEnergy(double gamma) {
		return new NucleationParameters(gamma, prefactor, transferCoefficient, siteDensity, thetaBare,
				thetaRefractory, thetaCompound, molarVolume, temperature);
	}

	/**
	 * @param jn prefactor j_n, A/m2
	 * @return these parameters with another prefactor
	 */
	public NucleationParameters withPrefactor(double jn) {
		return new NucleationParameters(surfaceEnergy, jn, transferCoefficient, siteDensity, thetaBare,
				thetaRefractory, thetaCompound, molarVolume, temperature);
	}

	/**
	 * @param bare       contact angle on bare metals, rad
	 * @param refractory contact angle on refractory metals, rad
	 * @param compound   contact angle on lithiophilic compounds, rad
	 * @return these parameters with other class contact angles
	 */
	public NucleationParameters withContactAngles(double bare, double refractory, double compound) {
		return new NucleationParameters(surfaceEnergy, prefactor, transferCoefficient, siteDensity, bare, refractory,
				compound, molarVolume, temperature);
	}

	private static void positive(double v, String what) {
		if (!(Double.isFinite(v) && v > 0)) {
			throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
		}
	}

	private static void angle(double v, String what) {
		if (!(v >= 0 && v <= Math.PI)) {
			throw new IllegalArgumentException(what + " must lie in [0, pi] rad, got " + v);
		}
	}
}
