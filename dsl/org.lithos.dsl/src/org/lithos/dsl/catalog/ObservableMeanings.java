package org.lithos.dsl.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each observable of {@link Observables} means, in a sentence, for editors (hover, completion details). The
 * definitions follow how {@code org.lithos.sim.Observations} reads them from a result.
 */
public final class ObservableMeanings {

	private static final Map<String, String> MEANINGS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	static {
		meaning("nucleation overpotential", "the voltage dip at the start of a plating step, before Li nuclei form on the collector (mV): of a cycle's first plating, or of one plating step ('after the second plate')");
		meaning("growth overpotential", "the plateau overpotential while Li grows on existing nuclei during plating (mV), per cycle or of one plating step ('after the second plate')");
		meaning("plating overpotential", "the plateau overpotential of plating (mV), per cycle or of one plating step ('after the second plate')");
		meaning("stripping overpotential", "the plateau overpotential of stripping (mV), per cycle or of one stripping step ('after the first strip')");
		meaning("overpotential", "the overpotential of plating and stripping (mV); of one plating step when addressed at a step");
		meaning("first cycle efficiency", "Coulombic efficiency of the first cycle: charge stripped (or discharged) over charge plated (or charged)");
		meaning("average efficiency", "charge-weighted Coulombic efficiency over the cycles after the first, or over cycles A to B with 'over cycles A to B' (the Aurbach test's average CE when its protocol is used)");
		meaning("coulombic efficiency", "charge out over charge in, per cycle");
		meaning("efficiency", "Coulombic efficiency: charge out over charge in, per cycle");
		meaning("capacity retention", "discharge capacity of a cycle over that of the reference cycle (cycle 1, or R with 'relative to cycle R')");
		meaning("retention", "discharge capacity of a cycle over that of the reference cycle");
		meaning("cycle life", "cycles (or hours of cycling) until the run ends: a short, a capacity stop or a failed step");
		meaning("short circuit", "whether the cell shorted (1) or not (0)");
		meaning("fade rate", "capacity lost per cycle, as a fraction of the first discharge");
		meaning("crack Li fraction", "the fraction of plated Li that the cracked coating layer isolates");
		meaning("substrate coverage", "the fraction of the collector covered by Li after the first plating");
		meaning("coverage", "the fraction of the collector covered by Li");
		meaning("discharge capacity", "charge delivered in a discharge (or stripping) step, per area, per mass of cathode or in total");
		meaning("charge capacity", "charge accepted in a charge (or plating) step, per area, per mass of cathode or in total");
		meaning("capacity", "charge a step passed, per area or per mass of cathode; in an expectation at the end of the step it names");
		meaning("capacity to short", "the Li plated before the cell shorted (mAh/cm2)");
		meaning("reversible alloy capacity", "the charge the alloying coating takes up and gives back per cycle");
		meaning("conversion capacity", "the charge consumed converting the coating (e.g. Li2Te formation)");
		meaning("dead Li", "Li isolated from the collector, no longer able to cycle (as a capacity per area)");
		meaning("specific discharge capacity", "discharge capacity per gram of cathode active material (mAh/g)");
		meaning("specific charge capacity", "charge capacity per gram of cathode active material (mAh/g)");
		meaning("Li thickness", "thickness of the Li deposit on the collector");
		meaning("sei thickness", "thickness of the solid-electrolyte interphase at the collector");
		meaning("corrosion thickness", "thickness of the collector or coating consumed by reaction with the electrolyte");
		meaning("particle size", "mean size of the deposited Li particles");
		meaning("tip height", "height of the tallest Li protrusion over the mean deposit");
		meaning("roughness", "root-mean-square height variation of the Li deposit");
		meaning("porosity", "the empty share of the Li deposit below its surface: pores between the collector and each column's topmost Li over all sites there");
		meaning("interface resistance", "area-specific resistance of the electrode | electrolyte interfaces (ohm)");
		meaning("bulk resistance", "ionic resistance of the electrolyte pellet (ohm)");
		meaning("sei resistance", "resistance of the solid-electrolyte interphase (ohm)");
		meaning("charge transfer resistance", "charge-transfer resistance at the plating interface (ohm)");
		meaning("time to short", "time from the start of the run to the short circuit");
		meaning("instability onset", "the cycle from which the cell cycles unstably (soft shorts, erratic voltage, fluctuating CE) short of a hard short");
		meaning("voltage", "cell voltage over the run; in an expectation at the end of a step ('after the third charge'), a cycle or the run");
		meaning("time", "time since the start of the run");
		meaning("cycle", "the cycle index (1 is the first)");
		meaning("current", "the current (density, or in A for the cell) the cell passes; in an expectation its magnitude at the end of a step (e.g. a potentiostatic hold), a cycle or the run");
		meaning("current density", "the applied current per electrode area");
		meaning("inventory", "where the Li is: cathode, counter, plated, dead, SEI, alloy, conversion, cracks, electrolyte");
		meaning("Li inventory", "where the Li is: cathode, counter, plated, dead, SEI, alloy, conversion, cracks, electrolyte");
		meaning("morphology", "pictures of the deposit from the kinetic Monte Carlo model");
		meaning("temperature", "the cell temperature");
		meaning("pressure", "the stack pressure");
		meaning("deposited capacity", "the Li plated so far in the step (mAh/cm2)");
	}

	private ObservableMeanings() {
	}

	private static void meaning(String observable, String text) {
		MEANINGS.put(observable, text);
	}

	/**
	 * @param observable an observable or plot axis as written
	 * @return what it means, if it is known
	 */
	public static Optional<String> of(String observable) {
		return Optional.ofNullable(MEANINGS.get(observable));
	}
}
