package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lithos.data.CyclerFormat;
import org.lithos.data.Direction;
import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredData;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;
import org.lithos.sim.store.ResultStore;

/**
 * A run's folder carries its series in the Battery Data Format: the cell's current and charge (densities times the
 * area), signed as a cycler signs them (a half cell's plating is a discharge), and it reads back as a measured file.
 */
class PredictedBdfTest {

	@Test
	void aHalfCellsPlatingIsANegativeCurrentOfTheWholeCell() throws Exception {
		LithosFactory f = LithosFactory.eINSTANCE;
		SimulationInput input = f.createSimulationInput();
		input.setId("half");
		CellSpec cell = f.createCellSpec();
		cell.setName("test.C");
		cell.setFormat(CellFormat.HALF);
		cell.setArea(1e-4);
		input.setCell(cell);
		SimulationResult result = f.createSimulationResult();
		result.setStatus(RunStatus.COMPLETED);
		result.getSeries().add(SeriesName.TIME.create(new double[] { 0, 10, 20, 30, 40, 50 }));
		result.getSeries().add(SeriesName.VOLTAGE.create(new double[] { -0.03, -0.02, -0.02, 0.01, 0.02, 0.2 }));
		result.getSeries().add(SeriesName.CURRENT.create(new double[] { 10, 10, 10, -10, -10, -10 }));
		result.getSeries().add(SeriesName.CAPACITY.create(new double[] { 0, 100, 200, 0, 100, 190 }));
		result.getSeries().add(SeriesName.CYCLE.create(new double[] { 1, 1, 1, 1, 1, 1 }));
		Path folder = Files.createTempDirectory("bdf");
		ResultStore.write(input, result, folder);
		MeasuredCurve curve = MeasuredData.read(folder.resolve(ResultStore.BDF_FILE));
		assertEquals(CyclerFormat.BDF_CSV, curve.format());
		assertArrayEquals(new double[] { -1e-3, -1e-3, -1e-3, 1e-3, 1e-3, 1e-3 }, curve.current(), 1e-15);
		assertArrayEquals(new double[] { 0, 0.01, 0.02, 0, 0.01, 0.019 }, curve.capacity(), 1e-12);
		assertEquals(Direction.DISCHARGE, curve.forward());
		assertEquals(0.95, curve.cycles().get(0).efficiency(), 1e-12);
		assertEquals(2, curve.steps().size());
	}
}
