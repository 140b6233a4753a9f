package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lithos.dsl.tests.Cells.assertProblem;
import static org.lithos.dsl.tests.Cells.problems;
import static org.lithos.dsl.tests.Cells.problemsWithBase;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.dsl.workspace.Problem;

/**
 * Every issue code, provoked by a small broken snippet; the severity and the important words of the message are
 * checked. A guard test fails when a code is added to {@link IssueCodes} without a case here.
 */
class ValidationTest {

	/** code -> (snippet appended to Cells.BASE, expected message fragment, expected severity) */
	private static final Map<String, String[]> CASES = new LinkedHashMap<>();

	static {
		cell(IssueCodes.WRONG_DIMENSION, "pressure 9 mA/cm2", "must be a pressure", "error");
		cell(IssueCodes.MISSING_UNIT, "pressure 9", "needs a unit", "error");
		cell(IssueCodes.UNKNOWN_UNIT, "pressure 9 MPaa", "MPa", "error");
		add(IssueCodes.IMPOSSIBLE_VALUE, """
				cell Bad extends Half { separator Li6PS5Cl 150 mg { porosity 120 % } }
				""", "impossible", "error");
		cell(IssueCodes.IMPLAUSIBLE_VALUE, "pressure 500 MPa", "0.1 MPa to 100 MPa", "warning");
		add(IssueCodes.UNKNOWN_REFERENCE, """
				cell Bad extends Half { collector Cuu 9 um }
				""", "did you mean 'Cu'?", "error");
		add(IssueCodes.UNKNOWN_IMPORT, "IMPORT lithos.materialz.*", "did you mean 'lithos.materials.*'?", "error");
		add(IssueCodes.DUPLICATE_NAME, "cell Half extends Half {}\n", "already defined", "error");
		add(IssueCodes.INHERITANCE_CYCLE, """
				material A extends B { }
				material B extends A { }
				""", "extends itself", "error");
		add(IssueCodes.FULL_CELL_WITHOUT_CATHODE, "cell Full extends Half { format full }\n", "has no cathode", "error");
		add(IssueCodes.HALF_CELL_WITHOUT_COUNTER, """
				cell NoCounter {
				    format half
				    area 1 cm2
				    separator Li6PS5Cl 600 um
				    collector Cu 9 um
				    pressure 9 MPa
				}
				""", "has no counter electrode", "error");
		add(IssueCodes.MISSING_PART, """
				cell NoSeparator {
				    format half
				    area 1 cm2
				    counter Li 100 um
				    collector Cu 9 um
				    pressure 9 MPa
				}
				""", "has no separator", "error");
		add(IssueCodes.STEP_CANNOT_END, "protocol Forever { plate at 1 mA/cm2 }\n", "can never end", "error");
		add(IssueCodes.UNUSED_PARAMETER, """
				protocol Unused(j = 1 mA/cm2, k = 2 mA/cm2) { plate at j for 1 mAh/cm2 }
				""", "'k' is never used", "warning");
		add(IssueCodes.MISSING_ARGUMENT, """
				protocol Needs(j) { plate at j for 1 mAh/cm2 }
				study S { run Half with Needs }
				""", "needs a value for 'j'", "error");
		// a near miss of a known name is a typo that would silently run with the default: an error
		add(IssueCodes.UNKNOWN_PROPERTY, """
				material M extends Li6PS5Cl { condutivity 1 mS/cm }
				""", "did you mean 'conductivity'?", "error");
		add(IssueCodes.DUPLICATE_PROPERTY, """
				material M extends Li6PS5Cl { density 1.8 g/cm3  density 1.9 g/cm3 }
				""", "given twice", "error");
		add(IssueCodes.WRONG_MATERIAL_KIND, "cell Bad extends Half { separator Cu 150 mg }\n", "usually electrolyte", "warning");
		add(IssueCodes.UNKNOWN_OBSERVABLE, """
				study S { run Half with Cycle  expect cycle lief of Half = 26 cycles }
				""", "did you mean 'cycle life'?", "warning");
		add(IssueCodes.INVALID_COUNT, "protocol Half2 { repeat 2.5 { plate at 1 mA/cm2 for 1 mAh/cm2 } }\n",
				"whole number", "error");
		cell(IssueCodes.NOT_A_NUMBER, "pressure NaN MPa temperature 80 C", "'NaN' is not a number", "error");
		add(IssueCodes.UNUSED_VARIABLE, "study S { vary j in [1, 2] mA/cm2  run Half with Cycle }\n",
				"no run uses 'j'", "error");
		add(IssueCodes.NOT_IN_SWEEP, """
				study S {
				    vary j in [1, 2] mA/cm2
				    run Half with Cycle(j = j)
				    expect first cycle efficiency of Half when j = 3 mA/cm2 = 90 %
				}
				""", "3 mA/cm2 is not one of the values of 'j'", "error");
		add(IssueCodes.DUPLICATE_SWEEP_VALUE, "study S { vary j in [1, 2, 1] mA/cm2  run Half with Cycle(j = j) }\n",
				"1 mA/cm2 appears twice", "error");
		add(IssueCodes.UNKNOWN_SOLVER, "study S { solver \"lithos.cel\"  run Half with Cycle }\n",
				"did you mean 'lithos.cell'?", "error");
		add(IssueCodes.NAME_TOO_LONG, "cell " + "L".repeat(300) + " extends Half { }\nstudy S { run " + "L".repeat(300)
				+ " with Cycle }\n", "too long", "error");
		add(IssueCodes.DATA_FILE, "study S { run Half with Cycle  data \"nowhere/cu-1.mpt\" for Half }\n",
				"data file nowhere/cu-1.mpt: no such file", "error");
		add(IssueCodes.NOT_MEASURED, """
				study S {
				    run Half with Cycle
				    expect first cycle efficiency of Half = measured +- 3 %
				}
				""", "no data file for Half", "error");
		add(IssueCodes.INVALID_ADDRESS, """
				study S { run Half with Cycle  expect first cycle efficiency of Half over cycles 2 to 5 = 90 % }
				""", "'first cycle efficiency' has no meaning as an average over cycles", "error");
		add(IssueCodes.COUNTER_NOT_LITHIUM, "cell Bad extends Half { counter Cu 100 um }\n",
				"counter electrode 'Cu' is neither Li nor a Li alloy", "error");
		add(IssueCodes.BLOCKING_CELL, "cell Blocked extends Half { format blocking  counter Li foil 50 um }\n",
				"blocking cell 'Blocked' has the collector on both sides and no Li: remove the counter electrode", "error");
		add(IssueCodes.CANNOT_COMPILE, """
				study S { run Half with Cycle(j = 0.5C) }
				""", "has no cathode", "error");
	}

