package org.lithos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Exports recorded on real cyclers (test/resources/real, from cellpy's test data) read with their quirks. */
class RealExportsTest {

	static final Path REAL = Path.of("test/resources/real");

	@Test
	void maccorTestTimeInMinutesIsFoundFromTheWallClockAndTheCurrentIsSignedByTheMode() throws Exception {
		MeasuredCurve curve = MeasuredData.read(REAL.resolve("maccor_002.txt"));
		assertEquals(CyclerFormat.MACCOR_TXT, curve.format());
		// record 362 is at TestTime 360.000667 with a wall clock 6 h after the start: minutes
		assertEquals(360.000667 * 60, curve.time()[361], 1e-3);
		assertEquals(0.1340, curve.voltage()[361], 1e-9);
		assertEquals(Direction.CHARGE, curve.forward());
		MeasuredStep discharge = curve.steps().stream().filter(s -> s.direction() == Direction.DISCHARGE)
				.findFirst().orElseThrow();
		assertTrue(curve.current()[discharge.first() + 1] < 0, "Maccor's unsigned current is negative in a D step");
		MeasuredCycle first = curve.cycles().get(0);
		assertEquals(1, first.index());
		assertTrue(first.forward() > 0 && first.back() > 0, first.toString());
	}

	@Test
	void newareRecordTableWithClockTimes() throws Exception {
		MeasuredCurve curve = MeasuredData.read(REAL.resolve("neware_uio.csv"));
		assertEquals(CyclerFormat.NEWARE_CSV, curve.format());
		assertEquals(60, curve.time()[1] - curve.time()[0], 1e-9, "Cumulative Time 00:01:00 apart");
		assertEquals(Direction.DISCHARGE, curve.forward());
		assertEquals(-0.00024859, curve.current()[721], 1e-12);
		assertEquals(2.9170, curve.voltage()[0], 1e-12);
	}

	@Test
	void newareRegularExportFlattensCycleStepAndRecordTables() throws Exception {
		MeasuredCurve curve = MeasuredData.read(REAL.resolve("nw_regular_export_ife_example.csv"));
		assertEquals(CyclerFormat.NEWARE_REGULAR_CSV, curve.format());
		// the cycle table's first row: Chg. Cap. 0.02256 Ah, DChg. Cap. 0.33067 Ah
		MeasuredCycle first = curve.cycles().get(0);
		assertEquals(Direction.CHARGE, curve.forward());
		assertEquals(0.02256 * 3600, first.forward(), 0.01 * 0.02256 * 3600);
		assertEquals(0.33067 * 3600, first.back(), 0.01 * 0.33067 * 3600);
		assertEquals(4.3185, curve.voltage()[0], 1e-12);
	}

	@Test
	void pecRecordsAfterTheKeyValueHeader() throws Exception {
		MeasuredCurve curve = MeasuredData.read(REAL.resolve("pec_Test25205.csv"));
		assertEquals(CyclerFormat.PEC_CSV, curve.format());
		assertEquals(0.002, curve.time()[0], 1e-9, "Total Time 00:00:00.002");
		assertEquals(3.6824952, curve.voltage()[0], 1e-12);
		assertEquals(1, curve.cycle()[0], "PEC counts cycles from 0");
		for (int i = 1; i < curve.size(); i++) {
			assertTrue(curve.time()[i] >= curve.time()[i - 1], "time never runs backwards");
		}
	}

	@Test
	void batteryDataFormatWithHoursAndAnUnsignedCurrentSignedByStepType() throws Exception {
		MeasuredCurve curve = MeasuredData.read(REAL.resolve("batmo_bdf.csv"));
		assertEquals(CyclerFormat.BDF_CSV, curve.format());
		assertEquals(0.138888888888889 * 3600, curve.time()[0], 1e-9, "Test Time / h");
		assertEquals(Direction.DISCHARGE, curve.forward());
		assertEquals(-0.00605515800906498, curve.current()[0], 1e-15);
		MeasuredStep charge = curve.steps().stream().filter(s -> s.direction() == Direction.CHARGE).findFirst()
				.orElseThrow();
		assertTrue(curve.current()[charge.first()] > 0);
		assertTrue(charge.charge() > 0);
	}
}
