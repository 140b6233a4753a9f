package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lithos.dsl.tests.Cells.assertNoErrors;
import static org.lithos.dsl.tests.Cells.assertProblem;
import static org.lithos.dsl.tests.Cells.problemsWithBase;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.dsl.workspace.Formatting;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.model.Expectation;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StudyInput;

/**
 * The forms issue 13 asks the language to say, parsed, validated and compiled: averages over a range of cycles,
 * retention relative to a chosen cycle, expectations at a step, {@code repeat 0}, sums and differences, and counter
 * electrodes that are not Li.
 */
class LanguageFormsTest {

	private static StudyInput study(String snippet) throws Exception {
		return Cells.compile(Cells.BASE + "\n" + snippet).getStudies().get(0);
	}

	private static Expectation expectation(String line) throws Exception {
		return study("study S {\n    run Half with Cycle(n = 5)\n    " + line + "\n}\n").getExpectations().get(0);
	}

	@Test
	void anAverageOverARangeOfCycles() throws Exception {
		Expectation e = expectation("expect average efficiency of Half over cycles 2 to 5 = 99.2 % +- 3 %");
		assertEquals(2, e.getFirstCycle());
		assertEquals(5, e.getLastCycle());
		assertEquals(0.992, e.getValue(), 1e-12);
		assertEquals(0.03, e.getToleranceAbsolute(), 1e-12, "points of a percentage");
		assertEquals(-1, e.getCycle());
		Expectation plain = expectation("expect average efficiency of Half = 99 %");
		assertEquals(-1, plain.getFirstCycle(), "the existing form keeps its meaning: every cycle after the first");
	}

	@Test
	void aRetentionRelativeToAChosenCycle() throws Exception {
		Expectation e = expectation("expect capacity retention of Half at cycle 5 relative to cycle 3 = 80 % +- 5 %");
		assertEquals(5, e.getCycle());
		assertEquals(3, e.getReferenceCycle());
		assertEquals(-1, expectation("expect capacity retention of Half at cycle 5 = 80 %").getReferenceCycle());
	}

	@Test
	void expectationsAtAStep() throws Exception {
		Expectation third = expectation("expect voltage of Half after the third strip = 0.2 V +- 1 %");
		assertEquals(3, third.getStep());
		assertTrue(third.isSetStepMode());
		assertEquals(StepMode.STRIP, third.getStepMode());
		Expectation numbered = expectation("expect Li thickness of Half after step 1 of cycle 2 > 4 um");
		assertEquals(1, numbered.getStep());
		assertFalse(numbered.isSetStepMode(), "'step' counts every kind of step");
		assertEquals(2, numbered.getCycle());
		Expectation plate = expectation("expect capacity of Half after plate 2 = 1 mAh/cm2 +- 1 %");
		assertEquals(2, plate.getStep());
		assertEquals(StepMode.PLATE, plate.getStepMode());
		assertEquals(36_000, plate.getValue(), 1e-9);
		assertEquals(-1, expectation("expect voltage of Half after the last plate = -0.1 V +- 50 %").getStep());
		assertEquals(0, expectation("expect voltage of Half at cycle 2 = -0.1 V +- 50 %").getStep(),
				"without an address the end of the cycle");
	}

	@Test
	void expectationsAtTheStartOfAStep() throws Exception {
		Expectation first = expectation("expect voltage of Half at the start of the first plate = -0.45 V +- 30 %");
		assertTrue(first.isStepStart());
		assertEquals(1, first.getStep());
		assertEquals(StepMode.PLATE, first.getStepMode());
		assertEquals(-0.45, first.getValue(), 1e-12);
		Expectation ofCycle = expectation("expect Li thickness of Half at the start of strip 1 of cycle 2 = 1 um +- 15 %");
		assertTrue(ofCycle.isStepStart());
		assertEquals(StepMode.STRIP, ofCycle.getStepMode());
		assertEquals(2, ofCycle.getCycle());
		Expectation numbered = expectation("expect voltage of Half at the start of step 3 < 0 V");
		assertEquals(3, numbered.getStep());
		assertFalse(numbered.isSetStepMode());
		assertFalse(expectation("expect voltage of Half after the first plate < 0 V").isStepStart(),
				"'after' keeps its meaning: the end of the step");
		assertFalse(expectation("expect voltage of Half at cycle 2 < 0 V").isStepStart());
		assertEquals("at the start of the 1st plate", org.lithos.model.query.Addresses.describe(first));
	}

