package org.lithos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The same synthetic curve written in every format (dsl/examples/measured/generate.py: each with its own units, sign
 * convention, capacity bookkeeping, cycle numbering and preamble) reads back as one curve: the Battery Data Format
 * file, which is already SI and signed, is the reference.
 */
class SyntheticFormatsTest {

	static final Path MEASURED = Path.of("../../dsl/examples/measured");
	/** The Coulombic efficiencies generate.py gives its cycles. */
	static final double[] CE = { 0.82, 0.88, 0.90, 0.91, 0.91, 0.90, 0.89, 0.87, 0.84, 0.80 };
	/** 1 mA/cm2 on 12 mm diameter for one hour, C. */
	static final double PLATED = 1e-3 * Math.PI * 0.6 * 0.6 * 3600;

	/** Every file generate.py writes with a fixed layout, and the format it must be recognised as. */
	static final Map<String, CyclerFormat> FILES = new LinkedHashMap<>();
	static {
		FILES.put("cu-half.mpt", CyclerFormat.BIOLOGIC_MPT);
		FILES.put("cu-half.land.xlsx", CyclerFormat.LAND_XLSX);
		FILES.put("cu-half.arbin.csv", CyclerFormat.ARBIN_CSV);
		FILES.put("cu-half.arbin.xlsx", CyclerFormat.ARBIN_XLSX);
		FILES.put("cu-half.maccor.txt", CyclerFormat.MACCOR_TXT);
		FILES.put("cu-half.neware.csv", CyclerFormat.NEWARE_CSV);
		FILES.put("cu-half.neware.xlsx", CyclerFormat.NEWARE_XLSX);
		FILES.put("cu-half.pec.csv", CyclerFormat.PEC_CSV);
		FILES.put("cu-half.bdf.csv", CyclerFormat.BDF_CSV);
	}

	@TestFactory
	Stream<DynamicTest> everyFormatReadsAsTheSameCurve() {
		return FILES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
				() -> readsAsTheReference(e.getKey(), e.getValue())));
	}

	private static void readsAsTheReference(String file, CyclerFormat format) throws Exception {
		MeasuredCurve reference = MeasuredData.read(MEASURED.resolve("cu-half.bdf.csv"), CyclerFormat.BDF_CSV);
		MeasuredCurve curve = MeasuredData.read(MEASURED.resolve(file));
		assertEquals(format, curve.format(), "detected format");
		assertEquals(reference.size(), curve.size(), "points");
		assertClose(reference.time(), curve.time(), 2e-3, "time (s)");
		assertClose(reference.voltage(), curve.voltage(), 1e-5, "voltage (V)");
		assertClose(reference.current(), curve.current(), 1e-8, "current (A, positive on charge)");
		assertClose(reference.capacity(), curve.capacity(), 1e-4, "charge since step start (C)");
		assertEquals(21, curve.steps().size(), "a rest, then a plating and a stripping step per cycle");
		assertCycles(curve, 1e-4);
	}

	@Test
	void aMappedCsvWithDecimalCommasHoursAndNegativeChargeReadsTheSame() throws Exception {
		ColumnMapping mapping = ColumnMapping
				.parse("time=Zeit/h; voltage=Spannung/mV; current=Strom/uA; cycle=Zyklus; sign=charge negative");
		MeasuredCurve curve = MeasuredData.read(MEASURED.resolve("cu-half.generic.csv"), mapping);
		MeasuredCurve reference = MeasuredData.read(MEASURED.resolve("cu-half.bdf.csv"));
		assertClose(reference.time(), curve.time(), 2e-3, "time (s)");
		assertClose(reference.voltage(), curve.voltage(), 1e-6, "voltage (V)");
		assertClose(reference.current(), curve.current(), 1e-8, "current (A)");
		// no capacity column: the current integrated over 60 s samples, off by half a sample at a step's start
		assertCycles(curve, 0.05);
	}

	static void assertCycles(MeasuredCurve curve, double tolerance) {
		List<MeasuredCycle> cycles = curve.cycles();
		assertEquals(Direction.DISCHARGE, curve.forward(), "the file starts by plating Li onto Cu");
		assertEquals(CE.length, cycles.size(), "cycles");
		for (int k = 0; k < CE.length; k++) {
			MeasuredCycle cycle = cycles.get(k);
			assertEquals(k + 1, cycle.index());
			assertEquals(PLATED, cycle.forward(), tolerance, "plated charge of cycle " + (k + 1));
			assertEquals(CE[k] * PLATED, cycle.back(), tolerance, "stripped charge of cycle " + (k + 1));
			assertTrue(cycle.complete());
		}
	}

	static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], actual[i], tolerance, what + " at point " + i);
		}
	}
}