	private static void cell(String code, String setting, String fragment, String severity) {
		add(code, "cell Bad extends Half { " + setting + " }\n", fragment, severity);
	}

	private static void add(String code, String snippet, String fragment, String severity) {
		CASES.put(code, new String[] { snippet, fragment, severity });
	}

	static Stream<Arguments> cases() {
		return CASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
	}

	private static org.lithos.dsl.validation.SolverIds.Installation solvers;

	/** The installed solvers, as the command line installs them from the solver registry. */
	@org.junit.jupiter.api.BeforeAll
	static void installSolvers() {
		solvers = org.lithos.dsl.validation.SolverIds.install(() -> Set.of("lithos.cell", "lithos.kmc"));
	}

	@org.junit.jupiter.api.AfterAll
	static void uninstallSolvers() {
		solvers.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachIssueCodeIsReported(String code, String snippet, String fragment, String severity) {
		// an import must stand at the top of the file, so that case is spliced in after BASE's own import
		List<Problem> problems = snippet.startsWith("IMPORT ")
				? problems(Cells.BASE.replace("import lithos.materials.*", "import lithos.materials.*\n"
						+ "import " + snippet.substring(7)))
				: problemsWithBase(snippet);
		Problem problem = assertProblem(problems, code, fragment);
		assertEquals(severity, problem.severity().name().toLowerCase(), problem.format());
		if (!snippet.startsWith("IMPORT ")) {
			assertTrue(problem.line() > Cells.BASE.split("\n").length - 1, "reported in the snippet: " + problem.format());
		}
	}

	@Test
	void everyIssueCodeHasACase() throws IllegalAccessException {
		Set<String> declared = new HashSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				declared.add((String) field.get(null));
			}
		}
		declared.removeAll(CASES.keySet());
		assertTrue(declared.isEmpty(), "issue codes without a test case: " + declared);
	}

	@Test
	void theBaseSnippetIsClean() {
		assertEquals(List.of(), problems(Cells.BASE));
	}

	@Test
	void celsiusAndCRateShareTheLetterC() {
		List<Problem> problems = problemsWithBase("""
				cell Warm extends Half { temperature 60 C }
				cell Full extends Half {
				    format full
				    cathode NMC811 { areal capacity 1 mAh/cm2 }
				}
				protocol Charge { charge at 0.33C until 4.3 V  discharge at C/3 until 2.8 V }
				study S { run Full with Charge }
				""");
		Cells.assertNoErrors(problems);
	}

	@Test
	void aVoltageIsNotARate() {
		assertProblem(problemsWithBase("protocol P { plate at 0.2 V for 1 mAh/cm2 }"), IssueCodes.WRONG_DIMENSION,
				"must be a current density, current, C-rate or specific current");
	}

	@Test
	void negativeThicknessIsImpossible() {
		assertProblem(problemsWithBase("cell Bad extends Half { collector Cu -9 um }"), IssueCodes.IMPOSSIBLE_VALUE,
				"more than 0");
	}

	@Test
	void aStepThatOnlyAShortCanEndIsAWarning() {
		Problem problem = assertProblem(problemsWithBase("protocol P { plate at 1 mA/cm2  stop when shorted }"),
				IssueCodes.STEP_CANNOT_END, "only if the cell shorts");
		assertEquals(Problem.Severity.WARNING, problem.severity());
	}

	@Test
	void aTotalTimeStopBoundsAnOpenStep() {
		Cells.assertNoErrors(problemsWithBase("protocol P { plate at 1 mA/cm2  stop when shorted or total time > 100 h }"));
	}

	@Test
	void theLetterCIsAValidName() {
		Cells.assertNoErrors(problemsWithBase("""
				material C additive "carbon black" { density 1.8 g/cm3 source "CRC Handbook" }
				cell Warm extends Half { temperature 40 C }
				"""));
	}

	/** Defect 5 of issue 14: zero and negative amounts are errors with a message, never a validator crash. */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "protocol P { plate at 1 mA/cm2 for 0 h }",
			"protocol P { plate at 1 mA/cm2 for -1 h }", "protocol P { rest for -1 h }", "protocol P { store for -7 d }",
			"protocol P { plate at 1 mA/cm2 for 0 mAh }", "protocol P { plate at 1 mA/cm2 for -3 mAh/g }",
			"protocol P { plate at 1 mA/cm2 until -1 mAh/cm2 }" })
	void zeroOrNegativeAmountsAreImpossibleNotACrash(String snippet) {
		List<Problem> problems = problemsWithBase(snippet);
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("EValidator")), Cells.describe(problems));
		Problem problem = assertProblem(problems, IssueCodes.IMPOSSIBLE_VALUE, "is impossible: it must be more than 0");
		assertTrue(problem.line() > Cells.BASE.split("\n").length - 1, problem.format());
	}

	/** Defect 9: NaN or Infinity where a number belongs is an error and does not swallow the next setting. */
	@Test
	void infinityIsNotANumberEither() {
		assertProblem(problemsWithBase("cell B extends Half { temperature Infinity C }"), IssueCodes.NOT_A_NUMBER,
				"'Infinity' is not a number");
	}

	/** A name the catalogue does not know and that is no near miss stays a warning (partner labs' properties). */
	@Test
	void anUnknownPropertyThatIsNoTypoIsAWarning() {
		Problem problem = assertProblem(problemsWithBase("material M extends Li6PS5Cl { zeta potential 1 V }"),
				IssueCodes.UNKNOWN_PROPERTY, "unknown property 'zeta potential'");
		assertEquals(Problem.Severity.WARNING, problem.severity());
	}

	/** Defect 12: a property typo in a cell that extends another is an error, not a run at the default. */
	@Test
	void aPropertyTypoInAnExtendingCellIsAnError() {
		Problem problem = assertProblem(problemsWithBase("cell B extends Half { temperatur 80 C }"),
				IssueCodes.UNKNOWN_PROPERTY, "did you mean 'temperature'?");
		assertEquals(Problem.Severity.ERROR, problem.severity());
	}

	/** Defect 12: a number that underflows to zero is refused where it is written. */
	@Test
	void aNumberThatUnderflowsToZeroIsAnError() {
		List<Problem> problems = problemsWithBase("cell B extends Half { pressure 1e-400 MPa }");
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().contains("1e-400")
				&& p.message().contains("too small")), Cells.describe(problems));
	}

	/** Defect 12: a solver that is installed passes. */
	@Test
	void aKnownSolverPasses() {
		Cells.assertNoErrors(problemsWithBase("study S { solver \"lithos.cell\"  run Half with Cycle }"));
	}

	/** Defect 13: parser jargon never reaches the user. */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"cell B extends Half { pressure 5. MPa }|a number cannot end in '.'",
			"cell B extends Half { pressure +5 MPa }|no '+' sign",
			"cell B extends Half { pressure 5 MPa ] }|unexpected ']'" })
	void syntaxErrorsSpeakPlainly(String snippet, String fragment) {
		List<Problem> problems = problemsWithBase(snippet);
		String all = Cells.describe(problems);
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().contains(fragment)), all);
		for (String jargon : List.of("(...)+", "loop did not match", "no viable alternative", "not a value",
				"mismatched input", "extraneous input", "EValidator")) {
			assertTrue(!all.contains(jargon), "jargon '" + jargon + "' in:\n" + all);
		}
		assertTrue(problems.stream().noneMatch(p -> p.line() == 1 && p.column() == 1), "located: " + all);
	}

	/** Defect 13: articles agree with the word ("an area", "a pressure"). */
	@Test
	void messagesUseTheRightArticle() {
		List<Problem> problems = problemsWithBase("cell B extends Half { area 9 mA }");
		assertProblem(problems, IssueCodes.WRONG_DIMENSION, "must be an area");
	}
}
