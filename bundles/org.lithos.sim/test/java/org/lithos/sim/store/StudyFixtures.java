package org.lithos.sim.store;

import java.nio.file.Path;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.model.SweepValue;
import org.lithos.model.names.SeriesName;
import org.lithos.sim.RunOutcome;

/** A small swept study of full cells and its results, made by hand in SI (36000 A s/m2 is 1 mAh/cm2). */
final class StudyFixtures {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	private static final double MAH_PER_CM2 = 36_000;

	private StudyFixtures() {
	}

	/** Three full-cell runs swept over j = 0.5, 1, 2 mA/cm2; the cathode holds 10 mg/cm2. */
	static StudyInput study() {
		StudyInput study = F.createStudyInput();
		study.setName("Rates");
		study.setTitle("efficiency against current density");
		for (double j : new double[] { 0.5, 1, 2 }) {
			SimulationInput input = F.createSimulationInput();
			input.setId("Full@j=" + j + "mA/cm2");
			SweepValue value = F.createSweepValue();
			value.setName("j");
			value.setValue(j * 10);
			value.setUnit("A/m2");
			value.setDisplay((j == (int) j ? String.valueOf((int) j) : String.valueOf(j)) + " mA/cm2");
			input.getSweep().add(value);
			CellSpec cell = F.createCellSpec();
			cell.setName("Full");
			cell.setFormat(CellFormat.FULL);
			cell.setArea(1e-4);
			CathodeSpec cathode = F.createCathodeSpec();
			cathode.setActiveLoading(0.1);
			cell.setCathode(cathode);
			input.setCell(cell);
			study.getRuns().add(input);
		}
		return study;
	}

	/**
	 * @param input           a run of {@link #study()}
	 * @param firstEfficiency its first-cycle efficiency
	 * @param studyFolder     where its folder goes
	 * @return three cycles of 1 mAh/cm2 charge, a voltage trace of a charge and a discharge per cycle, a short in
	 *         cycle 3
	 */
	static RunOutcome finished(SimulationInput input, double firstEfficiency, Path studyFolder) {
		SimulationResult result = F.createSimulationResult();
		result.setInputId(input.getId());
		result.setSolverId("lithos.cell");
		result.setStatus(RunStatus.SHORTED);
		result.setWallTime(0.25);
		for (int c = 1; c <= 3; c++) {
			double efficiency = c == 1 ? firstEfficiency : 0.99 - 0.01 * c;
			CycleRecord cycle = F.createCycleRecord();
			cycle.setIndex(c);
			cycle.setChargeCapacity(MAH_PER_CM2);
			cycle.setDischargeCapacity(efficiency * MAH_PER_CM2);
			cycle.setSpecificChargeCapacity(MAH_PER_CM2 / 0.1);
			cycle.setSpecificDischargeCapacity(efficiency * MAH_PER_CM2 / 0.1);
			cycle.setCoulombicEfficiency(efficiency);
			cycle.setPlatingOverpotential(0.03 + 0.001 * c);
			cycle.setStrippingOverpotential(0.02);
			cycle.setNucleationOverpotential(c == 1 ? 0.05 : Double.NaN);
			cycle.setEndTime(3600.0 * c);
			LiInventory li = F.createLiInventory();
			li.setCathode((3 - 0.1 * c) * MAH_PER_CM2);
			li.setDead(0.1 * c * MAH_PER_CM2);
			li.setPlated(0);
			li.setSei(0);
			li.setAlloy(0);
			li.setConversion(0);
			li.setCracks(0);
			li.setCounter(0);
			li.setElectrolyte(0);
			cycle.setInventory(li);
			result.getCycles().add(cycle);
		}
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(firstEfficiency);
		summary.setAverageEfficiency(0.95);
		summary.setCycleLife(3);
		summary.setCapacityRetention(0.97);
		summary.setShortCircuitCycle(3);
		summary.setShortCircuitCapacity(0.4 * MAH_PER_CM2);
		result.setSummary(summary);
		int rows = 3 * 6;
		double[] time = new double[rows];
		double[] voltage = new double[rows];
		double[] current = new double[rows];
		double[] capacity = new double[rows];
		double[] cycle = new double[rows];
		for (int r = 0; r < rows; r++) {
			boolean charging = r % 6 < 3;
			time[r] = 600.0 * r;
			cycle[r] = 1 + r / 6;
			current[r] = charging ? 10 : -10;
			capacity[r] = (r % 3) * 0.5 * MAH_PER_CM2 / 3;
			voltage[r] = charging ? 3.6 + 0.1 * (r % 3) : 4.0 - 0.2 * (r % 3) / 3.0;
		}
		result.getSeries().add(SeriesName.TIME.create(time));
		result.getSeries().add(SeriesName.VOLTAGE.create(voltage));
		result.getSeries().add(SeriesName.CURRENT.create(current));
		result.getSeries().add(SeriesName.CAPACITY.create(capacity));
		result.getSeries().add(SeriesName.CYCLE.create(cycle));
		return new RunOutcome(input.getId(), RunOutcome.State.FINISHED, "", result,
				studyFolder.resolve(ResultStore.folderName(input.getId())), 0.25);
	}
}
