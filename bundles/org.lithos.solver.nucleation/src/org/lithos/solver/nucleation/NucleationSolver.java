package org.lithos.solver.nucleation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.nucleation.internal.NucleationRun;

/**
 * The classical heterogeneous nucleation solver {@code lithos.nucleation} (docs/physics.md, scale 1): for every plating
 * step that starts on a collector without Li, the galvanostatic nucleation overpotential, the critical nucleus radius
 * and the areal nucleus density (see {@link Nucleation}). Stateless and thread-safe.
 * <p>
 * <b>Surface.</b> The outermost collector layer faces the electrolyte. Bare metals (Cu, Ni, stainless steel) and
 * refractory barriers (W, Mo, Nb) make Li nucleate with a barrier set by the contact angle; lithiophilic compounds
 * (Li2Te, and Cu2Te, which converts to Li2Te at 1.5 / 1.3 V before any Li plates) make it nucleate with a small one.
 * Alloying seeds (Au, Ag, Mg, Zn, Sn, In, or any material with a "plateau" or a Li solubility) take the first Li
 * into the alloy at a potential positive of Li, which needs no nucleus, and Li metal then grows on the Li-rich
 * alloy as on Li: no barrier, overpotential 0, no discrete nuclei. The contact angle, surface energy and
 * nucleation site density come from the Li | surface interface properties "contact angle", "surface energy" and
 * "nucleation site density" (the surface energy also from the Li material), else from {@link NucleationParameters}.
 * <p>
 * <b>Result.</b> One series row per plating step: {@code step} (index), {@code cycle}, {@code current} (A/m2),
 * {@code temperature} (K), {@code bare surface} (1 when the step starts without Li on the collector, else 0),
 * {@code nucleation overpotential} (V; 0 without a barrier), {@code critical radius} (m; NaN without a barrier),
 * {@code nucleus density} (1/m2; NaN without a barrier), {@code nucleated charge} (A s/m2 held by the critical
 * nuclei, never more than the step passes) and {@code step charge} (A s/m2; NaN when only a voltage ends the step).
 * One cycle record per cycle with plating, giving only its nucleation overpotential (V; NaN when the cycle had no
 * barrier); one step record per plating step, giving its nucleation overpotential (NaN without a barrier) and no
 * growth overpotential, which needs the cell's resistances ({@code lithos.cell}); a NUCLEATION event per nucleation. The collector holds Li from one plating step to the next unless a
 * strip removes at least as much charge or ends at a voltage cut-off. No Li inventory: the solver moves no Li
 * beyond the nuclei.
 * <p>
 * Not modelled: the thin-film Cassie-Baxter mixing of surfaces that {@code lithos.cell} applies to films thinner
 * than a continuous layer, and the alloy's own capacity and plateaus (see {@code lithos.cell}).
 */
public class NucleationSolver implements Solver {

	/** The solver id studies name. */
	public static final String ID = "lithos.nucleation";

	private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.NUCLEATION, Capability.HALF_CELL);

	private final NucleationParameters parameters;

	/** A solver with {@link NucleationParameters#DEFAULTS}. */
	public NucleationSolver() {
		this(NucleationParameters.DEFAULTS);
	}

	/** @param parameters the constants every run uses where the input gives none */
	public NucleationSolver(NucleationParameters parameters) {
		this.parameters = Objects.requireNonNull(parameters, "parameters");
	}

	/** @return the constants this solver was built with */
	public NucleationParameters parameters() {
		return parameters;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Classical heterogeneous nucleation";
	}

	@Override
	public Set<Capability> capabilities() {
		return CAPABILITIES;
	}

	/** Runs only when the study names it, so that {@code lithos.cell} stays the default. */
	@Override
	public OptionalInt suitability(SimulationInput input) {
		if (input == null || input.getCell() == null || input.getProtocol() == null
				|| !ID.equals(input.getSolverId())) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(100);
	}

	@Override
	public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
		return NucleationRun.solve(input, monitor == null ? ProgressMonitor.NULL : monitor, ID, parameters);
	}
}
