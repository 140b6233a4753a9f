package org.lithos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observables derived from a measured file, and the Battery Data Format written back. */
class MeasuredObservablesTest {

	@TempDir
	Path dir;

	@Test
	void theSyntheticCurvesObservablesAreThoseItWasGeneratedWith() throws Exception {
		MeasuredObservables o = new MeasuredObservables(
				MeasuredData.read(SyntheticFormatsTest.MEASURED.resolve("cu-half.mpt")));
		double[] ce = SyntheticFormatsTest.CE;
		assertEquals(ce[0], o.firstCycleEfficiency().getAsDouble(), 1e-5);
		double sum = 0;
		for (int k = 1; k < ce.length; k++) {
			sum += ce[k];
		}
		assertEquals(sum / (ce.length - 1), o.averageEfficiency().getAsDouble(), 1e-5, "equal plating: the mean");
		assertEquals(SyntheticFormatsTest.PLATED, o.chargeCapacity(3).getAsDouble(), 1e-4);
		assertEquals(ce[2] * SyntheticFormatsTest.PLATED, o.dischargeCapacity(3).getAsDouble(), 1e-4);
		assertEquals(ce[9] / ce[1], o.retention(10, 2).getAsDouble(), 1e-5);
		assertEquals(10, o.cycleLife());
		assertFalse(o.failed());
		assertEquals(true, o.chargeCapacity(11).isEmpty());
	}

	@Test
	void aCurveWrittenAsBdfReadsBackTheSame() throws Exception {
		MeasuredCurve curve = MeasuredData.read(SyntheticFormatsTest.MEASURED.resolve("cu-half.maccor.txt"));
		StringWriter text = new StringWriter();
		BatteryDataFormat.write(curve, text);
		Path file = dir.resolve("again.bdf.csv");
		Files.writeString(file, text.toString());
		MeasuredCurve again = MeasuredData.read(file);
		assertEquals(CyclerFormat.BDF_CSV, again.format());
		SyntheticFormatsTest.assertClose(curve.time(), again.time(), 1e-9, "time");
		SyntheticFormatsTest.assertClose(curve.voltage(), again.voltage(), 1e-12, "voltage");
		SyntheticFormatsTest.assertClose(curve.current(), again.current(), 1e-15, "current");
		SyntheticFormatsTest.assertClose(curve.capacity(), again.capacity(), 1e-9, "capacity");
		assertEquals(curve.steps().size(), again.steps().size());
		assertEquals(curve.cycles().size(), again.cycles().size());
		for (int k = 0; k < curve.cycles().size(); k++) {
			assertEquals(curve.cycles().get(k).efficiency(), again.cycles().get(k).efficiency(), 1e-12);
		}
	}
}
