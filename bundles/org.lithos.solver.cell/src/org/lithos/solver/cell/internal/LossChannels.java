package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * Li-loss and contact-loss rules: dead Li on stripping, blocking of the collector by dead Li and corrosion, and
 * cracking of alloy layers.
 * <p>
 * Dead Li (after PyBaMM's partially reversible plating and the R24 review): a fraction gamma of the Li removed on
 * stripping loses electronic contact. gamma is smallest for dense planar deposits and grows with the non-wetted
 * area (islands), on the first strip of a deposit grown on a fresh surface, when stripping is slower than the
 * preceding plating, and when the stack pressure is low.
 * <p>
 * The island layer: on a lithiophobic collector the first Li is separate particles, which merge into a film only
 * after growing well beyond their own size. Li stripped from within that layer (less Li left on the collector than
 * the layer holds) comes off islands that neck and lose contact as they thin, so such a strip loses an extra
 * fraction of it. The loss is set by where the strip ends, not by the charge plated: a half cell stripped to a
 * cut-off passes through the layer every cycle and loses about a fixed areal amount (so thicker cathodes, which
 * cycle more Li per cycle, lose a smaller fraction, Z25), a strip on a thick Li reservoir (the 10 middle cycles of
 * the average-CE test) does not reach it, and a full cell whose leftover Li lies inside the layer loses it on
 * every discharge, which is why lithiophobic collectors fade early in anode-free cells while their average CE on
 * a reservoir is nearly that of lithiophilic ones (M24).
 */
final class LossChannels {

	/** Bounds of the stack-pressure factor of the dead-Li fractions. */
	private static final double PRESSURE_FACTOR_MIN = 0.2;
	private static final double PRESSURE_FACTOR_MAX = 5;

	private LossChannels() {
	}

	/** @return whether Li now stripped comes from within the island layer of an island-forming collector */
	static boolean inIslandLayer(CellParameters p, CellState s) {
		return p.islands && s.strippableMetal() < p.k.ISLAND_LAYER_THICKNESS / p.liMolarVolume * Constants.FARADAY;
	}

	/** @return charge of Li at which islands coalesce into a covering layer, A s/m2 */
	static double coverCharge(CellParameters p) {
		double h = p.k.COVER_THICKNESS * (p.islands ? p.k.ISLAND_COALESCENCE_FACTOR : 1);
		return h / p.liMolarVolume * Constants.FARADAY;
	}

	/** @return dead-Li fraction of stripped Li */
	static double deadFraction(CellParameters p, CellState s, double jStrip, double pressure) {
		double base = p.k.DEAD_FRACTION_DENSE + p.k.DEAD_FRACTION_ISLANDS * (1 - p.wetFraction);
		double pf = Math.pow(p.k.DEAD_REF_PRESSURE / Math.max(pressure, 1e5), p.k.DEAD_PRESSURE_EXPONENT);
		// outside the 5-20 MPa of the reference cells the trend is not known (R24 reports an optimum)
		pf = Math.max(PRESSURE_FACTOR_MIN, Math.min(PRESSURE_FACTOR_MAX, pf));
		double jp = s.lastDepositCurrent > 0 ? s.lastDepositCurrent : jStrip;
		double jf = Math.pow(Math.max(jp, 1e-3) / p.k.DEAD_REF_CURRENT, p.k.DEAD_CURRENT_EXPONENT);
		double rf = Math.pow(jp / jStrip, p.k.DEAD_RATE_EXPONENT) * jf;
		// Islands nucleated faster are more, smaller and more porous (Z25, R24): the island-layer and first-deposit
		// losses scale with the plating current as the base loss does.
		double islandLayer = inIslandLayer(p, s) ? p.k.DEAD_FRACTION_ISLAND_LAYER * (1 - p.wetFraction) : 0;
		double first = ((s.firstDeposit ? p.k.DEAD_FRACTION_FIRST_FRESH : 0) + islandLayer) * jf;
		double porous = 1 + p.k.DEAD_PORE_FACTOR * p.crackFill;
		return Math.min(0.9, (base * rf + first) * pf * porous);
	}

	/**
	 * @return fraction of the geometric area through which current passes: wetted area, less the area blocked by
	 *         dead Li (porous island debris blocks much more than dense layers), voids and Cu sulfide
	 */
	static double contactFraction(CellParameters p, CellState s) {
		double hDead = s.dead / Constants.FARADAY * p.liMolarVolume;
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
