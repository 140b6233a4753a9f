package org.lithos.solver.kmc;

import org.lithos.solver.kmc.internal.Defaults;
import org.lithos.units.Constants;

/**
 * Everything a kinetic Monte Carlo run of early Li plating needs, in SI units. The lattice is simple cubic with
 * {@code nx x ny x nz} sites of edge {@code siteSize} (2D: {@code ny = 1}), periodic in x and y; the plane z = 0
 * is the substrate (the outermost collector layer), Li grows at z >= 1.
 * <p>
 * <b>Coarse-graining.</b> A site is a cube of Li of edge {@code siteSize} holding n = a^3 / Omega atoms (Omega =
 * V_m / N_A). Ions arrive per substrate column at F = j Omega / (e a) sites per s (for an atomic site this is j
 * a^2 / e atoms per site per s); a hop moves a site by a at k = nu (a_0 / a)^2 exp(-E / kT) so that the adatom
 * diffusivity D = nu a_0^2 exp(-E/kT) of the atomic model is preserved (a_0 = Omega^(1/3)). The diffusion-to-
 * arrival ratio k/F then falls as 1/a, which is what makes real current densities tractable.
 * <p>
 * <b>Rates.</b> Adsorption: an arriving ion lands on top of its column or of one of its lateral neighbours, chosen
 * with weight k_sub on bare substrate and k_LiLi on Li, k_sub / k_LiLi = exp(alpha (E_b,sub - E_b,LiLi) / kT)
 * ({@link #adsorptionRatio()}). Hops: E = E_a + n_bonds E_bond, n_bonds the occupied neighbours other than the
 * site below; in the plane on the substrate the bond term is shifted by alpha (E_b,sub - E_b,LiLi)
 * ({@link #hopBarrier(int, boolean)}), so weakly bound edge atoms on Cu stay mobile and strongly bound ones on
 * Li2Te do not. Moves onto or off the substrate plane carry the adsorption preference k_sub/k_LiLi.
 *
 * @param dimension        2 (cross-section, ny = 1) or 3
 * @param nx               sites along x
 * @param ny               sites along y (1 in 2D)
 * @param nz               sites along z, including the substrate plane z = 0
 * @param siteSize         edge a of a site in m
 * @param temperature      temperature in K
 * @param currentDensity   plating current density in A/m2
 * @param substrateBinding DFT binding energy of Li on the substrate in J (larger = stronger binding)
 * @param lithiumBinding   DFT binding energy of Li on Li in J, the reference of the rate ratio
 * @param diffusionBarrier hop barrier E_a of a free Li adatom on Li in J
 * @param bondEnergy       Li-Li bond energy of the bond counting in J
 * @param attemptFrequency attempt frequency nu in 1/s
 * @param coated           whether the substrate plane is a coating (code 2) rather than the bare collector (1)
 * @param seed             random seed; equal parameters and seeds give bit-for-bit equal results
 * @param eventBudget      the run stops after this many events (arrivals plus hops)
 * @param chargeTarget     the run ends when this deposited charge is reached, in A s/m2
 * @param timeLimit        the run stops at this simulated time in s (infinity for none)
 * @param samples          number of time-series samples after the initial one
 * @param snapshots        number of deposit snapshots
 */
