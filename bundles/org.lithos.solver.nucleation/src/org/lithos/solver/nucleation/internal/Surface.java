package org.lithos.solver.nucleation.internal;

/**
 * The collector surface Li meets on plating, as plain numbers.
 *
 * @param name          simple name of the surface material (e.g. Cu, Li2Te, Au)
 * @param kind          what the surface does with Li
 * @param contactAngle  contact angle of Li on it, rad
 * @param surfaceEnergy effective interfacial energy gamma of the nucleation barrier, J/m2
 * @param molarVolume   molar volume of Li, m3/mol
 * @param siteDensity   nucleation sites per area, 1/m2
 */
record Surface(String name, Kind kind, double contactAngle, double surfaceEnergy, double molarVolume,
		double siteDensity) {

	/** What a surface does with the first Li. */
	enum Kind {
		/** Non-alloying metal (Cu, Ni, stainless steel): Li nucleates with a barrier. */
		BARE,
		/** Refractory barrier with no Li solubility (W, Mo, Nb): Li nucleates with a barrier. */
		REFRACTORY,
		/** Lithiophilic compound (Li2Te, Cu2Te once converted): Li wets it, a small barrier. */
		COMPOUND,
		/** Alloying seed (Au, Ag, Mg, Zn, Sn, In): Li alloys first, then grows on the Li-rich alloy, no barrier. */
		ALLOY,
		/** Li itself (symmetric cells, Li-coated collectors): growth without nucleation. */
		LITHIUM
	}

	/** @return whether Li must nucleate on this surface (a barrier), rather than alloy or grow on Li */
	boolean hasBarrier() {
		return kind == Kind.BARE || kind == Kind.REFRACTORY || kind == Kind.COMPOUND;
	}
}
