package org.lithos.model.names;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a study can {@code expect} and {@code plot}: the quantities the reference papers measure and the axes a chart
 * can have. One vocabulary for the language's catalogue (which adds each one's dimensions), the runner's
 * observations, the solvers and the charts, so that a misspelt name does not compile instead of showing up as
 * "not addressed". The {@link #word()} is what a {@code .cell} file writes.
 */
public enum Observable {

	// ------------------------------------------------------------------ measured values (expect)
	/** Overpotential of the first nucleation in a plating step. */
	NUCLEATION_OVERPOTENTIAL("nucleation overpotential"),
	/** Overpotential of growth after nucleation (the plating plateau). */
	GROWTH_OVERPOTENTIAL("growth overpotential"),
	/** Plateau overpotential of plating. */
	PLATING_OVERPOTENTIAL("plating overpotential"),
	/** Plateau overpotential of stripping. */
	STRIPPING_OVERPOTENTIAL("stripping overpotential"),
	/** Plating overpotential where the paper does not say which. */
	OVERPOTENTIAL("overpotential"),
	/** Coulombic efficiency of the first cycle. */
	FIRST_CYCLE_EFFICIENCY("first cycle efficiency"),
	/** Average Coulombic efficiency of a reservoir (Aurbach-Adams) test. */
	AVERAGE_EFFICIENCY("average efficiency"),
	/** Coulombic efficiency of one cycle. */
	COULOMBIC_EFFICIENCY("coulombic efficiency"),
	/** Discharge capacity relative to a reference cycle. */
	CAPACITY_RETENTION("capacity retention"),
	/** Cycles (or hours of cycling) until failure. */
	CYCLE_LIFE("cycle life"),
	/** Whether the cell shorted. */
	SHORT_CIRCUIT("short circuit"),
	/** Capacity lost per cycle. */
	FADE_RATE("fade rate"),
	/** Share of the Li held in electrolyte cracks. */
	CRACK_LI_FRACTION("crack Li fraction"),
	/** Share of the substrate the first deposit covers. */
	SUBSTRATE_COVERAGE("substrate coverage", true),
	/** Discharge capacity of a cycle. */
	DISCHARGE_CAPACITY("discharge capacity"),
	/** Charge capacity of a cycle. */
	CHARGE_CAPACITY("charge capacity"),
	/** Capacity plated before a short. */
	CAPACITY_TO_SHORT("capacity to short"),
	/** Charge an alloying layer gives back. */
	REVERSIBLE_ALLOY_CAPACITY("reversible alloy capacity"),
	/** Charge a conversion layer takes. */
	CONVERSION_CAPACITY("conversion capacity"),
	/** Li that has lost contact. */
	DEAD_LI("dead Li"),
	/** Discharge capacity per cathode mass. */
	SPECIFIC_DISCHARGE_CAPACITY("specific discharge capacity"),
	/** Charge capacity per cathode mass. */
	SPECIFIC_CHARGE_CAPACITY("specific charge capacity"),
	/** Thickness of the plated Li. */
	LI_THICKNESS("Li thickness"),
	/** Thickness of the SEI. */
	SEI_THICKNESS("sei thickness"),
	/** Thickness of the collector's corrosion layer (SEI-2). */
	CORROSION_THICKNESS("corrosion thickness"),
	/** Size of the Li particles. */
	PARTICLE_SIZE("particle size", true),
	/** Height of the deposit's tallest column. */
	TIP_HEIGHT("tip height", true),
	/** RMS roughness of the deposit. */
	ROUGHNESS("roughness", true),
	/**
	 * Empty share of the deposit below its surface: pores between the collector and each column's topmost Li over
	 * all sites there (what a tomogram segments as pores).
	 */
	POROSITY("porosity", true),
	/** SEI and charge-transfer resistance. */
	INTERFACE_RESISTANCE("interface resistance"),
	/** Ohmic resistance of the electrolyte. */
	BULK_RESISTANCE("bulk resistance"),
	/** Resistance of the SEI. */
	SEI_RESISTANCE("sei resistance"),
	/** Charge-transfer resistance. */
	CHARGE_TRANSFER_RESISTANCE("charge transfer resistance"),
	/** Time until a short. */
	TIME_TO_SHORT("time to short"),
	/** Cycle (or time) at which soft shorts begin: erratic voltage, fluctuating efficiency, apart from a hard short. */
	INSTABILITY_ONSET("instability onset"),
	/** Cell voltage. */
	VOLTAGE("voltage"),

	// ------------------------------------------------------------------ chart axes only (plot)
	/** Time. */
	TIME("time"),
	/** Cycle number. */
	CYCLE("cycle"),
	/** Capacity. */
	CAPACITY("capacity"),
	/** Coulombic efficiency. */
	EFFICIENCY("efficiency"),
	/** Capacity retention. */
	RETENTION("retention"),
	/** Li inventory. */
	INVENTORY("inventory"),
	/** Li inventory. */
	LI_INVENTORY("Li inventory"),
	/** The deposit itself (pictures). */
	MORPHOLOGY("morphology", true),
	/** Current. */
	CURRENT("current"),
	/** Current density. */
	CURRENT_DENSITY("current density"),
	/** Substrate coverage of the deposit. */
	COVERAGE("coverage", true),
	/** Temperature. */
	TEMPERATURE("temperature"),
	/** Stack pressure. */
	PRESSURE("pressure"),
	/** Deposited capacity. */
	DEPOSITED_CAPACITY("deposited capacity");

	private static final Map<String, Observable> BY_WORD = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Observable::word, o -> o));

	private final String word;
	private final boolean morphology;

	Observable(String word) {
		this(word, false);
	}

	Observable(String word, boolean morphology) {
		this.word = word;
		this.morphology = morphology;
	}

	/** @return the name a {@code .cell} file writes, e.g. {@code first cycle efficiency} */
	public String word() {
		return word;
	}

	/** @return whether it describes the deposit's morphology (what the kinetic Monte Carlo solver predicts) */
	public boolean isMorphology() {
		return morphology;
	}

	/**
	 * @param word a name as written, may be null
	 * @return the observable it names, if any
	 */
	public static Optional<Observable> of(String word) {
		return Optional.ofNullable(BY_WORD.get(word));
	}

	@Override
	public String toString() {
		return word;
	}
}
