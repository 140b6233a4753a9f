package org.lithos.solver.nucleation;

import org.lithos.units.Constants;

/**
 * Classical heterogeneous nucleation of Li on a substrate, as static functions (SI units throughout), so that other
 * solvers (a nucleation or kinetic Monte Carlo bundle) can reuse the same equations.
 * <p>
 * Critical radius r* = 2 gamma V_m / (F eta); barrier dG* = f(theta) 16 pi gamma^3 V_m^2 / (3 F^2 eta^2) per nucleus,
 * with the wetting factor f(theta) = (2 + cos theta)(1 - cos theta)^2 / 4 (Volmer; see e.g. Pei et al., Nano Lett. 17
 * (2017) 1132, doi:10.1021/acs.nanolett.6b04755, for Li). Under galvanostatic control the nucleation overpotential
 * is the eta at which nuclei forming at the rate exp(-dG* / kT) and growing with Butler-Volmer kinetics carry the
 * applied current density j:
 *
 * <pre>
 *   j = j_n exp(-dG*(eta) / kT) exp(alpha F eta / RT)
 * </pre>
 *
 * where j_n (A/m2) lumps the site density, attempt frequency and charge of early growth. Both factors rise with
 * eta, so the root is unique, and it rises with j as the experiments require.
 */
public final class Nucleation {

	private static final double F = Constants.FARADAY;
	private static final double R = Constants.GAS_CONSTANT;
	private static final double K_B = Constants.BOLTZMANN;
	private static final double N_A = Constants.AVOGADRO;

	private Nucleation() {
	}

	/**
	 * @param gamma        interfacial energy, J/m2
	 * @param molarVolume  molar volume of the deposit, m3/mol
	 * @param overpotential magnitude of the overpotential, V (> 0)
	 * @return the critical nucleus radius r*, m
	 */
	public static double criticalRadius(double gamma, double molarVolume, double overpotential) {
		return 2 * gamma * molarVolume / (F * overpotential);
	}

	/**
	 * @param contactAngle contact angle of the deposit on the substrate, rad
	 * @return the heterogeneous factor f(theta), 0 (full wetting) .. 1 (no wetting)
	 */
	public static double wettingFactor(double contactAngle) {
		double c = Math.cos(contactAngle);
		return (2 + c) * (1 - c) * (1 - c) / 4;
	}

	/**
	 * @param gamma         interfacial energy, J/m2
	 * @param molarVolume   molar volume of the deposit, m3/mol
	 * @param contactAngle  contact angle, rad
	 * @param overpotential magnitude of the overpotential, V (> 0)
	 * @return the nucleation barrier dG* per nucleus, J
	 */
	public static double barrier(double gamma, double molarVolume, double contactAngle, double overpotential) {
		return wettingFactor(contactAngle) * 16 * Math.PI * gamma * gamma * gamma * molarVolume * molarVolume
				/ (3 * F * F * overpotential * overpotential);
	}

	/**
	 * @param prefactor   rate prefactor (sites times attempt frequency), 1/(m2 s)
	 * @param barrier     nucleation barrier, J
	 * @param temperature K
	 * @return the nucleation rate J = J0 exp(-dG* / kT), 1/(m2 s)
	 */
	public static double rate(double prefactor, double barrier, double temperature) {
		return prefactor * Math.exp(-barrier / (K_B * temperature));
	}

	/**
	 * Solves j = j_n exp(-dG*(eta) / kT) exp(alpha F eta / RT) for eta.
	 *
	 * @param currentDensity applied current density, A/m2 (> 0)
	 * @param temperature    K
	 * @param gamma          interfacial energy, J/m2
	 * @param molarVolume    molar volume of the deposit, m3/mol
	 * @param contactAngle   contact angle, rad
	 * @param prefactor      j_n, A/m2
	 * @param alpha          transfer coefficient of nucleus growth
	 * @return the galvanostatic nucleation overpotential magnitude, V (0 when the current needs none)
	 */
	public static double galvanostaticOverpotential(double currentDensity, double temperature, double gamma,
			double molarVolume, double contactAngle, double prefactor, double alpha) {
		double lnTarget = Math.log(currentDensity / prefactor);
		double a = alpha * F / (R * temperature);
		double b = barrier(gamma, molarVolume, contactAngle, 1.0) / (K_B * temperature); // dG* / kT = b / eta^2
		if (b <= 0) {
			return Math.max(0, lnTarget / a);
		}
		double lo = 1e-6;
		double hi = 5.0;
		for (int i = 0; i < 80; i++) {
			double mid = 0.5 * (lo + hi);
			double g = -b / (mid * mid) + a * mid - lnTarget;
			if (g > 0) {
				hi = mid;
			} else {
				lo = mid;
			}
		}
		return 0.5 * (lo + hi);
	}

	/**
	 * Volume of a spherical-cap nucleus whose surface has the curvature radius r and meets the substrate at the
	 * contact angle theta: V = (4 pi / 3) r^3 f(theta), the same f(theta) as the barrier (a cap of radius r is f(theta)
	 * of the full sphere).
	 *
	 * @param radius       curvature radius of the cap, m
	 * @param contactAngle contact angle, rad
	 * @return the cap volume, m3
	 */
	public static double capVolume(double radius, double contactAngle) {
		return 4 * Math.PI / 3 * radius * radius * radius * wettingFactor(contactAngle);
	}

	/**
	 * @param radius       curvature radius of the nucleus, m
	 * @param contactAngle contact angle, rad
	 * @param molarVolume  molar volume of the deposit, m3/mol
	 * @return the charge held by one spherical-cap nucleus, C (F V / V_m)
	 */
	public static double nucleusCharge(double radius, double contactAngle, double molarVolume) {
		return F * capVolume(radius, contactAngle) / molarVolume;
	}

	/**
	 * The areal density of surface sites when every surface atom of a deposit-like lattice is one:
	 * (N_A / V_m)^(2/3), the upper bound of any nucleus density (about 1.4e19 1/m2 for Li).
	 *
	 * @param molarVolume molar volume of the deposit, m3/mol
	 * @return sites per area, 1/m2
	 */
	public static double siteDensity(double molarVolume) {
		return Math.pow(N_A / molarVolume, 2.0 / 3.0);
	}

	/**
	 * Areal density of nuclei at the nucleation overpotential: the classical density of critical clusters,
	 * N = N_0 exp(-dG* / kT), the sites times the Boltzmann probability that a site holds a critical nucleus
	 * (Volmer and Weber; Becker and Doering; see D. Kashchiev, Nucleation: Basic Theory with Applications,
	 * Butterworth-Heinemann 2000, and I. V. Markov, Crystal Growth for Beginners, 2nd ed., World Scientific 2003,
	 * chapter 2). It is the same probability exp(-dG* / kT) that sets the galvanostatic
	 * overpotential of {@link #galvanostaticOverpotential}, so density and overpotential come from one barrier.
	 * Its local slope d ln N / d ln eta = 2 dG* / kT is about 3 to 5 at the calibrated barriers, the N ~ eta^3 that
	 * Pei et al. (Nano Lett. 17 (2017) 1132, doi:10.1021/acs.nanolett.6b04755) measured.
	 *
	 * @param siteDensity nucleation sites per area, 1/m2
	 * @param barrier     nucleation barrier dG*, J
	 * @param temperature K
	 * @return nuclei per area, 1/m2
	 */
	public static double nucleusDensity(double siteDensity, double barrier, double temperature) {
		return siteDensity * Math.exp(-barrier / (K_B * temperature));
	}
}
