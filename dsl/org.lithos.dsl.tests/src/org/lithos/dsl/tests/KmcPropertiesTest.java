package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lithos.dsl.tests.Cells.assertProblem;
import static org.lithos.dsl.tests.Cells.problemsWithBase;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CellSpec;
import org.lithos.model.CompiledModel;
import org.lithos.model.Property;

/**
 * The cell properties the kinetic Monte Carlo solver ({@code lithos.kmc}) reads: absurd values are errors when the
 * file is checked, not failures of a run, and a lattice that cannot fit is reported with the size that would.
 */
class KmcPropertiesTest {

	private static List<Problem> cell(String settings) {
		return problemsWithBase("cell K extends Half { " + settings + " }\n");
	}

	private static Problem assertError(List<Problem> problems, String code, String fragment) {
		Problem problem = assertProblem(problems, code, fragment);
		assertEquals(Problem.Severity.ERROR, problem.severity(), problem.format());
		return problem;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"kmc site size -10 nm | more than 0 nm",
			"kmc site size 0 nm   | more than 0 nm",
			"kmc width 0          | at least 2",
			"kmc width -64        | at least 2",
			"kmc width 1          | at least 2",
			"kmc height 2         | at least 3",
			"kmc events 0         | 1 to 9.22e+18",
			"kmc events -5        | 1 to 9.22e+18",
			"kmc events 1e30      | 1 to 9.22e+18" })
	void absurdValuesAreErrors(String setting, String fragment) {
		Problem problem = assertError(cell(setting), IssueCodes.IMPOSSIBLE_VALUE, fragment);
		assertTrue(problem.message().startsWith("'kmc "), problem.format());
	}

	@Test
	void aUnitlessValueNeedsSourceOrTheEndOfTheBlockBeforeTheNextSetting() {
		// the grammar reads "128 kmc" as a quantity with the unit kmc: an error, never a silent misreading
		assertError(cell("kmc width 128  kmc height 40"), IssueCodes.UNKNOWN_UNIT, "unknown unit 'kmc'");
	}

	@Test
	void aRunMayOverrideTheLattice() {
		// a run override takes the catalogue's dimension: a count, not a pressure or a length
		List<Problem> problems = problemsWithBase("""
				study S { run Half(kmc width = 128) with Cycle }
				""");
		assertEquals(List.of(), problems);
	}

	@Test
	void countsMayNameWhatTheyCount() {
		// "sites" and "events" end the number as "cycles" does, so settings can follow one another
		assertEquals(List.of(), cell("kmc width 128 sites  kmc height 40 sites  kmc events 1e8 events"));
	}

	@Test
	void aNaNCannotBeWritten() {
		List<Problem> problems = cell("kmc width NaN");
		assertTrue(problems.stream().anyMatch(Problem::isError), Cells.describe(problems));
	}

	@Test
	void aSiteSizeNeedsALength() {
		assertError(cell("kmc site size 10"), IssueCodes.MISSING_UNIT, "needs a unit");
		assertError(cell("kmc site size 10 mA/cm2"), IssueCodes.WRONG_DIMENSION, "must be a length");
		assertError(cell("kmc width 64 nm"), IssueCodes.WRONG_DIMENSION, "'kmc width'");
	}

	@Test
	void countsAreWholeNumbers() {
		assertError(cell("kmc width 64.5"), IssueCodes.INVALID_COUNT, "whole number");
		assertError(cell("kmc events 2500.5"), IssueCodes.INVALID_COUNT, "whole number");
	}

	@Test
	void diffusionBarrierAndBindingEnergies() {
		assertError(problemsWithBase("interface Li | Cu { diffusion barrier -0.1 eV }\n"), IssueCodes.IMPOSSIBLE_VALUE,
				"more than 0 eV");
		assertError(problemsWithBase("interface Li | Cu { binding energy 5 mA/cm2 }\n"), IssueCodes.WRONG_DIMENSION,
				"0.57 eV");
	}

	@Test
	void implausibleValuesAreWarnings() {
		Problem problem = assertProblem(cell("kmc site size 0.1 nm"), IssueCodes.IMPLAUSIBLE_VALUE, "0.27 nm to 200 nm");
		assertEquals(Problem.Severity.WARNING, problem.severity());
		problem = assertProblem(cell("kmc events 1e13"), IssueCodes.IMPLAUSIBLE_VALUE, "1.00e+11");
		assertEquals(Problem.Severity.WARNING, problem.severity());
	}

	@Test
	void aLatticeNoJavaArrayHoldsIsAnErrorWithTheSizeThatFits() {
		// 30000 x 30000 x 40 = 3.6e10 sites; at height 40 at most 7327 x 7327 can be indexed
		Problem problem = assertError(cell("kmc width 30000 source \"test\"  kmc height 40"), IssueCodes.IMPOSSIBLE_VALUE,
				"7327 x 7327 x 40");
		assertTrue(problem.message().contains("30000 x 30000 x 40"), problem.format());
		// the default height (40) applies when only the width is written
		assertError(cell("kmc width 30000"), IssueCodes.IMPOSSIBLE_VALUE, "7327 x 7327 x 40");
	}

	@Test
	void aLatticeLargerThanTheHeapIsAWarningWithTheSizeThatFits() {
		// 10000 x 10000 x 20 = 2e9 sites, indexable, but 32 GB: more than this heap lets lithos.kmc take
		Problem problem = assertProblem(cell("kmc width 10000 source \"test\"  kmc height 20"), IssueCodes.IMPLAUSIBLE_VALUE,
				"the widest that fits at height 20 is");
		assertEquals(Problem.Severity.WARNING, problem.severity(), problem.format());
		assertTrue(problem.message().contains("32000 MB"), problem.format());
	}

	@Test
	void anInheritedWidthCountsForTheChildsHeight() {
		List<Problem> problems = problemsWithBase("""
				cell Wide extends Half { kmc width 20000 source "test"  kmc height 4 }
				cell Tall extends Wide { kmc height 400 }
				""");
		Problem problem = assertError(problems, IssueCodes.IMPOSSIBLE_VALUE, "20000 x 20000 x 400");
		assertEquals(Cells.BASE.split("\n").length + 3, problem.line(), problem.format());
	}

	@Test
	void validValuesHaveNoIssue() {
		assertEquals(List.of(), cell("kmc site size 20 nm  kmc width 128 source \"test\"  kmc height 40 source \"test\"  kmc events 1e8"));
		assertEquals(List.of(), problemsWithBase("interface Li | Cu { diffusion barrier 0.1 eV  binding energy 0.2 eV }\n"));
	}

	@Test
	void validValuesCompileToSi() throws CompileException {
		CompiledModel model = Cells.compile(Cells.BASE + """
				cell K extends Half {
				    kmc site size 20 nm
				    kmc width 128 source "a unitless value is followed by source or ends the block"
				    kmc height 40 source "otherwise the next name would be read as its unit"
				    kmc events 3e6
				}
				study S { run K with Cycle }
				""");
		CellSpec cell = model.getStudies().get(0).getRuns().get(0).getCell();
		assertEquals(20e-9, value(cell, "kmc site size"), 1e-20);
		assertEquals(128, value(cell, "kmc width"));
		assertEquals(40, value(cell, "kmc height"));
		assertEquals(3e6, value(cell, "kmc events"));
	}

	private static double value(CellSpec cell, String name) {
		return cell.getProperties().stream().filter(p -> name.equals(p.getName())).mapToDouble(Property::getValue)
				.findFirst().orElse(Double.NaN);
	}
}
