package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * Mechanical failure: voids when stripping outruns Li creep, and filaments when the local current exceeds the
 * critical current density.
 * <p>
 * Creep: power law, strain rate = A sigma^n exp(-Q/RT) with n and Q of Li (material properties); the interface is
 * refilled at a velocity strain rate x asperity length, so the critical stripping current is F v / V_m and rises
 * steeply with stack pressure. Filaments: initiation when j_local = j / contact fraction exceeds j_crit (denser
 * pellets, better wetting and higher pressure raise it); the tip advances at (focusing) x V_m / F x (j_local -
 * j_crit) and shorts the cell when it crosses the separator.
 * <p>
 * Roughness: the thickness spread sigma_h of the plated Li grows in proportion to the Li deposited (dense films by
 * a fraction measured by operando tomography, island deposits by more) and shrinks in proportion when Li is
 * stripped. The tallest protrusions carry j (1 + (sigma_h / l)^2): they reach towards the counter electrode and
 * focus the current. A protrusion that grows taller on a base of fixed width also grows sharper, and the current
 * concentration at the apex of a hemi-ellipsoid on a plane rises about as the square of its height over its base
 * radius (Forbes, Edgcombe and Valdre, Ultramicroscopy 95 (2003) 57: exact result, aspect ratio squared over a
 * logarithm; primary current distribution, which obeys the same Laplace problem as the electrostatic field). So a
 * thin deposit at a high current stays safe where a thick one at a moderate current does not, and a filament can
 * start after enough continuous plating at a current that a flat deposit carries safely, as the tomography shows
 * (the spread grows before the short), instead of only at the first nuclei.
 */
final class Failure {

	private Failure() {
	}

	/** @return Li creep strain rate at the stack pressure, 1/s */
	static double creepRate(CellParameters p, double pressure, double t) {
		double ratio = Math.max(pressure, 0) / Defaults.CREEP_REF_STRESS;
		return p.k.CREEP_REF_RATE * Math.pow(ratio, p.creepExponent)
				* Kinetics.arrhenius(p.creepActivation, t, Defaults.CREEP_REF_T);
	}

	/** @return critical stripping current density above which voids open, A/m2 */
	static double criticalStrippingCurrent(CellParameters p, double pressure, double t) {
		return creepRate(p, pressure, t) * p.k.CREEP_LENGTH * Constants.FARADAY / p.liMolarVolume;
	}

	/** @return critical local current density for filament initiation, A/m2 */
	static double criticalCurrent(CellParameters p, double pressure) {
		double pf = Math.pow(Math.max(pressure, 1e5) / Defaults.CCD_REF_PRESSURE, p.k.CCD_PRESSURE_EXPONENT);
		return p.criticalCurrent * pf;
	}

	/** @return growth of the thickness spread per thickness of Li deposited */
	static double roughening(CellParameters p) {
		return p.islands ? p.k.ROUGHENING_ISLANDS : p.k.ROUGHENING_DENSE;
	}

	/** @return current on the tallest protrusions over the mean local current, 1 + (sigma_h / l)^2 */
	static double tipFocusing(CellParameters p, CellState s) {
		double aspect = s.roughness / p.k.ROUGHNESS_LENGTH;
		return 1 + aspect * aspect;
	}

	/** @return filament tip velocity, m/s */
	static double filamentVelocity(CellParameters p, double localCurrent, double critical) {
		double excess = localCurrent - critical;
		return excess <= 0 ? 0 : p.k.FILAMENT_FOCUSING * p.liMolarVolume / Constants.FARADAY * excess;
	}
}
