package org.lithos.solver.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.lithos.model.SimulationInput;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.SolverRegistry;

/** A registry over a changing set of solvers; thread-safe, usable without OSGi. */
public class SolverCatalog implements SolverRegistry {

	private final List<Solver> solvers = new CopyOnWriteArrayList<>();

	/** @param initial solvers to start with */
	public SolverCatalog(List<? extends Solver> initial) {
		solvers.addAll(initial);
	}

	/** Creates an empty catalogue (for DS, which adds solvers as they appear). */
	public SolverCatalog() {
	}

	/** @param solver a solver that became available */
	public void add(Solver solver) {
		solvers.add(solver);
	}

	/** @param solver a solver that went away */
	public void remove(Solver solver) {
		solvers.remove(solver);
	}

	@Override
	public List<Solver> solvers() {
		List<Solver> sorted = new ArrayList<>(solvers);
		sorted.sort(Comparator.comparing(Solver::id));
		return sorted;
	}

	@Override
	public Optional<Solver> find(String id) {
		return solvers().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	public Solver select(SimulationInput input) throws SolverException {
		String wanted = input.getSolverId();
		if (wanted != null && !wanted.isBlank()) {
			Solver solver = find(wanted).orElseThrow(() -> noSolver(input, "no solver with id '" + wanted
					+ "' is installed; available: " + ids()));
			if (solver.suitability(input).isEmpty()) {
				throw noSolver(input, "solver '" + wanted + "' cannot run this input (it offers " + solver.capabilities() + ")");
			}
			return solver;
		}
		Solver best = null;
		int bestScore = Integer.MIN_VALUE;
		for (Solver solver : solvers()) {
			OptionalInt score = solver.suitability(input);
			if (score.isPresent() && score.getAsInt() > bestScore) {
				best = solver;
				bestScore = score.getAsInt();
			}
		}
		if (best == null) {
			throw noSolver(input, "no installed solver can run this input; available: " + ids());
		}
		return best;
	}

	private String ids() {
		return solvers.isEmpty() ? "none" : solvers().stream().map(Solver::id).collect(Collectors.joining(", "));
	}

	private static SolverException noSolver(SimulationInput input, String message) {
		return new SolverException(SolverException.Kind.NO_SOLVER, message, input.getId(), -1, 0, null);
	}
}
