package org.lithos.charts;

/**
 * What a series (or marker) shows, so that every renderer gives the same quantity the same colour on every chart,
 * e.g. dead Li is always drawn in the same colour.
 */
public enum Channel {
	/** Cell voltage. */
	VOLTAGE,
	/** Coulombic efficiency. */
	EFFICIENCY,
	/** Capacity retention. */
	RETENTION,
	/** Charge (plating) capacity. */
	CHARGE,
	/** Discharge (stripping) capacity. */
	DISCHARGE,
	/** Plating overpotential. */
	PLATING,
	/** Stripping overpotential. */
	STRIPPING,
	/** Nucleation overpotential. */
	NUCLEATION,
	/** Active plated Li. */
	PLATED,
	/** Electronically isolated (dead) Li. */
	DEAD,
	/** Li bound in SEI. */
	SEI,
	/** Li in alloying layers. */
	ALLOY,
	/** Li in conversion layers. */
	CONVERSION,
	/** Li in electrolyte cracks and filaments. */
	CRACKS,
	/** Li in the cathode. */
	CATHODE,
	/** Li in the counter electrode. */
	COUNTER,
	/** A measured curve, drawn under the predicted ones in a neutral colour. */
	MEASURED,
	/** Predicted less measured. */
	RESIDUAL,
	/** Anything else; renderers pick colours by series position. */
	OTHER
}
