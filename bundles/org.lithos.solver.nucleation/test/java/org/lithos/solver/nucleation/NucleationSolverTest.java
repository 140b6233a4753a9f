package org.lithos.solver.nucleation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.EventKind;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.RunStatus;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;

/** {@code lithos.nucleation} on EMF inputs built as the compiler would build them (SI units). */
class NucleationSolverTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	/** 1 mA/cm2 in A/m2. */
	private static final double MA_CM2 = 10.0;
	/** 1 mAh/cm2 in A s/m2. */
	private static final double MAH_CM2 = 36000.0;

	private final NucleationSolver solver = new NucleationSolver();

	// ------------------------------------------------------------------ inputs

	private static MaterialSpec material(SimulationInput in, String simple, MaterialKind kind, Object... props) {
		for (MaterialSpec m : in.getMaterials()) {
			if (m.getName().equals("lithos.materials." + simple)) {
				return m;
			}
		}
		MaterialSpec m = F.createMaterialSpec();
		m.setName("lithos.materials." + simple);
		m.setKind(kind);
		for (int i = 0; i < props.length; i += 2) {
			Property p = F.createProperty();
			p.setName((String) props[i]);
			if (props[i + 1] instanceof String text) {
				p.setText(text);
			} else {
				p.setValue(((Number) props[i + 1]).doubleValue());
			}
			m.getProperties().add(p);
		}
		in.getMaterials().add(m);
		return m;
	}

	private static Property property(String name, double value) {
		Property p = F.createProperty();
		p.setName(name);
		p.setValue(value);
		return p;
	}

	private static MaterialSpec mat(SimulationInput in, String simple) {
		return switch (simple) {
		case "Li" -> material(in, "Li", MaterialKind.METAL, "density", 534.0, "molar mass", 6.94e-3, "molar volume",
				1.3e-5);
		case "Cu" -> material(in, "Cu", MaterialKind.METAL, "density", 8960.0, "molar mass", 0.063546);
		case "W" -> material(in, "W", MaterialKind.METAL, "density", 19300.0, "li solubility", 0.0);
		case "Au" -> material(in, "Au", MaterialKind.METAL, "density", 19300.0, "plateau", 0.14, "plateau", 0.08);
		case "Mg" -> material(in, "Mg", MaterialKind.METAL, "density", 1740.0, "li solubility", 0.17);
		case "Cu2Te" -> material(in, "Cu2Te", MaterialKind.COMPOUND, "conversion potential", 1.5,
				"conversion product", "Li2Te");
		case "Li2Te" -> material(in, "Li2Te", MaterialKind.COMPOUND, "molar mass", 0.14148,
				"surface class", "lithiophilic compound");
		case "LPSCl" -> material(in, "Li6PS5Cl", MaterialKind.ELECTROLYTE, "conductivity", 0.08);
		default -> throw new IllegalArgumentException(simple);
		};
	}

	/** A Li | Li6PS5Cl | Cu half cell, 12 mm die, 23 C, with the given layers from the collector outwards. */
	static SimulationInput half(String id, String... layers) {
		SimulationInput in = F.createSimulationInput();
		in.setId(id);
		in.setSolverId(NucleationSolver.ID);
		CellSpec c = F.createCellSpec();
		c.setName("test." + id);
		c.setFormat(CellFormat.HALF);
		c.setArea(Math.PI * 0.006 * 0.006);
		c.setTemperature(296.15);
		c.setPressure(9e6);
		CounterSpec counter = F.createCounterSpec();
		counter.setMaterial(mat(in, "Li"));
		counter.setThickness(100e-6);
		c.setCounter(counter);
		SeparatorSpec se = F.createSeparatorSpec();
		se.setMaterial(mat(in, "LPSCl"));
		se.setThickness(0.7e-3);
		c.setSeparator(se);
		CollectorSpec cc = F.createCollectorSpec();
		cc.setMaterial(mat(in, "Cu"));
		cc.setThickness(9e-6);
		for (String l : layers) {
			LayerSpec layer = F.createLayerSpec();
			layer.setMaterial(mat(in, l));
			layer.setThickness(100e-9);
			cc.getLayers().add(layer);
		}
		c.setCollector(cc);
		in.setCell(c);
		in.setProtocol(F.createProtocolSpec());
		in.getProtocol().setName("test");
		return in;
	}

	static SimulationInput step(SimulationInput in, StepMode mode, double j, TerminationKind kind, double limit) {
		StepSpec s = F.createStepSpec();
		int index = in.getProtocol().getSteps().size();
		s.setIndex(index);
		long plates = in.getProtocol().getSteps().stream().filter(x -> x.getMode() == StepMode.PLATE).count();
		s.setCycle((int) (mode == StepMode.PLATE ? plates + 1 : Math.max(1, plates)));
		s.setMode(mode);
		s.setCurrentDensity(j);
		s.setLabel(mode.getName().toLowerCase() + " at " + j + " A/m2");
		Termination t = F.createTermination();
		t.setKind(kind);
		t.setValue(limit);
		s.getTerminations().add(t);
		in.getProtocol().getSteps().add(s);
		in.getProtocol().setCycleCount(s.getCycle());
		return in;
	}

	static SimulationInput plate(SimulationInput in, double j, double q) {
		return step(in, StepMode.PLATE, j, TerminationKind.CAPACITY, q);
	}

	static void contactAngle(SimulationInput in, String substrate, double value) {
		InterfaceSpec i = F.createInterfaceSpec();
		i.setFirst(mat(in, "Li"));
		i.setSecond(mat(in, substrate));
		i.getProperties().add(property("contact angle", value));
		in.getInterfaces().add(i);
	}

	private static double[] column(SimulationResult r, String name) {
		for (Series s : r.getSeries()) {
			if (s.getName().equals(name)) {
				return s.getValues();
			}
		}
		throw new AssertionError("no series " + name);
	}

	private SimulationResult run(SimulationInput in) throws SolverException {
		return solver.solve(in, ProgressMonitor.NULL);
	}

	private double firstEta(SimulationInput in) throws SolverException {
		return column(run(in), "nucleation overpotential")[0];
	}

	// ------------------------------------------------------------------ tests

	@Test
	void identity() {
		assertEquals("lithos.nucleation", solver.id());
		assertEquals(EnumSet.of(Capability.NUCLEATION, Capability.HALF_CELL), solver.capabilities());
		assertSame(NucleationParameters.DEFAULTS, solver.parameters());
	}

	@Test
	void suitableOnlyWhenNamed() {
		SimulationInput in = plate(half("cu"), MA_CM2, MAH_CM2);
		assertEquals(100, solver.suitability(in).getAsInt());
		in.setSolverId("");
		assertFalse(solver.suitability(in).isPresent(), "lithos.cell stays the default");
		in.setSolverId("lithos.cell");
		assertFalse(solver.suitability(in).isPresent());
		assertFalse(solver.suitability(null).isPresent());
	}

	@Test
	void bareCopperNucleatesWithAMeaningfulOverpotential() throws Exception {
		SimulationResult r = run(plate(half("cu"), MA_CM2, MAH_CM2));
		assertEquals(RunStatus.COMPLETED, r.getStatus());
		assertEquals(NucleationSolver.ID, r.getSolverId());
		assertEquals("cu", r.getInputId());
		assertTrue(r.getMessage().contains("nucleation overpotential, critical radius and nucleus density"),
				r.getMessage());
		double eta = column(r, "nucleation overpotential")[0];
		// same equation and constants as lithos.cell: tens of mV at 1 mA/cm2 on Cu (M23: 44 -> 58 mV, Z25: 18-25 mV)
		assertTrue(eta > 0.02 && eta < 0.1, "eta " + eta);
		CycleRecord c = r.getCycles().get(0);
		assertEquals(1, c.getIndex());
		assertEquals(eta, c.getNucleationOverpotential(), 0);
		assertEquals(1, r.getEvents().size());
		assertEquals(EventKind.NUCLEATION, r.getEvents().get(0).getKind());
		double radius = column(r, "critical radius")[0];
		assertEquals(Nucleation.criticalRadius(0.05, 1.3e-5, eta), radius, 1e-9 * radius);
		assertTrue(column(r, "nucleus density")[0] > 0);
		for (Series s : r.getSeries()) {
			assertEquals(1, s.getValues().length, s.getName());
		}
	}

	@Test
	void overpotentialRisesWithCurrentDensity() throws Exception {
		double previous = 0;
		for (double j : new double[] { 0.25, 0.5, 1, 2 }) {
			double eta = firstEta(plate(half("cu"), j * MA_CM2, MAH_CM2));
			assertTrue(eta > previous + 1e-3, j + " mA/cm2: " + eta + " V after " + previous + " V");
			previous = eta;
		}
	}

	@Test
	void nucleusSizeFallsAndDensityRisesWithCurrentDensity() throws Exception {
		SimulationInput in = half("cu");
		for (double j : new double[] { 0.25, 0.5, 1, 2 }) {
			plate(in, j * MA_CM2, MAH_CM2);
			step(in, StepMode.STRIP, j * MA_CM2, TerminationKind.VOLTAGE, 0.2);
		}
		SimulationResult r = run(in);
		double[] radius = column(r, "critical radius");
		double[] density = column(r, "nucleus density");
		assertEquals(4, radius.length);
		for (int i = 1; i < radius.length; i++) {
			assertTrue(radius[i] < 0.97 * radius[i - 1], "r* " + java.util.Arrays.toString(radius));
			assertTrue(density[i] > 1.2 * density[i - 1], "N " + java.util.Arrays.toString(density));
		}
		assertEquals(4, r.getCycles().size());
	}

	@Test
	void smallerContactAngleGivesSmallerOverpotential() throws Exception {
		SimulationInput phobic = plate(half("phobic"), MA_CM2, MAH_CM2);
		contactAngle(phobic, "Cu", Math.toRadians(120));
		SimulationInput philic = plate(half("philic"), MA_CM2, MAH_CM2);
		contactAngle(philic, "Cu", Math.toRadians(30));
		double a = firstEta(phobic);
		double b = firstEta(philic);
		assertTrue(b < 0.7 * a, "30 deg " + b + " V vs 120 deg " + a + " V");
		// degrees written without conversion are recognised
		SimulationInput degrees = plate(half("deg"), MA_CM2, MAH_CM2);
		contactAngle(degrees, "Cu", 120);
		assertEquals(a, firstEta(degrees), 1e-12);
	}

	@Test
	void copperVersusLi2TeVersusGoldSeed() throws Exception {
		SimulationResult cu = run(plate(half("cu"), MA_CM2, MAH_CM2));
		SimulationResult te = run(plate(half("te", "Cu2Te"), MA_CM2, MAH_CM2));
		SimulationResult li2te = run(plate(half("li2te", "Li2Te"), MA_CM2, MAH_CM2));
		SimulationResult au = run(plate(half("au", "Au"), MA_CM2, MAH_CM2));
		double etaCu = column(cu, "nucleation overpotential")[0];
		double etaTe = column(te, "nucleation overpotential")[0];
		// the lithiophilic compound keeps a small barrier: less than half of bare Cu, but not zero
		assertTrue(etaTe > 1e-3 && etaTe < 0.5 * etaCu, "Li2Te " + etaTe + " V, Cu " + etaCu + " V");
		assertEquals(etaTe, column(li2te, "nucleation overpotential")[0], 1e-12, "Cu2Te converts to Li2Te");
		assertTrue(te.getMessage().contains("Li2Te"), te.getMessage());
		// denser and, by the smaller overpotential, larger critical nuclei on the wetting surface
		assertTrue(column(te, "nucleus density")[0] > column(cu, "nucleus density")[0]);
		assertTrue(column(te, "critical radius")[0] > column(cu, "critical radius")[0]);
		// the alloying seed: no nucleation barrier at all
		assertEquals(0, column(au, "nucleation overpotential")[0], 0);
		assertTrue(Double.isNaN(column(au, "critical radius")[0]));
		assertTrue(Double.isNaN(column(au, "nucleus density")[0]));
		assertEquals(0, column(au, "nucleated charge")[0], 0);
		assertTrue(Double.isNaN(au.getCycles().get(0).getNucleationOverpotential()));
		assertTrue(au.getEvents().isEmpty());
		assertTrue(au.getMessage().contains("alloys first"), au.getMessage());
	}

	@Test
	void alloyingSeedsHaveNoBarrierAtAnyCurrent() throws Exception {
		for (String seed : new String[] { "Au", "Mg" }) {
			for (double j : new double[] { 0.1, 1, 5 }) {
				assertEquals(0, firstEta(plate(half(seed, seed), j * MA_CM2, MAH_CM2)), 0, seed + " at " + j);
			}
		}
		// a refractory barrier on top of the alloy is what Li meets: it nucleates again
		assertTrue(firstEta(plate(half("mgw", "Mg", "W"), MA_CM2, MAH_CM2)) > 0.01);
	}

	@Test
	void nucleatesOnlyOnACollectorWithoutLi() throws Exception {
		SimulationInput in = half("cu");
		plate(in, MA_CM2, MAH_CM2);
		step(in, StepMode.STRIP, MA_CM2, TerminationKind.CAPACITY, 0.5 * MAH_CM2); // half the Li stays
		plate(in, MA_CM2, MAH_CM2);
		step(in, StepMode.STRIP, MA_CM2, TerminationKind.VOLTAGE, 0.2); // all Li gone
		plate(in, MA_CM2, MAH_CM2);
		SimulationResult r = run(in);
		double[] bare = column(r, "bare surface");
		double[] eta = column(r, "nucleation overpotential");
		assertEquals(1, bare[0]);
		assertEquals(0, bare[1]);
		assertEquals(0, eta[1], 0);
		assertEquals(1, bare[2]);
		assertEquals(eta[0], eta[2], 1e-12);
		assertEquals(2, r.getEvents().size());
		assertTrue(Double.isNaN(r.getCycles().get(1).getNucleationOverpotential()));
	}

	@Test
	void eachPlatingStepHasARecordOfItsOwnBarrier() throws Exception {
		// what "expect nucleation overpotential after the second plate" reads: the second plate starts on Li (half of
		// the first deposit stays), the third on bare Cu again (the strip ran to its cut-off)
		SimulationInput in = half("cu");
		plate(in, MA_CM2, MAH_CM2);
		step(in, StepMode.STRIP, MA_CM2, TerminationKind.CAPACITY, 0.5 * MAH_CM2);
		plate(in, 3 * MA_CM2, MAH_CM2);
		step(in, StepMode.STRIP, MA_CM2, TerminationKind.VOLTAGE, 0.2);
		plate(in, 3 * MA_CM2, MAH_CM2);
		SimulationResult r = run(in);
		double[] eta = column(r, "nucleation overpotential");
		assertEquals(3, r.getSteps().size(), "one record per plating step, none for the strips");
		assertEquals(java.util.List.of(0, 2, 4), r.getSteps().stream().map(s -> s.getIndex()).toList());
		assertEquals(java.util.List.of(1, 2, 3), r.getSteps().stream().map(s -> s.getCycle()).toList());
		assertTrue(eta[0] > 0.01, "Cu has a barrier: " + eta[0]);
		assertEquals(eta[0], r.getSteps().get(0).getNucleationOverpotential(), 0);
		assertTrue(Double.isNaN(r.getSteps().get(1).getNucleationOverpotential()), "Li already on the collector");
		assertEquals(eta[2], r.getSteps().get(2).getNucleationOverpotential(), 0);
		assertTrue(eta[2] > eta[0], "the same barrier at three times the current takes more: " + eta[2] + " V");
		assertTrue(r.getSteps().stream().allMatch(s -> Double.isNaN(s.getOverpotential())),
				"no growth overpotential: that needs the cell's resistances");
	}

	@Test
	void nucleatedChargeNeverExceedsTheChargePassed() throws Exception {
		// conservation: the nuclei hold only Li the step delivered, down to steps far shorter than a monolayer
		for (String layer : new String[] { null, "Cu2Te", "W", "Au" }) {
			for (double j : new double[] { 0.05, 1, 10 }) {
				for (double q : new double[] { 1e-9, 1e-4, 1, MAH_CM2 }) {
					SimulationInput in = layer == null ? half("cu") : half("x", layer);
					SimulationResult r = run(plate(in, j * MA_CM2, q));
					double nucleated = column(r, "nucleated charge")[0];
					double passed = column(r, "step charge")[0];
					assertEquals(q, passed, 0);
					assertTrue(nucleated >= 0 && nucleated <= passed * (1 + 1e-12),
							layer + " " + j + " " + q + ": " + nucleated + " > " + passed);
					double density = column(r, "nucleus density")[0];
					if (Double.isFinite(density)) {
						double perNucleus = Nucleation.nucleusCharge(column(r, "critical radius")[0],
								layer == null || layer.equals("W") ? Math.toRadians(layer == null ? 100 : 92)
										: Math.toRadians(45),
								1.3e-5);
						assertEquals(nucleated, density * perNucleus, 1e-9 * nucleated);
					}
				}
			}
		}
	}

	@Test
	void negativeCurrentIsRejectedNamingTheStep() {
		SimulationInput in = plate(half("cu"), MA_CM2, MAH_CM2);
		step(in, StepMode.STRIP, MA_CM2, TerminationKind.VOLTAGE, 0.2);
		plate(in, -MA_CM2, MAH_CM2);
		assertInvalidAt(in, 2, "current density");
	}

	@Test
	void nanContactAngleIsRejectedNamingTheStep() {
		SimulationInput in = half("cu");
		step(in, StepMode.REST, Double.NaN, TerminationKind.DURATION, 3600);
		plate(in, MA_CM2, MAH_CM2);
		contactAngle(in, "Cu", Double.NaN);
		assertInvalidAt(in, 1, "contact angle of Li on Cu");
	}

	/** The run is refused as invalid input at that step (0-based), the message naming it (1-based) and the cause. */
	private void assertInvalidAt(SimulationInput in, int step, String cause) {
		SolverException e = assertThrows(SolverException.class, () -> run(in));
		assertEquals(SolverException.Kind.INVALID_INPUT, e.kind());
		assertEquals(step, e.step());
		assertTrue(e.getMessage().contains("step " + (step + 1)), e.getMessage());
		assertTrue(e.getMessage().contains(cause), e.getMessage());
	}

	@Test
	void otherUnphysicalInputsAreRejected() {
		SimulationInput noCurrent = plate(half("cu"), Double.NaN, MAH_CM2);
		assertEquals(SolverException.Kind.INVALID_INPUT,
				assertThrows(SolverException.class, () -> run(noCurrent)).kind());
		SimulationInput angle = plate(half("cu"), MA_CM2, MAH_CM2);
		contactAngle(angle, "Cu", 200);
		assertEquals(SolverException.Kind.INVALID_INPUT, assertThrows(SolverException.class, () -> run(angle)).kind());
		SimulationInput gamma = plate(half("cu"), MA_CM2, MAH_CM2);
		mat(gamma, "Li").getProperties().add(property("surface energy", -0.1));
		assertEquals(SolverException.Kind.INVALID_INPUT, assertThrows(SolverException.class, () -> run(gamma)).kind());
		SimulationInput noCell = plate(half("cu"), MA_CM2, MAH_CM2);
		noCell.setCell(null);
		assertEquals(SolverException.Kind.INVALID_INPUT,
				assertThrows(SolverException.class, () -> run(noCell)).kind());
	}

	@Test
	void surfaceEnergyFromTheInputRaisesTheBarrier() throws Exception {
		SimulationInput in = plate(half("cu"), MA_CM2, MAH_CM2);
		double base = firstEta(in);
		mat(in, "Li").getProperties().add(property("surface energy", 0.08));
		assertTrue(firstEta(in) > base + 0.005);
		assertTrue(firstEta(in) > new NucleationSolver(NucleationParameters.DEFAULTS.withSurfaceEnergy(0.08))
				.solve(plate(half("cu"), MA_CM2, MAH_CM2), null).getSeries().get(5).getValues()[0] - 1e-12);
	}

	@Test
	void cancelledRunsStop() {
		SimulationInput in = plate(half("cu"), MA_CM2, MAH_CM2);
		ProgressMonitor cancelled = ProgressMonitor.CANCELLED;
		assertEquals(SolverException.Kind.CANCELLED,
				assertThrows(SolverException.class, () -> solver.solve(in, cancelled)).kind());
	}

	@Test
	void inputIsNotModified() throws Exception {
		SimulationInput in = plate(half("cu", "Cu2Te"), MA_CM2, MAH_CM2);
		SimulationInput copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(in);
		run(in);
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(copy, in));
	}
}
