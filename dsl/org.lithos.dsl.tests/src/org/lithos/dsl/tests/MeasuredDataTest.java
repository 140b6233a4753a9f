package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.Expectation;
import org.lithos.model.StudyInput;

/** A study's {@code data} clause and {@code = measured} expectations, resolved relative to the .cell file. */
class MeasuredDataTest {

	static final Path EXAMPLE = Cells.EXAMPLES.resolve("measured/cu-half.cell");

	@Test
	void theMeasuredExampleTakesItsExpectationsFromItsDataFile() throws Exception {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addTarget(EXAMPLE, EXAMPLE.toString());
		assertEquals("", Cells.describe(workspace.validate()));
		CompiledModel model = new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource),
				EXAMPLE.toString());
		StudyInput study = model.getStudies().get(0);
		assertEquals(1, study.getMeasured().size());
		assertEquals(EXAMPLE.toAbsolutePath().getParent().resolve("cu-half.mpt").normalize().toString(),
				study.getMeasured().get(0).getFile());
		assertEquals("examples.measured.Cu_half", study.getMeasured().get(0).getCell());
		List<Expectation> expected = study.getExpectations();
		// generate.py: CE 82 % in cycle 1; cycles 2-10 plate equal charge, so the average is the mean CE
		assertEquals(0.82, expected.get(0).getValue(), 1e-4);
		assertEquals((0.88 + 0.90 + 0.91 + 0.91 + 0.90 + 0.89 + 0.87 + 0.84 + 0.80) / 9, expected.get(1).getValue(),
				1e-4);
		// cycle 5 strips 91 % of 1 mAh/cm2: 0.91 mAh/cm2 = 3276 C/m2
		assertEquals(0.91 * 36_000, expected.get(2).getValue(), 1);
		assertEquals("82.0 %", expected.get(0).getDisplay());
		assertEquals("cu-half.mpt", expected.get(0).getSource());
	}

	@Test
	void aMalformedDataFileIsAnErrorOnTheClauseWithItsLine() throws Exception {
		Path dir = Files.createTempDirectory("lithos-data");
		Path data = dir.resolve("cells/cu-1.csv");
		Files.createDirectories(data.getParent());
		Files.writeString(data, "Data_Point,Test_Time(s),Current(A),Voltage(V)\n1,0,0.001,3.1\n2,10,0.001,abc\n");
		Path cell = dir.resolve("s.cell");
		Files.writeString(cell, Cells.BASE + "\nstudy S {\n    run Half with Cycle\n    data \"cells/cu-1.csv\" for Half\n}\n");
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTarget(cell, cell.toString());
		List<Problem> problems = workspace.validate();
		Problem problem = Cells.assertProblem(problems, IssueCodes.DATA_FILE,
				"data file cells/cu-1.csv:line 3: voltage 'abc' is not a number");
		assertEquals(Cells.BASE.split("\n", -1).length + 3, problem.line(), "the line of the data clause");
	}

	@Test
	void anObservableNoFileGivesIsAnError() {
		Cells.assertProblem(Cells.problemsWithBase("""
				study S {
				    run Half with Cycle
				    data "%s" for Half
				    expect nucleation overpotential of Half at cycle 1 = measured
				}
				""".formatted(EXAMPLE.getParent().resolve("cu-half.mpt").toAbsolutePath())), IssueCodes.NOT_MEASURED,
				"cannot be taken from a data file");
	}
}
