package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellSpec;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StopKind;
import org.lithos.model.StudyInput;
import org.lithos.model.TerminationKind;

/** The compiler's arithmetic, checked against values worked out by hand. */
class CompilerTest {

	private static final double AREA_12MM = Math.PI * 0.006 * 0.006; // m2

	private static StudyInput study(String snippet) throws Exception {
		CompiledModel model = Cells.compile(Cells.BASE + "\n" + snippet);
		return model.getStudies().get(0);
	}

	@Test
	void halfCellInSiUnits() throws Exception {
		CellSpec cell = study("study S { run Half with Cycle }").getRuns().get(0).getCell();
		assertEquals(AREA_12MM, cell.getArea(), 1e-12);
		assertEquals(9e6, cell.getPressure(), 1e-6);
		assertEquals(298.15, cell.getTemperature(), 1e-9);
		assertEquals(100e-6, cell.getCounter().getThickness(), 1e-12);
		assertEquals(9e-6, cell.getCollector().getThickness(), 1e-15);
		// 150 mg of dense Li6PS5Cl (library density) pressed to 12 mm: t = m / (rho A)
		double density = cell.getSeparator().getMaterial().getProperties().stream()
				.filter(p -> p.getName().equals("density")).findFirst().orElseThrow().getValue();
		assertEquals(150e-6 / (density * AREA_12MM), cell.getSeparator().getThickness(), 1e-9);
		assertEquals("lithos.materials.Li6PS5Cl", cell.getSeparator().getMaterial().getName());
	}

	@Test
	void protocolIsFlattenedWithLimitsInSi() throws Exception {
		SimulationInput run = study("study S { run Half with Cycle(n = 3) }").getRuns().get(0);
		List<StepSpec> steps = run.getProtocol().getSteps();
		assertEquals(6, steps.size());
		assertEquals(3, run.getProtocol().getCycleCount());
		StepSpec plate = steps.get(0);
		assertEquals(StepMode.PLATE, plate.getMode());
		assertEquals(10.0, plate.getCurrentDensity(), 1e-12); // 1 mA/cm2 = 10 A/m2
		assertEquals(TerminationKind.CAPACITY, plate.getTerminations().get(0).getKind());
		assertEquals(36_000.0, plate.getTerminations().get(0).getValue(), 1e-9); // 1 mAh/cm2 = 36000 A s/m2
		StepSpec strip = steps.get(1);
		assertEquals(TerminationKind.VOLTAGE, strip.getTerminations().get(0).getKind());
		assertEquals(0.2, strip.getTerminations().get(0).getValue(), 1e-12);
		assertEquals(List.of(1, 1, 2, 2, 3, 3), steps.stream().map(StepSpec::getCycle).toList());
		assertEquals(9e6, plate.getPressure(), 1e-6);
	}

	@Test
	void currentsAreDividedByTheArea() throws Exception {
		StepSpec plate = study("study S { run Half with Cycle(j = 0.5 mA, q = 1 mAh) }").getRuns().get(0)
				.getProtocol().getSteps().get(0);
		assertEquals(0.5e-3 / AREA_12MM, plate.getCurrentDensity(), 1e-9);
		assertEquals(3.6 / AREA_12MM, plate.getTerminations().get(0).getValue(), 1e-6);
	}

	@Test
	void cRatesReferToTheCathodeCapacity() throws Exception {
		StudyInput study = study("""
				cell Full extends Half {
				    format full
				    cathode NMC811 { areal capacity 2 mAh/cm2 }
				}
				protocol Formation { charge at C/10 until 4.3 V  discharge at 0.5C until 2.8 V  charge at 0.33C for 80 % }
				study S { run Full with Formation }
				""");
		SimulationInput run = study.getRuns().get(0);
		assertNull(run.getCell().getCounter(), "a full cell has no counter electrode even when its parent has one");
		assertEquals(72_000.0, run.getCell().getCathode().getArealCapacity(), 1e-9);
		List<StepSpec> steps = run.getProtocol().getSteps();
		assertEquals(72_000.0 / 10 / 3600, steps.get(0).getCurrentDensity(), 1e-9); // C/10 of 2 mAh/cm2 = 2 A/m2
		assertEquals(72_000.0 * 0.5 / 3600, steps.get(1).getCurrentDensity(), 1e-9);
		assertEquals(0.8 * 72_000.0, steps.get(2).getTerminations().get(0).getValue(), 1e-6);
		// NMC811's library specific capacity gives the active loading
		double specific = run.getCell().getCathode().getSpecificCapacity();
		assertEquals(72_000.0 / specific, run.getCell().getCathode().getActiveLoading(), 1e-12);
	}

	@Test
	void sweepsExpandIntoRunsWithIds() throws Exception {
		StudyInput study = study("""
				study S {
				    vary j in [0.5, 1, 2] mA/cm2
				    run Half with Cycle(j = j, n = 1)
				    expect first cycle efficiency of Half when j = 1 mA/cm2 = 95 % +- 3 %
				}
				""");
		assertEquals(3, study.getRuns().size());
		assertEquals(List.of("Half@j=0.5mA_cm2", "Half@j=1mA_cm2", "Half@j=2mA_cm2"),
				study.getRuns().stream().map(SimulationInput::getId).toList());
		assertEquals(List.of(5.0, 10.0, 20.0), study.getRuns().stream()
				.map(r -> r.getProtocol().getSteps().get(0).getCurrentDensity()).toList());
		var expectation = study.getExpectations().get(0);
		assertEquals(0.95, expectation.getValue(), 1e-12);
		assertEquals(0.03, expectation.getToleranceAbsolute(), 1e-12, "% on a % value is percentage points");
		assertEquals(10.0, expectation.getSweepValue(), 1e-12);
		assertEquals("test.Half", expectation.getCell());
	}

