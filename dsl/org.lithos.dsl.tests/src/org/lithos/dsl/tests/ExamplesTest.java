package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;

/** Every example checks cleanly and compiles; key figures of the compiled reference studies are pinned. */
class ExamplesTest {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(Cells.EXAMPLES)) {
			return files.filter(f -> f.toString().endsWith(".cell")).sorted().toList().stream();
		}
	}

	private static CompiledModel compile(Path file) throws Exception {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addTarget(file, file.toString());
		List<Problem> problems = workspace.validate();
		Cells.assertNoErrors(problems);
		return new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource), file.toString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void checksWithoutErrorsOrWarnings(Path file) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTarget(file, file.toString());
		assertEquals("", Cells.describe(workspace.validate()), file + " must check cleanly");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void compilesEveryStudy(Path file) throws Exception {
		CompiledModel model = compile(file);
		assertFalse(model.getStudies().isEmpty(), file + " has studies");
		for (StudyInput study : model.getStudies()) {
			assertFalse(study.getRuns().isEmpty(), study.getName() + " has runs");
			for (SimulationInput run : study.getRuns()) {
				assertTrue(run.getCell().getArea() > 0 && run.getCell().getPressure() > 0, run.getId());
				assertFalse(run.getProtocol().getSteps().isEmpty(), run.getId() + " has steps");
				run.getProtocol().getSteps().forEach(step -> assertTrue(
						!step.getTerminations().isEmpty() || !run.getProtocol().getStops().isEmpty(),
						run.getId() + " step " + step.getIndex() + " can end"));
			}
		}
	}

	@Test
	void thereIsATourAMorphologyShowcaseAndOneFilePerSource() throws IOException {
		List<String> names = examples().map(p -> p.getFileName().toString()).collect(Collectors.toList());
		assertEquals(List.of("m23.cell", "m24.cell", "morphology.cell", "s25.cell", "tour.cell", "z25.cell"), names);
	}

	@Test
	void m24CellsCompileToThePublishedBuild() throws Exception {
		CompiledModel model = compile(Cells.EXAMPLES.resolve("m24.cell"));
		Map<String, SimulationInput> runs = model.getStudies().stream().flatMap(s -> s.getRuns().stream())
				.collect(Collectors.toMap(r -> r.getCell().getName() + "/" + r.getProtocol().getName(), r -> r, (a, b) -> a));
		SimulationInput mgw = runs.values().stream().filter(r -> r.getCell().getName().endsWith("MgW_half")).findFirst()
				.orElseThrow();
		// two areas: the 8 mm Li disk the current densities refer to, on a 12 mm pellet and collector (pressed at 530 MPa)
		assertEquals(Math.PI * 0.004 * 0.004, mgw.getCell().getArea(), 1e-9, "8 mm Li disk");
		assertEquals(12e-3, org.lithos.solver.api.MaterialProperties.value(mgw.getCell().getCollector().getProperties(),
				"diameter"), 1e-9, "12 mm collector");
		assertEquals(530e6, org.lithos.solver.api.MaterialProperties.value(mgw.getCell().getSeparator().getProperties(),
				"fabrication pressure"), 1, "pellet pressed at 530 MPa");
		assertEquals(9e6, mgw.getCell().getPressure(), 1e3);
		var layers = mgw.getCell().getCollector().getLayers();
		assertEquals(2, layers.size(), "Mg on W");
		assertEquals(30e-9, layers.get(0).getThickness(), 1e-12);
		assertEquals(140e-9, layers.get(1).getThickness(), 1e-12);
		assertTrue(layers.get(0).getMaterial().getName().endsWith(".W"), layers.get(0).getMaterial().getName());
		var mg = layers.get(1).getMaterial();
		assertTrue(mg.getName().endsWith(".Mg") || mg.getAncestors().contains("lithos.materials.Mg"), mg.getName());
		assertEquals(0.8e-1, mgw.getCell().getSeparator().getConductivity(), 1e-9, "0.8 mS/cm wet-milled LPSCl");
		// the full cells are built on the same pellets, and the paper states one pressing for its pellets
		SimulationInput full = runs.values().stream().filter(r -> r.getCell().getName().endsWith("MgW_full_high"))
				.findFirst().orElseThrow();
		assertEquals(530e6, org.lithos.solver.api.MaterialProperties.value(full.getCell().getSeparator().getProperties(),
				"fabrication pressure"), 1, "full-cell pellet pressed at 530 MPa");
		assertEquals(Math.PI * 0.006 * 0.006, full.getCell().getArea(), 1e-9, "12 mm full cell");
	}

	@Test
	void tourSweepExpandsAndCarriesExpectations() throws Exception {
		CompiledModel model = compile(Cells.EXAMPLES.resolve("tour.cell"));
		int runs = model.getStudies().stream().mapToInt(s -> s.getRuns().size()).sum();
		int expectations = model.getStudies().stream().mapToInt(s -> s.getExpectations().size()).sum();
		assertTrue(runs >= 3, "the tour runs a sweep: " + runs);
		assertTrue(expectations >= 1);
	}

	@Test
	void allExamplesTogetherHaveTheReferenceExpectations() throws Exception {
		int expectations = 0;
		int withSource = 0;
		for (Path file : examples().toList()) {
			for (StudyInput study : compile(file).getStudies()) {
				for (var expectation : study.getExpectations()) {
					expectations++;
					if (expectation.getSource() != null && expectation.getSource().startsWith("doi:")) {
						withSource++;
					}
				}
			}
		}
		assertTrue(expectations >= 100, "reference observations written as expectations: " + expectations);
		assertTrue(withSource >= expectations - 10, "expectations carry their DOI: " + withSource + "/" + expectations);
	}
}