public record KmcParameters(int dimension, int nx, int ny, int nz, double siteSize, double temperature,
		double currentDensity, double substrateBinding, double lithiumBinding, double diffusionBarrier,
		double bondEnergy, double attemptFrequency, boolean coated, long seed, long eventBudget, double chargeTarget,
		double timeLimit, int samples, int snapshots) {

	/** Checks every value; throws {@link IllegalArgumentException} naming the first bad parameter. */
	public KmcParameters {
		if (dimension != 2 && dimension != 3) {
			throw new IllegalArgumentException("dimension must be 2 or 3 (got " + dimension + ")");
		}
		if (nx < 2 || ny < 1 || nz < 3) {
			throw new IllegalArgumentException("lattice must be at least 2 x 1 x 3 sites (got " + nx + " x " + ny
					+ " x " + nz + ")");
		}
		if (dimension == 2 && ny != 1) {
			throw new IllegalArgumentException("a 2D lattice has ny = 1 (got " + ny + ")");
		}
		if (dimension == 3 && ny < 2) {
			throw new IllegalArgumentException("a 3D lattice needs ny >= 2 (got " + ny + ")");
		}
		positive("siteSize", siteSize);
		positive("temperature", temperature);
		positive("currentDensity", currentDensity);
		finite("substrateBinding", substrateBinding);
		finite("lithiumBinding", lithiumBinding);
		nonNegative("diffusionBarrier", diffusionBarrier);
		nonNegative("bondEnergy", bondEnergy);
		positive("attemptFrequency", attemptFrequency);
		if (eventBudget <= 0) {
			throw new IllegalArgumentException("eventBudget must be positive (got " + eventBudget + ")");
		}
		positive("chargeTarget", chargeTarget);
		if (Double.isNaN(timeLimit) || timeLimit <= 0) {
			throw new IllegalArgumentException("timeLimit must be positive (got " + timeLimit + ")");
		}
		if (samples < 1 || snapshots < 0) {
			throw new IllegalArgumentException("samples must be >= 1 and snapshots >= 0 (got " + samples + ", "
					+ snapshots + ")");
		}
	}

	private static void positive(String name, double v) {
		if (!(v > 0) || Double.isInfinite(v)) {
			throw new IllegalArgumentException(name + " must be positive and finite (got " + v + ")");
		}
	}

	private static void nonNegative(String name, double v) {
		if (!(v >= 0) || Double.isInfinite(v)) {
			throw new IllegalArgumentException(name + " must be non-negative and finite (got " + v + ")");
		}
	}

	private static void finite(String name, double v) {
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException(name + " must be finite (got " + v + ")");
		}
	}

	/**
	 * Defaults: a 3D 64 x 64 x 32 lattice of 10 nm sites at 298.15 K and 1 mA/cm2, Li-on-Li binding on both sides
	 * (ratio 1), literature diffusion and bond energies ({@code internal.Defaults}), seed 1, 1e8 events, 10 dense
	 * monolayers of charge, 50 samples and 4 snapshots.
	 *
	 * @return the default parameters
	 */
	public static KmcParameters defaults() {
		double a = Defaults.SITE_SIZE;
		return new KmcParameters(3, 64, 64, 32, a, Defaults.TEMPERATURE, 10.0, Defaults.LI_LI_BINDING,
				Defaults.LI_LI_BINDING, Defaults.DIFFUSION_BARRIER, Defaults.BOND_ENERGY, Defaults.ATTEMPT_FREQUENCY,
				false, 1L, 100_000_000L, 10 * layerCharge(a), Double.POSITIVE_INFINITY, 50, 4);
	}

	/**
	 * @param siteSize site edge a in m
	 * @return the charge of one dense monolayer of sites, a F / V_m in A s/m2
	 */
	public static double layerCharge(double siteSize) {
		return siteSize * Constants.ELEMENTARY_CHARGE / Defaults.LI_ATOM_VOLUME;
	}

	/** @return the charge one site carries per unit substrate area of the lattice, A s/m2 */
	public double siteCharge() {
		return layerCharge(siteSize) / ((double) nx * ny);
	}

	/** @return k_sub / k_LiLi = exp(alpha (E_b,sub - E_b,LiLi) / kT) */
	public double adsorptionRatio() {
		return Math.exp(Defaults.BEP_ALPHA * (substrateBinding - lithiumBinding)
				/ (Constants.BOLTZMANN * temperature));
	}

	/** @return ion arrivals per substrate column per s, j Omega / (e a) */
	public double arrivalRate() {
		return currentDensity * Defaults.LI_ATOM_VOLUME / (Constants.ELEMENTARY_CHARGE * siteSize);
	}

	/**
	 * @param barrier hop barrier in J
	 * @return the coarse-grained hop rate nu (a_0/a)^2 exp(-E/kT) in 1/s
	 */
	public double hopRate(double barrier) {
		double scale = Defaults.LI_HOP_LENGTH / siteSize;
		return attemptFrequency * scale * scale * Math.exp(-barrier / (Constants.BOLTZMANN * temperature));
	}

	/** @return the change of every hop barrier of a Li site on the substrate in J, alpha (E_b,sub - E_b,LiLi) */
	public double substrateShift() {
		return Defaults.BEP_ALPHA * (substrateBinding - lithiumBinding);
	}

	/**
	 * The hop barrier of a Li site. A lone adatom hops over E_a on Li and on the substrate alike (the library has
	 * no DFT hop barrier of Li on Cu or Li2Te). Each Li bond other than the support below adds E_bond; in the plane
	 * on the substrate the bonds are shifted by alpha (E_b,sub - E_b,LiLi) (BEP, as the adsorption rates), never
	 * below the lone-adatom barrier: E = E_a + max(0, n E_bond + alpha dE_b) there, E = E_a + n E_bond above it.
	 *
	 * @param bonds       occupied neighbours other than the one below
	 * @param onSubstrate whether the site is in the plane on the substrate (z = 1)
	 * @return the barrier in J
	 */
	public double hopBarrier(int bonds, boolean onSubstrate) {
		if (!onSubstrate || bonds == 0) {
			return diffusionBarrier + bonds * bondEnergy;
		}
		return diffusionBarrier + Math.max(0.0, bonds * bondEnergy + substrateShift());
	}

	/** @return number of lattice sites */
	public long sites() {
		return (long) nx * ny * nz;
	}

	/** @return a copy on a 2D nx x nz cross-section */
	public KmcParameters with2D(int nx2, int nz2) {
		return new KmcParameters(2, nx2, 1, nz2, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget,
				chargeTarget, timeLimit, samples, snapshots);
	}

	/** @return a copy on a 3D nx x ny x nz lattice */
	public KmcParameters with3D(int nx2, int ny2, int nz2) {
		return new KmcParameters(3, nx2, ny2, nz2, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget,
				chargeTarget, timeLimit, samples, snapshots);
	}

	/** @return a copy with site size a in m */
	public KmcParameters withSiteSize(double a) {
		return new KmcParameters(dimension, nx, ny, nz, a, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget,
				chargeTarget, timeLimit, samples, snapshots);
	}

	/** @return a copy at temperature T in K */
	public KmcParameters withTemperature(double t) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, t, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget,
				chargeTarget, timeLimit, samples, snapshots);
	}

	/** @return a copy at current density j in A/m2 */
	public KmcParameters withCurrentDensity(double j) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, j, substrateBinding, lithiumBinding,
				diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget, chargeTarget, timeLimit,
				samples, snapshots);
	}

	/** @return a copy with binding energies (J) of Li on the substrate and on Li, and whether it is a coating */
	public KmcParameters withBinding(double substrate, double lithium, boolean isCoating) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, currentDensity, substrate, lithium,
				diffusionBarrier, bondEnergy, attemptFrequency, isCoating, seed, eventBudget, chargeTarget,
				timeLimit, samples, snapshots);
	}

	/** @return a copy with hop barrier (J), bond energy (J) and attempt frequency (1/s) */
	public KmcParameters withDiffusion(double barrier, double bond, double frequency) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, barrier, bond, frequency, coated, seed, eventBudget, chargeTarget, timeLimit,
				samples, snapshots);
	}

	/** @return a copy with another seed */
	public KmcParameters withSeed(long s) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, s, eventBudget, chargeTarget,
				timeLimit, samples, snapshots);
	}

	/** @return a copy with budgets: events, deposited charge (A s/m2) and simulated time (s) */
	public KmcParameters withBudget(long events, double charge, double time) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, events, charge, time,
				samples, snapshots);
	}

	/** @return a copy with sample and snapshot counts */
	public KmcParameters withOutput(int sampleCount, int snapshotCount) {
		return new KmcParameters(dimension, nx, ny, nz, siteSize, temperature, currentDensity, substrateBinding,
				lithiumBinding, diffusionBarrier, bondEnergy, attemptFrequency, coated, seed, eventBudget,
				chargeTarget, timeLimit, sampleCount, snapshotCount);
	}
}