	@Test
	void relativeToleranceOnCounts() throws Exception {
		var expectation = study("study S { run Half with Cycle  expect cycle life of Half = 26 cycles +- 30 % }")
				.getExpectations().get(0);
		assertEquals(26, expectation.getValue(), 0);
		assertEquals(0.30, expectation.getToleranceRelative(), 1e-12);
		assertTrue(Double.isNaN(expectation.getToleranceAbsolute()));
	}

	@Test
	void inheritanceOverridesByNameAndRunOverridesWin() throws Exception {
		StudyInput study = study("""
				cell Pressed extends Half { pressure 20 MPa }
				study S { run Pressed, Pressed(pressure = 5 MPa) with Cycle }
				""");
		assertEquals(20e6, study.getRuns().get(0).getCell().getPressure(), 1e-6);
		assertEquals(5e6, study.getRuns().get(1).getCell().getPressure(), 1e-6);
		assertEquals("Pressed+pressure=5MPa", study.getRuns().get(1).getId(), "the id says what differs");
		assertEquals("pressure", study.getRuns().get(1).getOverrides().get(0).getName());
		assertEquals(5e6, study.getRuns().get(1).getOverrides().get(0).getValue(), 1e-6);
		assertEquals(9e-6, study.getRuns().get(0).getCell().getCollector().getThickness(), 1e-15, "inherited");
	}

	/** Defect 8 of issue 14: ids say what differs and are safe in file names and URLs (no '#', '%' or '/'). */
	@Test
	void runIdsAreSafeAndUnique() throws Exception {
		StudyInput study = study("""
				cell Pressed extends Half { pressure 20 MPa }
				study S {
				    vary j in [1, 2] mA/cm2
				    run Pressed, Pressed(pressure = 50 MPa), Pressed(kmc width = 32), Pressed with Cycle(j = j)
				}
				""");
		List<String> ids = study.getRuns().stream().map(r -> r.getId()).toList();
		assertEquals(List.of("Pressed@j=1mA_cm2", "Pressed@j=2mA_cm2", "Pressed+pressure=50MPa@j=1mA_cm2",
				"Pressed+pressure=50MPa@j=2mA_cm2", "Pressed+kmc_width=32@j=1mA_cm2", "Pressed+kmc_width=32@j=2mA_cm2",
				"Pressed@j=1mA_cm2-2", "Pressed@j=2mA_cm2-2"), ids);
		for (String id : ids) {
			assertTrue(id.matches("[A-Za-z0-9._=@,+-]+"), id);
		}
	}

	@Test
	void layersStopsAndStepConditions() throws Exception {
		StudyInput study = study("""
				cell Coated extends Half { collector Cu 9 um { layer W 30 nm  layer Mg 140 nm } }
				protocol Storage { store for 7 d at 60 C  rest for 1 h  stop when total time > 10 d }
				protocol Life { repeat 5 { plate at 1 mA/cm2 for 1 mAh/cm2  strip at 1 mA/cm2 until 0.2 V }
				                stop when shorted or discharge capacity < 80 % of cycle 4 }
				study S { run Coated with Storage  run Coated with Life }
				""");
		SimulationInput storage = study.getRuns().get(0);
		assertEquals("Coated-Storage", storage.getId());
		var layers = storage.getCell().getCollector().getLayers();
		assertEquals(List.of("lithos.materials.W", "lithos.materials.Mg"),
				layers.stream().map(l -> l.getMaterial().getName()).toList());
		assertEquals(140e-9, layers.get(1).getThickness(), 1e-18);
		StepSpec store = storage.getProtocol().getSteps().get(0);
		assertEquals(StepMode.STORE, store.getMode());
		assertEquals(333.15, store.getTemperature(), 1e-9);
		assertEquals(7 * 86400.0, store.getTerminations().get(0).getValue(), 1e-9);
		assertEquals(298.15, storage.getProtocol().getSteps().get(1).getTemperature(), 1e-9, "back to the cell's");
		assertEquals(StopKind.TOTAL_TIME, storage.getProtocol().getStops().get(0).getKind());
		var stops = study.getRuns().get(1).getProtocol().getStops();
		assertEquals(StopKind.SHORT, stops.get(0).getKind());
		assertEquals(0.8, stops.get(1).getFraction(), 1e-12);
		assertEquals(4, stops.get(1).getReferenceCycle());
	}

	@Test
	void interfacesOfUsedMaterialsAreIncluded() throws Exception {
		SimulationInput run = study("study S { run Half with Cycle }").getRuns().get(0);
		assertTrue(run.getMaterials().stream().anyMatch(m -> m.getName().equals("lithos.materials.Li")));
		assertNotNull(run.getInterfaces().stream().filter(i -> i.getFirst().getName().endsWith(".Li")
				&& i.getSecond().getName().endsWith(".Cu")).findFirst().orElse(null), "Li | Cu applies to a Cu collector");
		assertTrue(run.getInterfaces().stream().noneMatch(i -> i.getSecond().getName().endsWith(".Li2Te")),
				"Li | Li2Te does not apply without Li2Te");
	}
}
