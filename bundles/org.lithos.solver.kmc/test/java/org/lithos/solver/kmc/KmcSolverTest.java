package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.EventKind;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Morphology;
import org.lithos.model.PlotRequest;
import org.lithos.model.Property;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.RunStatus;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StudyInput;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.SolverException;

/** {@link KmcSolver} on EMF inputs built here: Cu against Li2Te-Cu (Cu2Te converted), as in M23. */
class KmcSolverTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private static MaterialSpec material(SimulationInput in, String name, MaterialKind kind) {
		MaterialSpec m = F.createMaterialSpec();
		m.setName("lithos.materials." + name);
		m.setKind(kind);
		in.getMaterials().add(m);
		return m;
	}

	private static Property property(String name, double value, String unit) {
		Property p = F.createProperty();
		p.setName(name);
		p.setValue(value);
		p.setUnit(unit);
		return p;
	}

	private static void binding(SimulationInput in, MaterialSpec li, MaterialSpec on, double eV) {
		InterfaceSpec i = F.createInterfaceSpec();
		i.setFirst(li);
		i.setSecond(on);
		i.getProperties().add(property("binding energy", eV * Runs.EV, "J"));
		in.getInterfaces().add(i);
	}

	/** A half cell on Cu, or on Cu coated with 1 um Cu2Te; plate at 0.5 mA/cm2 for 1 mAh/cm2. */
	static SimulationInput input(boolean coated) {
		SimulationInput in = F.createSimulationInput();
		in.setId(coated ? "Li2Te-Cu_half" : "Cu_half");
		in.setSeed(7);
		MaterialSpec li = material(in, "Li", MaterialKind.METAL);
		MaterialSpec cu = material(in, "Cu", MaterialKind.METAL);
		MaterialSpec cu2te = material(in, "Cu2Te", MaterialKind.COMPOUND);
		// as in the library: Cu2Te converts (its potential) into the material it names
		cu2te.getProperties().add(property("conversion potential", 1.5, "V"));
		Property product = F.createProperty();
		product.setName("conversion product");
		product.setText("Li2Te");
		cu2te.getProperties().add(product);
		MaterialSpec li2te = material(in, "Li2Te", MaterialKind.COMPOUND);
		binding(in, li, cu, -0.570);
		binding(in, li, li, 0.168);
		binding(in, li, li2te, 0.535);
		CellSpec cell = F.createCellSpec();
		cell.setName("test." + in.getId());
		cell.setFormat(CellFormat.HALF);
		cell.setTemperature(298.15);
		// a small lattice of 20 nm sites and a small budget keep the test fast
		cell.getProperties().add(property("kmc width", 24, ""));
		cell.getProperties().add(property("kmc height", 24, ""));
		cell.getProperties().add(property("kmc site size", 20e-9, "m"));
		cell.getProperties().add(property("kmc events", 3e6, ""));
		CollectorSpec cc = F.createCollectorSpec();
		cc.setMaterial(cu);
		if (coated) {
			LayerSpec layer = F.createLayerSpec();
			layer.setMaterial(cu2te);
			layer.setThickness(1e-6);
			cc.getLayers().add(layer);
		}
		cell.setCollector(cc);
		in.setCell(cell);
		ProtocolSpec protocol = F.createProtocolSpec();
		StepSpec plate = F.createStepSpec();
		plate.setIndex(0);
		plate.setCycle(1);
		plate.setMode(StepMode.PLATE);
		plate.setCurrentDensity(5.0);
		plate.setTemperature(298.15);
		Termination q = F.createTermination();
		q.setKind(TerminationKind.CAPACITY);
		q.setValue(36_000);
		plate.getTerminations().add(q);
		protocol.getSteps().add(plate);
		in.setProtocol(protocol);
		return in;
	}

	private static Map<String, Series> series(SimulationResult r) {
		Map<String, Series> m = new HashMap<>();
		for (Series s : r.getSeries()) {
			m.put(s.getName(), s);
		}
		return m;
	}

	@Test
	void li2TeCoatedCopperIsCoveredMoreEvenlyThanBareCopper() throws SolverException {
		KmcSolver solver = new KmcSolver();
		SimulationResult cu = solver.solve(input(false), null);
		SimulationResult li2te = solver.solve(input(true), null);
		for (SimulationResult r : new SimulationResult[] { cu, li2te }) {
			assertEquals(KmcSolver.ID, r.getSolverId());
			assertTrue(r.getStatus() == RunStatus.COMPLETED || r.getStatus() == RunStatus.STOPPED, r.getMessage());
			Map<String, Series> s = series(r);
			for (String name : new String[] { "time", "charge", "coverage", "mean height", "tip height", "roughness",
					"particles", "particle size", "porosity", "events" }) {
				assertNotNull(s.get(name), name);
				assertEquals(s.get("time").getValues().length, s.get(name).getValues().length, name);
			}
			assertEquals("m", s.get("tip height").getUnit());
			assertEquals("A*s/m2", s.get("charge").getUnit());
			assertFalse(r.getMorphologies().isEmpty());
			Morphology m = r.getMorphologies().get(r.getMorphologies().size() - 1);
			assertEquals(24, m.getWidth());
			assertEquals(24 * 24, m.getHeights().length);
			assertEquals(24 * 24, m.getSection().length);
			assertEquals(24 * 24, m.getTallestSection().length);
			int tallest = m.getHeights()[m.getTallestY() * 24 + m.getTallestX()];
			assertEquals(java.util.Arrays.stream(m.getHeights()).max().getAsInt(), tallest,
					"the second section cuts through the tallest column");
			assertTrue(m.getSectionX() >= 0 && m.getSectionY() >= 0, "the typical section says where it cuts");
			assertEquals(20e-9, m.getSiteSize());
			assertTrue(java.util.Arrays.stream(m.getHeights()).anyMatch(h -> h > 0), "Li in the picture");
		}
		assertEquals(Deposit.COLLECTOR, series(cu).isEmpty() ? -1 : cu.getMorphologies().get(0).getSection()[0]);
		assertEquals(Deposit.COATING, li2te.getMorphologies().get(0).getSection()[0]);
		// compare at equal charge: the same sample index (samples sit at equal fractions of the same target)
		double[] qCu = series(cu).get("charge").getValues();
		double[] qTe = series(li2te).get("charge").getValues();
		// a stopped run's last sample is where it stopped, off the common grid
		int k = Math.min(qCu.length - (cu.getStatus() == RunStatus.STOPPED ? 2 : 1),
				qTe.length - (li2te.getStatus() == RunStatus.STOPPED ? 2 : 1));
		assertTrue(k >= 1, "Cu reached at least one sample: " + cu.getMessage());
		assertEquals(qCu[k], qTe[k], 1e-9 * qTe[k]);
		double covCu = series(cu).get("coverage").getValues()[k];
		double covTe = series(li2te).get("coverage").getValues()[k];
		System.out.println("KmcSolverTest at " + qCu[k] + " A*s/m2: coverage Li2Te-Cu " + covTe + ", Cu " + covCu + "; "
				+ cu.getMessage() + " / " + li2te.getMessage());
		assertTrue(covTe > covCu + 0.05, "coverage Li2Te-Cu " + covTe + " vs Cu " + covCu);
		double tipCu = series(cu).get("tip height").getValues()[k];
		double tipTe = series(li2te).get("tip height").getValues()[k];
		assertTrue(tipCu >= tipTe, "tip Cu " + tipCu + " vs Li2Te-Cu " + tipTe);
	}

	@Test
	void aLatticeTallerThanTheDefaultTakesTheStepBeyondFourLayers() throws SolverException {
		SimulationInput in = input(true);
		for (Property p : in.getCell().getProperties()) {
			if (p.getName().equals("kmc height")) {
				p.setValue(50);
			} else if (p.getName().equals("kmc width")) {
				p.setValue(32);
			}
		}
		// 10 mA/cm2: a new layer nucleates before a lone adatom has crossed the terrace many times (fast)
		in.getProtocol().getSteps().get(0).setCurrentDensity(100.0);
		SimulationResult r = new KmcSolver().solve(in, null);
		assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getMessage());
		double[] q = series(r).get("charge").getValues();
		double layer = KmcParameters.layerCharge(20e-9);
		// the 1 mAh/cm2 step is more than the lattice holds: 0.75 x (50 - 10) layers, not the default four
		assertEquals(30 * layer, q[q.length - 1], layer / (32 * 32));
	}

	@Test
	void aStudyThatCyclesStaysWithTheCellSolverUnlessItAsksForKmc() {
		KmcSolver solver = new KmcSolver();
		SimulationInput plain = input(false);
		assertTrue(solver.suitability(plain).isEmpty(), "no plot, no request: not ours");
		StudyInput study = F.createStudyInput();
		study.setName("s");
		PlotRequest plot = F.createPlotRequest();
		plot.setY("morphology");
		study.getPlots().add(plot);
		SimulationInput plating = input(false);
		study.getRuns().add(plating);
		assertEquals(60, solver.suitability(plating).getAsInt(), "plating-only study with a morphology plot");
		StepSpec strip = F.createStepSpec();
		strip.setMode(StepMode.STRIP);
		strip.setIndex(1);
		plating.getProtocol().getSteps().add(strip);
		assertTrue(solver.suitability(plating).getAsInt() < 50, "cycling stays with lithos.cell (50)");
		SimulationInput asked = input(false);
		asked.setSolverId(KmcSolver.ID);
		assertEquals(100, solver.suitability(asked).getAsInt());
		asked.setSolverId("lithos.cell");
		assertTrue(solver.suitability(asked).isEmpty());
		StudyInput expecting = F.createStudyInput();
		org.lithos.model.Expectation porosity = F.createExpectation();
		porosity.setObservable("porosity");
		expecting.getExpectations().add(porosity);
		SimulationInput expected = input(false);
		expecting.getRuns().add(expected);
		assertEquals(60, solver.suitability(expected).getAsInt(), "a study that expects the deposit's porosity");
	}

	@Test
	void missingBindingEnergiesAndBadInputsAreReported() throws SolverException {
		SimulationInput in = input(false);
		in.getInterfaces().remove(0); // no Li | Cu value
		KmcSolver solver = new KmcSolver();
		SimulationResult r = solver.solve(in, null);
		assertTrue(r.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.WARNING
				&& e.getMessage().contains("no binding energy for Li | Cu")), "assumption reported");
		SimulationInput noPlating = input(false);
		noPlating.getProtocol().getSteps().get(0).setMode(StepMode.STRIP);
		SolverException e = assertThrows(SolverException.class, () -> solver.solve(noPlating, null));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		SimulationInput huge = input(false);
		huge.getCell().getProperties().add(0, property("kmc width", 100_000, ""));
		SolverException big = assertThrows(SolverException.class, () -> solver.solve(huge, null));
		assertTrue(big.getMessage().contains("largest that fits"), big.getMessage());
	}
}