	@Test
	void theStartOfAStepHoldsOnlyWhatAStepHasAsItBegins() {
		// the charge a step has passed is 0 there, and an overpotential is a figure of the whole step's trace
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect capacity of Half at the start of the first plate = 0 mAh/cm2 }"),
				IssueCodes.INVALID_ADDRESS, "'capacity' has no meaning as the start of a step; that is for");
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect plating overpotential of Half at the "
				+ "start of the first plate = 450 mV }"), IssueCodes.INVALID_ADDRESS,
				"'plating overpotential' has no meaning as the start of a step");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect voltage of Half at the start of the third strip < 1 V }"),
				IssueCodes.INVALID_ADDRESS, "run Half (protocol test.Cycle) has no step at the start of the 3rd strip");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect voltage of Half at the start of the fist plate < 1 V }"),
				IssueCodes.INVALID_ADDRESS, "'fist' is no ordinal");
		assertNoErrors(problemsWithBase(
				"study S { run Half with Cycle  expect voltage of Half at the start of the last strip > 0 V }"));
	}

	@Test
	void theDepositsPorosityIsAFraction() throws Exception {
		Expectation porosity = expectation("expect porosity of Half = 20 % +- 5 %");
		assertEquals(0.20, porosity.getValue(), 1e-12);
		assertEquals(0.05, porosity.getToleranceAbsolute(), 1e-12, "points of a percentage");
		assertNoErrors(problemsWithBase("study S { run Half with Cycle  expect porosity of Half < 0.3 }"));
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect porosity of Half = 20 nm }"),
				IssueCodes.WRONG_DIMENSION, "the expected porosity");
		assertFalse(problemsWithBase("study S { run Half with Cycle  expect porosity of Half = 20 % }").stream()
				.anyMatch(p -> p.code().equals(IssueCodes.UNKNOWN_OBSERVABLE)), "an observable, not only a plot axis");
	}

	@Test
	void overpotentialsOfOneStep() throws Exception {
		Expectation second = expectation("expect nucleation overpotential of Half after the second plate = 20 mV +- 30 %");
		assertEquals(2, second.getStep());
		assertEquals(StepMode.PLATE, second.getStepMode());
		assertEquals(0.020, second.getValue(), 1e-12);
		assertEquals("V", second.getUnit());
		Expectation growth = expectation("expect growth overpotential of Half after plate 1 of cycle 2 = 40 mV +- 30 %");
		assertEquals(1, growth.getStep());
		assertEquals(2, growth.getCycle());
		Expectation strip = expectation("expect stripping overpotential of Half after the last strip < 60 mV");
		assertEquals(-1, strip.getStep());
		assertEquals(StepMode.STRIP, strip.getStepMode());
		Expectation numbered = expectation("expect plating overpotential of Half after step 3 = 40 mV +- 30 %");
		assertFalse(numbered.isSetStepMode(), "step 3 of Cycle(n = 5) is its second plate");
	}

	@Test
	void anOverpotentialAddressedAtAStepOfTheWrongKind() {
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect nucleation overpotential of Half after the second strip < 5 mV }"),
				IssueCodes.INVALID_ADDRESS, "'nucleation overpotential' is a figure of a plating step (plate or charge), "
						+ "not of a strip: address one, e.g. after the first plate");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect stripping overpotential of Half after plate 1 < 50 mV }"),
				IssueCodes.INVALID_ADDRESS, "a stripping step (strip or discharge), not of a plate");
		// by number: only the run's protocol tells that step 2 of Cycle is a strip
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect growth overpotential of Half after step 2 = 40 mV +- 30 % }"),
				IssueCodes.INVALID_ADDRESS, "run Half (protocol test.Cycle): after the 2nd step is a strip step. "
						+ "'growth overpotential' is a figure of a plating step");
		assertNoErrors(problemsWithBase(
				"study S { run Half with Cycle  expect growth overpotential of Half after step 3 = 40 mV +- 30 % }"));
	}

	@Test
	void anOverpotentialAtAStepOfTheWrongKindIsReportedOnce() {
		var problems = problemsWithBase(
				"study S { run Half with Cycle  expect nucleation overpotential of Half after the first strip < 5 mV }");
		assertEquals(1, problems.stream().filter(p -> p.message().contains("is a figure of a plating step")).count(),
				problems.toString());
	}

	@Test
	void addressesOnlyWhereTheObservableHasAMeaning() {
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect cycle life of Half after step 2 > 3 }"),
				IssueCodes.INVALID_ADDRESS, "'cycle life' has no meaning as a step; that is for");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect first cycle efficiency of Half relative to cycle 2 = 90 % }"),
				IssueCodes.INVALID_ADDRESS, "has no meaning as a value relative to a cycle");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect average efficiency of Half over cycles 50 to 2 > 99 % }"),
				IssueCodes.INVALID_ADDRESS, "cycles 50 to 2 is no range");
		assertProblem(problemsWithBase(
				"study S { run Half with Cycle  expect average efficiency of Half over cycles 0 to 2 > 99 % }"),
				IssueCodes.INVALID_ADDRESS, "cycles are numbered from 1");
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect voltage of Half after the thrid charge < 1 V }"),
				IssueCodes.INVALID_ADDRESS, "'thrid' is no ordinal");
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect voltage of Half after step 0 < 1 V }"),
				IssueCodes.INVALID_ADDRESS, "steps are counted from 1");
		assertProblem(problemsWithBase("study S { run Half with Cycle  expect voltage of Half after the third strip < 1 V }"),
				IssueCodes.INVALID_ADDRESS, "run Half (protocol test.Cycle) has no step after the 3rd strip: it has 4 steps");
	}

	@Test
	void repeatZeroIsALoopThatRunsNoTime() throws Exception {
		String protocol = """
				protocol Formation(n = 1) {
				    plate at 1 mA/cm2 for 1 mAh/cm2
				    strip at 1 mA/cm2 until 0.2 V
				    repeat n - 1 {
				        plate at 1 mA/cm2 for 1 mAh/cm2
				        strip at 1 mA/cm2 until 0.2 V
				    }
				    repeat 0 { rest for 1 h }
				}
				""";
		List<StepSpec> once = study(protocol + "study S { run Half with Formation }").getRuns().get(0).getProtocol()
				.getSteps();
		assertEquals(2, once.size(), "repeat n - 1 with n = 1 and repeat 0 add no step");
		List<StepSpec> thrice = study(protocol + "study S { run Half with Formation(n = 3) }").getRuns().get(0)
				.getProtocol().getSteps();
		assertEquals(6, thrice.size());
		assertProblem(problemsWithBase("protocol P { repeat -1 { plate at 1 mA/cm2 for 1 mAh/cm2 } }"),
				IssueCodes.INVALID_COUNT, "at least 0");
	}

	@Test
	void sumsAndDifferencesWithTheUsualPrecedence() throws Exception {
		List<StepSpec> steps = study("""
				protocol Sums(q = 1 mAh/cm2) {
				    plate at 1 mA/cm2 for q - 0.25 mAh/cm2
				    strip at 1 mA/cm2 for q / 2 + 2 * 0.25 mAh/cm2
				    plate at 0.5 mA/cm2 + 0.5 mA/cm2 for 2 h - 30 min
				}
				study S { run Half with Sums }
				""").getRuns().get(0).getProtocol().getSteps();
		assertEquals(0.75 * 36_000, steps.get(0).getTerminations().get(0).getValue(), 1e-6);
		assertEquals(1.0 * 36_000, steps.get(1).getTerminations().get(0).getValue(), 1e-6, "* and / before + and -");
		assertEquals(10.0, steps.get(2).getCurrentDensity(), 1e-12);
		assertEquals(5400, steps.get(2).getTerminations().get(0).getValue(), 1e-9);
	}

	@Test
	void termsOfASumHaveOneDimension() {
		assertProblem(problemsWithBase("protocol P(j = 1 mA/cm2) { plate at j + 1 V for 1 mAh/cm2 }"),
				IssueCodes.WRONG_DIMENSION, "cannot add 1 V to 1 mA/cm2: a voltage and a current density");
		assertProblem(problemsWithBase("protocol P { store for 1 d at 60 C - 10 C }"),
				IssueCodes.WRONG_DIMENSION, "temperatures cannot be added or subtracted");
	}

	@Test
	void aCounterMustBeLithiumOrAnAlloyWithItsPotential() {
		assertProblem(problemsWithBase("cell Bad extends Half { counter Cu 100 um }"), IssueCodes.COUNTER_NOT_LITHIUM,
				"will not take it for Li");
		assertProblem(problemsWithBase("material Alloy alloy { formula \"LiX\" }\ncell Bad extends Half { counter Alloy }"),
				IssueCodes.COUNTER_NOT_LITHIUM, "'Alloy' is neither Li nor a Li alloy with a 'potential'");
		assertNoErrors(problemsWithBase("cell InLiHalf extends Half { counter InLi }"));
		assertNoErrors(problemsWithBase("material MyLi extends Li { }\ncell Mine extends Half { counter MyLi 50 um }"));
	}

	@Test
	void blockingCellsHoldAndRestOnly() throws Exception {
		String cell = "cell Blocking extends Half { format blocking }\n";
		StudyInput study = study(cell + """
				protocol Stability(v = 3 V) {
				    hold at v for 10 h
				    rest for 1 h
				}
				study S {
				    run Blocking with Stability
				    expect current of Blocking after the first hold < 10 uA/cm2
				    plot current vs time
				}
				""");
		var run = study.getRuns().get(0);
		assertEquals(org.lithos.model.CellFormat.BLOCKING, run.getCell().getFormat());
		assertEquals(null, run.getCell().getCounter(), "the inherited Li counter is dropped");
		assertEquals(2, run.getProtocol().getSteps().size());
		assertEquals(0.1, study.getExpectations().get(0).getValue(), 1e-12, "10 uA/cm2 = 0.1 A/m2");
		assertProblem(problemsWithBase(cell + "study S { run Blocking with Cycle }"), IssueCodes.CANNOT_COMPILE,
				"blocking cell 'Blocking' has no Li to plate");
		assertProblem(problemsWithBase(cell + "protocol H { hold at 3 V until 1 uA/cm2 }\nstudy S { run Blocking with H }"),
				IssueCodes.CANNOT_COMPILE, "needs a duration");
	}

	@Test
	void theNewFormsKeepTheirLayout() {
		String text = Cells.BASE + """

				protocol P(n = 2) {
				    repeat n - 1 {
				        plate at 1 mA/cm2 for 1 mAh/cm2 - 0.5 mAh/cm2
				        strip at 1 mA/cm2 until 0.2 V
				    }
				}

				study S {
				    run Half with P(n = 3)
				    expect average efficiency of Half over cycles 1 to 2 > 90 %
				    expect capacity retention of Half at cycle 2 relative to cycle 1 = 100 % +- 50 %
				    expect voltage of Half after the second strip > 0.1 V
				    expect Li thickness of Half after step 1 of cycle 2 < 10 um
				    expect nucleation overpotential of Half after the second plate < 5 mV
				    expect growth overpotential of Half after plate 1 of cycle 2 = 40 mV +- 30 %
				}
				""";
		assertNoErrors(Cells.problems(text));
		String formatted = format(text);
		assertEquals(formatted, format(formatted), "formatting is idempotent");
		for (String line : text.substring(text.indexOf("protocol P(")).split("\n")) {
			assertTrue(formatted.contains(line), "kept as written: '" + line + "'\n" + formatted);
		}
	}

	private static String format(String text) {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("f.cell", text);
		return Formatting.format((XtextResource) resource);
	}
}
