package org.lithos.charts;

import org.lithos.model.CycleRecord;
import org.lithos.model.Expectation;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.Series;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;

/** Small hand-made results with round numbers in SI (36000 A s/m2 is 1 mAh/cm2). */
public final class Fixtures {

	/** 1 mAh/cm2 in A s/m2. */
	public static final double MAH_PER_CM2 = 36_000;

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private Fixtures() {
	}

	/**
	 * Three cycles: charge 1 mAh/cm2 each; discharge 0.95, 0.99, 0.855 mAh/cm2; nucleation only in cycle 1; an
	 * inventory whose parts sum to 10 mAh/cm2 in every cycle.
	 *
	 * @return the result, id "Cu_half@j=1mA/cm2"
	 */
	public static SimulationResult threeCycles() {
		SimulationResult result = F.createSimulationResult();
		result.setInputId("Cu_half@j=1mA/cm2");
		double[] discharge = { 0.95, 0.99, 0.855 };
		for (int i = 1; i <= 3; i++) {
			CycleRecord cycle = F.createCycleRecord();
			cycle.setIndex(i);
			cycle.setChargeCapacity(MAH_PER_CM2);
			cycle.setDischargeCapacity(discharge[i - 1] * MAH_PER_CM2);
			cycle.setCoulombicEfficiency(discharge[i - 1]);
			cycle.setPlatingOverpotential(0.030 + 0.001 * i);
			cycle.setStrippingOverpotential(0.025);
			cycle.setNucleationOverpotential(i == 1 ? 0.055 : Double.NaN);
			cycle.setInventory(inventory(i));
			result.getCycles().add(cycle);
		}
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(0.95);
		summary.setCycleLife(3);
		result.setSummary(summary);
		return result;
	}

	/** Parts in mAh/cm2: plated 1, dead 0.1 i, SEI 0.05 i, alloy 0.2, cracks NaN, counter the rest of 10. */
	private static LiInventory inventory(int cycle) {
		LiInventory inventory = F.createLiInventory();
		double plated = 1;
		double dead = 0.1 * cycle;
		double sei = 0.05 * cycle;
		double alloy = 0.2;
		inventory.setPlated(plated * MAH_PER_CM2);
		inventory.setDead(dead * MAH_PER_CM2);
		inventory.setSei(sei * MAH_PER_CM2);
		inventory.setAlloy(alloy * MAH_PER_CM2);
		inventory.setConversion(0);
		inventory.setCracks(Double.NaN);
		inventory.setCathode(0);
		inventory.setCounter((10 - plated - dead - sei - alloy) * MAH_PER_CM2);
		return inventory;
	}

	/**
	 * Adds "time" (s) and "voltage" (V) columns of n points: time 0, 1, ... s; voltage 0.1 V with a -0.2 V dip at
	 * n / 3.
	 *
	 * @param result the result
	 * @param n      number of points
	 * @return the result
	 */
	public static SimulationResult withTrace(SimulationResult result, int n) {
		double[] time = new double[n];
		double[] voltage = new double[n];
		for (int i = 0; i < n; i++) {
			time[i] = i;
			voltage[i] = 0.1 + 0.01 * Math.sin(i * 0.01);
		}
		voltage[n / 3] = -0.2;
		result.getSeries().add(series("time", "s", time));
		result.getSeries().add(series("voltage", "V", voltage));
		return result;
	}

	private static Series series(String name, String unit, double[] values) {
		Series series = F.createSeries();
		series.setName(name);
		series.setUnit(unit);
		series.setValues(values);
		return series;
	}

	/**
	 * An expectation as the compiler writes it.
	 *
	 * @param observable e.g. "first cycle efficiency"
	 * @param si         value in SI
	 * @param unit       SI unit symbol, "" for dimensionless
	 * @param display    as written
	 * @return an EQ expectation without tolerance
	 */
	public static Expectation expect(String observable, double si, String unit, String display) {
		Expectation expectation = F.createExpectation();
		expectation.setObservable(observable);
		expectation.setValue(si);
		expectation.setUnit(unit);
		expectation.setDisplay(display);
		return expectation;
	}
}
