package org.lithos.solver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.internal.SolverCatalog;

class SolverCatalogTest {

	private record Fake(String id, int score) implements Solver {
		@Override
		public String name() {
			return id;
		}

		@Override
		public Set<Capability> capabilities() {
			return Set.of(Capability.HALF_CELL);
		}

		@Override
		public OptionalInt suitability(SimulationInput input) {
			return score < 0 ? OptionalInt.empty() : OptionalInt.of(score);
		}

		@Override
		public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) {
			return LithosFactory.eINSTANCE.createSimulationResult();
		}
	}

	private static SimulationInput input(String solverId) {
		SimulationInput input = LithosFactory.eINSTANCE.createSimulationInput();
		input.setId("run");
		input.setSolverId(solverId);
		return input;
	}

	@Test
	void picksTheMostSuitableAndHonoursAName() throws SolverException {
		SolverCatalog catalog = new SolverCatalog(List.of(new Fake("b", 5), new Fake("a", 9), new Fake("c", -1)));
		assertEquals("a", catalog.select(input(null)).id());
		assertEquals("b", catalog.select(input("b")).id());
		assertEquals(List.of("a", "b", "c"), catalog.solvers().stream().map(Solver::id).toList());
	}

	@Test
	void explainsWhatIsMissing() {
		SolverCatalog catalog = new SolverCatalog(List.of(new Fake("lithos.cell", 1), new Fake("never", -1)));
		SolverException missing = assertThrows(SolverException.class, () -> catalog.select(input("lithos.kmc")));
		assertEquals(SolverException.Kind.NO_SOLVER, missing.kind());
		assertTrue(missing.getMessage().contains("available: lithos.cell, never"), missing.getMessage());
		SolverException unfit = assertThrows(SolverException.class, () -> catalog.select(input("never")));
		assertTrue(unfit.getMessage().startsWith("run run: solver 'never' cannot run"), unfit.getMessage());
		assertThrows(SolverException.class, () -> new SolverCatalog().select(input(null)));
	}

	@Test
	void exceptionsNameTheirPlace() {
		SolverException e = new SolverException(SolverException.Kind.DIVERGED, "voltage became NaN", "Cu_half", 4, 3, null);
		assertEquals("run Cu_half, step 5, cycle 3: voltage became NaN", e.getMessage());
		assertEquals("voltage became NaN", e.reason());
	}
}
