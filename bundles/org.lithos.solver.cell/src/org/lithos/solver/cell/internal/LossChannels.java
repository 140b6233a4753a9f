package org.lithos.solver.cell.internal;

/**
 * Li-loss and contact-loss rules: dead Li on stripping, blocking of the collector by dead Li and corrosion, and
 * cracking of alloy layers.
 * <p>
 * Dead Li (after PyBaMM's partially reversible plating and the R24 review): a fraction gamma of the Li removed on
 * stripping loses electronic contact. gamma is smallest for dense planar deposits and grows with the non-wetted
 * area (islands), on the first strip of a deposit grown on a fresh surface, when stripping is slower than the preceding plating, and when
 * the stack pressure is low.
 */
final class LossChannels {

	private LossChannels() {
	}

	/** @return charge of Li at which islands coalesce into a covering layer, A s/m2 */
	static double coverCharge(CellParameters p) {
		double h = p.k.COVER_THICKNESS * (p.islands ? p.k.ISLAND_COALESCENCE_FACTOR : 1);
		return h / p.liMolarVolume * Defaults.F;
	}

	/** @return dead-Li fraction of stripped Li */
	static double deadFraction(CellParameters p, CellState s, double jStrip, double pressure) {
		double base = p.k.DEAD_FRACTION_DENSE + p.k.DEAD_FRACTION_ISLANDS * (1 - p.wetFraction);
		double pf = Math.sqrt(p.k.DEAD_REF_PRESSURE / Math.max(pressure, 1e5));
		pf = Math.max(0.5, Math.min(3, pf));
		double jp = s.lastDepositCurrent > 0 ? s.lastDepositCurrent : jStrip;
		double jf = Math.pow(Math.max(jp, 1e-3) / p.k.DEAD_REF_CURRENT, p.k.DEAD_CURRENT_EXPONENT);
		double rf = Math.pow(jp / jStrip, p.k.DEAD_RATE_EXPONENT) * jf;
		// Li nucleated on a bare lithiophobic surface: faster plating gives more, smaller, more porous nuclei
		// (Z25, R24), so the first-strip loss scales with the plating current as the base loss does.
		double first = ((s.firstDeposit ? p.k.DEAD_FRACTION_FIRST_FRESH : 0)
				+ (s.bareNucleated ? p.k.DEAD_FRACTION_FIRST * (1 - p.wetFraction) : 0)) * jf;
		double porous = 1 + p.k.DEAD_PORE_FACTOR * p.crackFill;
		return Math.min(0.9, (base * pf * rf + first) * porous);
	}

	/**
	 * @return fraction of the geometric area through which current passes: wetted area, less the area blocked by
	 *         dead Li (porous island debris blocks much more than dense layers), voids and Cu sulfide
	 */
	static double contactFraction(CellParameters p, CellState s) {
		double hDead = s.dead / Defaults.F * p.liMolarVolume;
		double block = p.k.DEAD_BLOCKING_THICKNESS / (p.islands ? 1 : p.k.DENSE_BLOCKING_RATIO);
		return p.wetFraction * Math.exp(-hDead / block) * (1 - s.voidFraction)
				/ (1 + s.sei2Thickness / p.k.SEI2_DAMAGE_THICKNESS);
	}

	/** @return cracking damage of the alloy layer per full lithiation swing */
	static double crackDamagePerSwing(CellParameters p) {
		if (p.alloyThickness <= 0) {
			return 0;
		}
		return p.k.CRACK_RATE * Defaults.CRACK_REF_THICKNESS / p.alloyThickness;
	}
}
