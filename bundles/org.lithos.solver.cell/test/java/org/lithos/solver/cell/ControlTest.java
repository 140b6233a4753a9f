package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationInput;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;

/** Cancellation, invalid input, progress, identity and determinism. */
class ControlTest {

	@Test
	void cancelledRunThrowsCancelled() {
		AtomicLong done = new AtomicLong();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
				done.addAndGet(work);
			}

			@Override
			public boolean isCancelled() {
				return done.get() >= 5;
			}
		};
		SimulationInput in = TestCells.half("c").halfCycling(10, 36000, 0.2, 50).build();
		SolverException e = assertThrows(SolverException.class, () -> new CellSolver().solve(in, monitor));
		assertEquals(SolverException.Kind.CANCELLED, e.kind());
		assertEquals(5, done.get());
		assertEquals(5, e.step());
	}

	@Test
	void zeroAreaIsInvalid() {
		SimulationInput in = TestCells.half("z").area(0).halfCycling(10, 36000, 0.2, 1).build();
		SolverException e = assertThrows(SolverException.class, () -> new CellSolver().solve(in, ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		assertTrue(e.getMessage().contains("area"), e.getMessage());
	}

	@Test
	void missingSeparatorAndNaNCurrentAreInvalid() {
		SimulationInput noSep = TestCells.half("s").halfCycling(10, 36000, 0.2, 1).build();
		noSep.getCell().setSeparator(null);
		SolverException e = assertThrows(SolverException.class,
				() -> new CellSolver().solve(noSep, ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		assertTrue(e.getMessage().contains("separator"), e.getMessage());
		SimulationInput nan = TestCells.half("n").halfCycling(Double.NaN, 36000, 0.2, 1).build();
		e = assertThrows(SolverException.class, () -> new CellSolver().solve(nan, ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		assertEquals(0, e.step());
	}

	@Test
	void temperatureOutsideSolidLiIsInvalid() {
		SimulationInput hot = TestCells.half("hot").temperature(500).halfCycling(10, 36000, 0.2, 1).build();
		SolverException e = assertThrows(SolverException.class, () -> new CellSolver().solve(hot, ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		assertTrue(e.getMessage().contains("melting point"), e.getMessage());
	}

	@Test
	void reportsProgressPerStep() throws Exception {
		long[] total = { -2 };
		AtomicLong done = new AtomicLong();
		ProgressMonitor monitor = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				total[0] = totalWork;
			}

			@Override
			public void worked(long work) {
				done.addAndGet(work);
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		new CellSolver().solve(TestCells.half("p", "Mg:140e-9").halfCycling(10, 36000, 0.2, 3).build(), monitor);
		assertEquals(6, total[0]);
		assertEquals(6, done.get());
	}

	@Test
	void identityAndSuitability() {
		CellSolver s = new CellSolver();
		assertEquals("lithos.cell", s.id());
		assertTrue(s.capabilities().contains(Capability.SHORT_CIRCUIT));
		assertTrue(s.capabilities().contains(Capability.CONVERSION_LAYERS));
		assertTrue(s.suitability(TestCells.half("x").halfCycling(10, 36000, 0.2, 1).build()).isPresent());
		assertTrue(s.suitability(null).isEmpty());
	}

	@Test
	void parallelRunsEqualSequentialOnes() throws Exception {
		CellSolver s = new CellSolver();
		String[][] layers = { {}, { "W:30e-9", "Mg:140e-9" }, { "Mg:160e-9" }, { "Au:20e-9" } };
		double[][] sequential = new double[layers.length][];
		for (int i = 0; i < layers.length; i++) {
			sequential[i] = Checks.series(s.solve(TestCells.half("s" + i, layers[i]).halfCycling(10, 36000, 0.2, 30)
					.build(), ProgressMonitor.NULL), "voltage");
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(layers.length);
		try {
			var futures = new java.util.ArrayList<java.util.concurrent.Future<double[]>>();
			for (int i = 0; i < layers.length; i++) {
				int k = i;
				futures.add(pool.submit(() -> Checks.series(s.solve(TestCells.half("s" + k, layers[k])
						.halfCycling(10, 36000, 0.2, 30).build(), ProgressMonitor.NULL), "voltage")));
			}
			for (int i = 0; i < layers.length; i++) {
				assertArrayEquals(sequential[i], futures.get(i).get());
			}
		} finally {
			pool.shutdown();
		}
	}

	@Test
	void sameInputSameOutput() throws Exception {
		CellSolver s = new CellSolver();
		var a = s.solve(TestCells.half("d").halfCycling(10, 36000, 0.2, 20).build(), ProgressMonitor.NULL);
		var b = s.solve(TestCells.half("d").halfCycling(10, 36000, 0.2, 20).build(), ProgressMonitor.NULL);
		assertArrayEquals(Checks.series(a, "voltage"), Checks.series(b, "voltage"));
	}
}
