package org.lithos.solver.api;

/** What a solver can simulate; the registry matches them against each input. */
public enum Capability {
	/** Li (or alloy) counter electrode against a bare or coated collector. */
	HALF_CELL,
	/** Cathode against a bare collector, no Li reservoir. */
	FULL_CELL,
	/** The same electrode on both sides. */
	SYMMETRIC_CELL,
	/** Nucleation overpotential and nucleus statistics. */
	NUCLEATION,
	/** Deposit morphology (coverage, height, roughness, pictures). */
	MORPHOLOGY,
	/** Multi-cycle voltage, capacity and efficiency. */
	CYCLING,
	/** Open-circuit storage steps (collector corrosion, SEI growth at rest). */
	STORAGE,
	/** Filament growth to a short circuit. */
	SHORT_CIRCUIT,
	/** Alloying coatings (Au, Ag, Mg, Sn, Zn, In). */
	ALLOY_LAYERS,
	/** Conversion coatings (Cu2Te to Li2Te). */
	CONVERSION_LAYERS
}
