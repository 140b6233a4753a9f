package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredCycle;
import org.lithos.data.MeasuredData;
import org.lithos.model.CycleRecord;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/**
 * Overlays of measured curves: a "prediction" that is the measurement itself (the example's half cell written as
 * Lithos series: current density positive onto the collector, charge per area) overlays with zero residuals, and the
 * measured series come first so that renderers draw them under the predicted ones.
 */
class MeasuredOverlaysTest {

	private static final Path EXAMPLE = Path.of("../../dsl/examples/measured/cu-half.bdf.csv");
	private static final double AREA = Math.PI * 0.006 * 0.006;

	@Test
	void aPredictionEqualToTheMeasurementHasZeroResiduals() throws Exception {
		MeasuredCurve curve = MeasuredData.read(EXAMPLE);
		MeasuredOverlays overlays = new MeasuredOverlays("Cu_half", asPrediction(curve), curve, AREA);
		assertEquals(List.of(1, 2, 5, 10), overlays.chosenCycles());
		List<CycleResidual> residuals = overlays.residuals();
		assertEquals(10, residuals.size());
		for (CycleResidual r : residuals) {
			assertEquals(0, r.ceResidual(), 1e-12, "cycle " + r.cycle());
			assertEquals(0, r.capacityResidual(), 1e-9, "cycle " + r.cycle());
			if (overlays.chosenCycles().contains(r.cycle())) {
				assertEquals(0, r.voltageRms(), 1e-12, "cycle " + r.cycle());
			}
		}
		assertEquals(0.82, residuals.get(0).measuredCe(), 1e-4);
		ChartModel voltage = overlays.voltageVsCapacity();
		assertEquals(16, voltage.series().size(), "plating and stripping of 4 cycles, measured and predicted");
		assertTrue(voltage.series().subList(0, 8).stream().allMatch(s -> s.channel() == Channel.MEASURED),
				"measured first, drawn under");
		assertEquals("cycle 1 plating, measured", voltage.series().get(0).name());
		DataSeries plating = voltage.series("cycle 1 plating");
		assertEquals(1.0, plating.x()[plating.size() - 1], 1e-6, "1 mAh/cm2 plated");
		ChartModel ce = overlays.efficiencyVsCycle();
		assertEquals(82.0, ce.series("measured").y()[0], 1e-3);
		assertEquals(5, overlays.charts().size());
	}

	/** The measured curve as lithos.cell writes a half cell's series and cycle records. */
	private static SimulationResult asPrediction(MeasuredCurve curve) {
		SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
		double[] current = curve.current();
		double[] capacity = curve.capacity();
		double[] cycle = new double[curve.size()];
		for (int i = 0; i < current.length; i++) {
			current[i] = -current[i] / AREA;
			capacity[i] /= AREA;
			cycle[i] = curve.cycle()[i];
		}
		result.getSeries().add(SeriesName.TIME.create(curve.time()));
		result.getSeries().add(SeriesName.VOLTAGE.create(curve.voltage()));
		result.getSeries().add(SeriesName.CURRENT.create(current));
		result.getSeries().add(SeriesName.CAPACITY.create(capacity));
		result.getSeries().add(SeriesName.CYCLE.create(cycle));
		for (MeasuredCycle c : curve.cycles()) {
			CycleRecord record = LithosFactory.eINSTANCE.createCycleRecord();
			record.setIndex(c.index());
			record.setChargeCapacity(c.forward() / AREA);
			record.setDischargeCapacity(c.back() / AREA);
			record.setCoulombicEfficiency(c.efficiency());
			result.getCycles().add(record);
		}
		return result;
	}
}
