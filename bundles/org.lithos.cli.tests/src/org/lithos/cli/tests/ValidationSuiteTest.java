package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lithos.cli.internal.ValidateCommand;
import org.lithos.dsl.tests.Cells;
import org.lithos.sim.Fidelity;
import org.lithos.solver.api.internal.SolverCatalog;
import org.lithos.solver.cell.CellSolver;
import org.lithos.solver.cell.internal.calibrate.CellHeldOutScoring;

/**
 * The validation suite: every reference example run with the shipped cycling model and calibration, compared with
 * the measurements. The pass count may not fall below {@link Fidelity#REGRESSION_FLOOR}, the cross-validated count
 * (shipped fold fits) not below {@link Fidelity#CROSS_VALIDATED_FLOOR}, nor may more measured
 * orderings be wrong than {@link Fidelity#WRONG_ORDERINGS_CEILING}; the exit code follows the whole target. The table goes to the test output so a failing build shows what moved.
 */
class ValidationSuiteTest {

	@Test
	void referenceExamplesKeepTheirAgreementWithThePapers() throws IOException {
		Path out = Files.createTempDirectory("validate");
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		// the solvers the product installs, so the examples' solver names resolve (morphology.cell names lithos.kmc)
		int code = new ValidateCommand(() -> Optional.of(new SolverCatalog(List.of(new CellSolver(),
				new org.lithos.solver.kmc.KmcSolver()))), () -> Optional.of(new CellHeldOutScoring()))
				.run(List.of("--examples", Cells.EXAMPLES.toString(), "--out", out.toString()),
						new PrintStream(text, true, StandardCharsets.UTF_8),
						new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		String table = text.toString(StandardCharsets.UTF_8);
		System.out.println(table);
		Matcher m = Pattern.compile("(\\d+) passed, (\\d+) failed\\s*$").matcher(table);
		assertTrue(m.find(), table);
		int passed = Integer.parseInt(m.group(1));
		int failed = Integer.parseInt(m.group(2));
		assertTrue(passed >= Fidelity.REGRESSION_FLOOR,
				passed + " observations within their band, fewer than the floor of " + Fidelity.REGRESSION_FLOOR);
		Matcher o = Pattern.compile("orderings: (\\d+) of (\\d+) measured orderings").matcher(table);
		assertTrue(o.find(), table);
		int wrong = Integer.parseInt(o.group(2)) - Integer.parseInt(o.group(1));
		assertTrue(wrong <= Fidelity.WRONG_ORDERINGS_CEILING,
				wrong + " measured orderings wrong, more than the ceiling of " + Fidelity.WRONG_ORDERINGS_CEILING);
		Matcher cv = Pattern.compile("cross-validated \\(\\d+ folds of runs\\): (\\d+) of (\\d+)").matcher(table);
		assertTrue(cv.find(), table);
		int heldOutWithin = Integer.parseInt(cv.group(1));
		assertTrue(heldOutWithin >= Fidelity.CROSS_VALIDATED_FLOOR, heldOutWithin
				+ " observations within their band predicted without their fold, fewer than the floor of "
				+ Fidelity.CROSS_VALIDATED_FLOOR);
		assertTrue(table.contains("leave one paper out: "), table);
		assertTrue(Pattern.compile("fitted constants: \\d+").matcher(table).find(), table);
		assertEquals(Fidelity.met(passed, failed, heldOutWithin, Integer.parseInt(cv.group(2)), wrong) ? 0 : 1, code,
				"exit code follows the fidelity target");
		assertTrue(Files.exists(out.resolve("validate/reference_m24_CycleLife/report.html")), "reports are written");
	}
}
