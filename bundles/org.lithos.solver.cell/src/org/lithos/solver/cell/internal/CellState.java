package org.lithos.solver.cell.internal;

/**
 * Everything that evolves during a run: the Li inventory (A s/m2 of charge equivalent, per m2 of electrode) and
 * the interface state. Plain fields so the time loop allocates nothing; {@link #copyFrom(CellState)} lets the
 * stepper try an increment and take it back.
 */
final class CellState {

	/** Time since the start of the run, s. */
	double time;

	// Li inventory, A s/m2
	/** Li in the cathode. */
	double cathode;
	/** Li the electrolyte in the composite cathode can still release by oxidation. */
	double electrolyte;
	/** Li in the counter electrode. */
	double counter;
	/** Active plated Li on the working electrode. */
	double plated;
	/** Electronically isolated Li. */
	double dead;
	/** Li bound in interphases: SEI-1, and the Li2S of the collector's corrosion product reduced by Li. */
	double sei;
	/** Reversible Li in alloy layers. */
	double alloyReversible;
	/** Trapped Li in alloy layers. */
	double alloyTrapped;
	/** Li in conversion layers. */
	double conversion;
	/** Li in pores and cracks that can still be stripped. */
	double crackActive;
	/** Li trapped in pores, cracks and filaments. */
	double crackTrapped;
	/** Sum of all pools at the start. */
	double initialTotal;

	// interface state
	/** Cathode capacity at y = 1, A s/m2 (shrinks with cathode-side fade). */
	double cathodeCapacity;
	/** SEI-1 thickness on the Li, m. */
	double seiThickness;
	/** SEI-2 growth variable L^(1/n) (see {@link Interphases}). */
	double sei2Variable;
	/** SEI-2 thickness, m. */
	double sei2Thickness;
	/** Part of the SEI-2 thickness already reduced by Li (Cu2S + 2 Li -> Li2S + 2 Cu), m. */
	double sei2Reduced;
	/** Cracking damage of the alloy layers, 0..1. */
	double crackDamage;
	/** Void fraction of the stripping interface, 0..1. */
	double voidFraction;
	/** Filament length into the separator, m. */
	double filamentLength;
	/** Thickness spread (standard deviation of the local thickness) of the plated Li, m. */
	double roughness;
	/** Nucleation overpotential of the current deposit, V (0 when none). */
	double nucleationOverpotential;
	/** Charge deposited as Li metal since nucleation, A s/m2. */
	double chargeSinceNucleation;
	/** Whether that Li is the first ever grown on this collector (its first strip loses more, whatever the wetting). */
	boolean firstDeposit;
	/** Whether Li has ever nucleated on the collector. */
	boolean collectorUsed;
	/** Current density of the last deposition, A/m2. */
	double lastDepositCurrent;
	/** Whether the alloy layers ever held Li. */
	boolean alloyActivated;
	/** Whether this step's fresh Li | electrolyte contact has formed its SEI (per step, restored with the state). */
	boolean freshSeiDone;
	/** Bulk-resistance factor at the step temperature, R(T) / R(T_ref) (set per step). */
	double resistanceFactor = 1;
	/** Exchange-current factor at the step temperature, j0(T) / j0(T_ref) (set per step). */
	double exchangeFactor = 1;
	/** Time the alloy has been taking Li in this deposition step, s (per step, restored with the state). */
	double alloyUptakeTime;
	/** Alloy Li extracted in this step, A s/m2 (per step, restored with the state). */
	double alloyExtracted;

	/** @return the sum of all Li pools, A s/m2 */
	double total() {
		return cathode + electrolyte + counter + plated + dead + sei + alloyReversible + alloyTrapped + conversion + crackActive
				+ crackTrapped;
	}

	/** @return the Li that can still be stripped from the working electrode as metal, A s/m2 */
	double strippableMetal() {
		return plated + crackActive;
	}

	void copyFrom(CellState o) {
		time = o.time;
		cathode = o.cathode;
		electrolyte = o.electrolyte;
		counter = o.counter;
		plated = o.plated;
		dead = o.dead;
		sei = o.sei;
		alloyReversible = o.alloyReversible;
		alloyTrapped = o.alloyTrapped;
		conversion = o.conversion;
		crackActive = o.crackActive;
		crackTrapped = o.crackTrapped;
		initialTotal = o.initialTotal;
		cathodeCapacity = o.cathodeCapacity;
		seiThickness = o.seiThickness;
		sei2Variable = o.sei2Variable;
		sei2Thickness = o.sei2Thickness;
		sei2Reduced = o.sei2Reduced;
		crackDamage = o.crackDamage;
		voidFraction = o.voidFraction;
		filamentLength = o.filamentLength;
		roughness = o.roughness;
		nucleationOverpotential = o.nucleationOverpotential;
		chargeSinceNucleation = o.chargeSinceNucleation;
		firstDeposit = o.firstDeposit;
		collectorUsed = o.collectorUsed;
		lastDepositCurrent = o.lastDepositCurrent;
		alloyActivated = o.alloyActivated;
		freshSeiDone = o.freshSeiDone;
		alloyExtracted = o.alloyExtracted;
		alloyUptakeTime = o.alloyUptakeTime;
		resistanceFactor = o.resistanceFactor;
		exchangeFactor = o.exchangeFactor;
	}
}
