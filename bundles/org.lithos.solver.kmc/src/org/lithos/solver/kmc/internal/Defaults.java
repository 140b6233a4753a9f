package org.lithos.solver.kmc.internal;

import org.lithos.units.Constants;

/**
 * Physical constants and literature defaults of the kinetic Monte Carlo model, each with its source. Energies in J,
 * lengths in m, rates in 1/s.
 */
public final class Defaults {

	private Defaults() {
	}

	// The physical constants (k_B, h, N_A, e, V_m of Li) are in org.lithos.units.Constants.

	/** 1 eV in J (SI 2019, exact): the elementary charge times one volt. */
	public static final double EV = Constants.ELEMENTARY_CHARGE;
	/** Volume of one Li atom in m3, V_m / N_A = 2.16e-29 m3. */
	public static final double LI_ATOM_VOLUME = Constants.LITHIUM_MOLAR_VOLUME / Constants.AVOGADRO;
	/** Atomic hop length in m: the cube root of the atomic volume, 0.278 nm. */
	public static final double LI_HOP_LENGTH = Math.cbrt(LI_ATOM_VOLUME);

	/**
	 * Broensted-Evans-Polanyi coefficient alpha of the adsorption rates, k_sub/k_LiLi = exp(alpha (E_b,sub -
	 * E_b,LiLi)/kT): 0.5, the symmetry factor of a one-electron transfer (Butler-Volmer transfer coefficient) that
	 * Marcus theory gives at small driving force, A. J. Bard and L. R. Faulkner, Electrochemical Methods, 2nd ed.,
	 * Wiley 2001, section 3.3. The same fraction of a binding-energy difference moves the surface-diffusion barrier
	 * on the substrate. One global constant, not fitted to any experiment.
	 */
	public static final double BEP_ALPHA = 0.5;

	/**
	 * Attempt frequency in 1/s: k_B theta_D / h with the Debye temperature of Li, 344 K (C. Kittel, Introduction
	 * to Solid State Physics, 8th ed., Wiley 2005, table 5.1), 7.17e12 1/s.
	 */
	public static final double ATTEMPT_FREQUENCY = Constants.BOLTZMANN * 344.0 / Constants.PLANCK;

	/**
	 * Barrier of a free Li adatom hopping on Li in J: 0.10 eV. DFT barriers of Li self-diffusion on the low-index
	 * Li surfaces are tens of meV to somewhat above 0.1 eV depending on facet and mechanism (hopping, exchange):
	 * M. Jaeckle and A. Gross, J. Chem. Phys. 141 (2014) 174710, doi:10.1063/1.4901055; M. Jaeckle et al., Energy
	 * Environ. Sci. 11 (2018) 3400, doi:10.1039/C8EE01448E. 0.10 eV is a representative value of that range, not
	 * a single table entry; the facet-resolved value is still to be taken from those tables.
	 */
	public static final double DIFFUSION_BARRIER = 0.10 * EV;

	/**
	 * Li-Li bond energy of the bond-counting model in J: 0.543 eV, the broken-bond estimate 2 E_coh / z with the
	 * cohesive energy of Li, 1.63 eV per atom (Kittel, table 3.1), and the z = 6 neighbours of the simple cubic
	 * lattice. Every lateral bond raises the hop barrier by this much, so an adatom that touches the deposit is in
	 * practice immobile (hit-and-stick aggregation, as in M23's picture of islands on lithiophobic Cu).
	 */
	public static final double BOND_ENERGY = 2.0 * 1.63 * EV / 6.0;

	/**
	 * Default coarse-grained site size in m: 10 nm. A lattice site stands for a cube of Li of this edge (about
	 * 4.6e4 atoms), so a 128-site-wide lattice is 1.28 um wide and resolves the 20-200 nm Li particles of Z25 with
	 * several sites each. Real current densities give diffusion-to-arrival ratios of 1e12 and more per atomic site;
	 * coarse-graining with the adatom diffusivity preserved divides that ratio by a/a_0 and makes runs tractable.
	 */
	public static final double SITE_SIZE = 10e-9;

	/** Default temperature in K: 298.15 (room temperature of the reference experiments). */
	public static final double TEMPERATURE = Constants.STANDARD_TEMPERATURE;

	/**
	 * Li-Li reference binding energy in J when the input gives none: 0.168 eV, Li on Li(110) (M23, Wang et al.,
	 * Adv. Mater. 2023, doi:10.1002/adma.202206762; the library's interface Li | Li).
	 */
	public static final double LI_LI_BINDING = 0.168 * EV;
}
