package org.lithos.solver.cell.internal;

import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepRecord;
import org.lithos.model.Summary;
import org.lithos.model.names.SeriesName;

/** Turns a run's plain outcome into the EMF {@link SimulationResult}. */
final class ResultBuilder {

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	private ResultBuilder() {
	}

	static SimulationResult build(String inputId, String solverId, CellParameters p, ProtocolRunner runner,
			ProtocolRunner.Outcome out, double wallTime) {
		SimulationResult r = FACTORY.createSimulationResult();
		r.setInputId(inputId);
		r.setSolverId(solverId);
		r.setStatus(out.status);
		r.setMessage(out.message);
		r.setWallTime(wallTime);
		r.setInitialInventory(inventory(out.initialInventory, 1 / p.referenceScale));
		for (int i = 0; i < out.cycles.size(); i++) {
			r.getCycles().add(record(p, out.cycles.get(i), out.inventories.get(i)));
		}
		for (ProtocolRunner.StepFigures f : out.steps) {
			StepRecord step = FACTORY.createStepRecord();
			step.setIndex(f.index());
			step.setCycle(f.cycle());
			step.setNucleationOverpotential(f.nucleation());
			step.setOverpotential(f.overpotential());
			step.setInitialVoltage(f.initial());
			r.getSteps().add(step);
		}
		SeriesBuffer sb = runner.series();
		// areal results refer to the cell area, as the protocol's inputs do; the run's state refers to its working area
		double perCell = 1 / p.referenceScale;
		r.getSeries().add(SeriesName.TIME.create(sb.column(SeriesBuffer.TIME)));
		r.getSeries().add(SeriesName.VOLTAGE.create(sb.column(SeriesBuffer.VOLTAGE)));
		r.getSeries().add(SeriesName.CURRENT.create(scaled(sb.column(SeriesBuffer.CURRENT), perCell)));
		r.getSeries().add(SeriesName.CAPACITY.create(scaled(sb.column(SeriesBuffer.CAPACITY), perCell)));
		r.getSeries().add(SeriesName.CYCLE.create(sb.column(SeriesBuffer.CYCLE)));
		r.getSeries().add(SeriesName.STEP.create(sb.column(SeriesBuffer.STEP)));
		r.getSeries().add(SeriesName.SEI2_THICKNESS.create(sb.column(SeriesBuffer.SEI2)));
		r.getSeries().add(SeriesName.LI_THICKNESS.create(sb.column(SeriesBuffer.LI)));
		r.getSeries().add(SeriesName.BULK_RESISTANCE.create(scaled(sb.column(SeriesBuffer.BULK_R), p.referenceScale)));
		r.getSeries().add(SeriesName.INTERFACE_RESISTANCE.create(
				scaled(sb.column(SeriesBuffer.INTERFACE_R), p.referenceScale)));
		for (EventLog.Entry e : runner.events().entries()) {
			Event ev = FACTORY.createEvent();
			ev.setKind(e.kind());
			ev.setCycle(e.cycle());
			ev.setStep(e.step());
			ev.setTime(e.time());
			ev.setCapacity(e.capacity() * perCell);
			ev.setMessage(e.message());
			r.getEvents().add(ev);
		}
		r.setSummary(summary(r, out, perCell));
		return r;
	}

	/** @return the column times a factor (in place: the column is a fresh copy) */
	private static double[] scaled(double[] column, double factor) {
		if (factor != 1) {
			for (int i = 0; i < column.length; i++) {
				column[i] *= factor;
			}
		}
		return column;
	}

	/** @return the pools of a run's inventory (per working area) per cell area */
	private static LiInventory inventory(double[] working, double perCell) {
		double[] inv = scaled(working.clone(), perCell);
		LiInventory li = FACTORY.createLiInventory();
		li.setCathode(inv[0]);
		li.setCounter(inv[1]);
		li.setPlated(inv[2]);
		li.setDead(inv[3]);
		li.setSei(inv[4]);
		li.setAlloy(inv[5]);
		li.setConversion(inv[6]);
		li.setCracks(inv[7]);
		li.setElectrolyte(inv[8]);
		return li;
	}

	private static CycleRecord record(CellParameters p, CycleStats c, double[] working) {
		double perCell = 1 / p.referenceScale;
		CycleRecord r = FACTORY.createCycleRecord();
		r.setIndex(c.index);
		r.setChargeCapacity(c.charge * perCell);
		r.setDischargeCapacity(c.discharge * perCell);
		if (p.full && p.activeLoading > 0) {
			r.setSpecificChargeCapacity(c.charge / p.activeLoading);
			r.setSpecificDischargeCapacity(c.discharge / p.activeLoading);
		}
		r.setCoulombicEfficiency(c.charge > 0 && c.hadDischarge ? c.discharge / c.charge : Double.NaN);
		// plateau values (charge-weighted medians), as read off a galvanostatic trace; see CycleStats.Samples
		r.setPlatingOverpotential(c.plating.median());
		r.setStrippingOverpotential(c.stripping.median());
		r.setNucleationOverpotential(c.nucleation);
		r.setEndTime(c.endTime);
		r.setInventory(inventory(working, perCell));
		return r;
	}

	private static Summary summary(SimulationResult r, ProtocolRunner.Outcome out, double perCell) {
		Summary s = FACTORY.createSummary();
		var cycles = r.getCycles();
		int last = cycles.size();
		if (out.shortCycle > 0) {
			last = Math.max(0, cycles.size() - 1); // the shorted cycle is not completed
		}
		int completed = 0;
		double sum = 0;
		double plated = 0;
		double stripped = 0;
		double lastDischarge = Double.NaN;
		double reference = Double.NaN;
		for (int i = 0; i < last; i++) {
			CycleRecord c = cycles.get(i);
			if (Double.isFinite(c.getCoulombicEfficiency())) {
				completed++;
				sum += c.getCoulombicEfficiency();
				lastDischarge = c.getDischargeCapacity();
				if (c.getIndex() > 1) {
					plated += c.getChargeCapacity();
					stripped += c.getDischargeCapacity();
				}
			}
			if (c.getIndex() == out.referenceCycle) {
				reference = c.getDischargeCapacity();
			}
		}
		if (!cycles.isEmpty() && cycles.get(0).getIndex() == 1) {
			s.setFirstCycleEfficiency(cycles.get(0).getCoulombicEfficiency());
		}
		// Average CE = Li returned / Li put in over all completed cycles after the first (formation) cycle, whose
		// efficiency is the first-cycle efficiency. Charge-weighted, so it is the Aurbach-Adams average
		// (n Q_c + Q_s) / (n Q_c + Q_t) of a reservoir test, where per-cycle CEs (Q_s / Q_c > 1 in the last cycle)
		// must not be averaged; for cycles of equal charge it equals the mean of the cycle CEs.
		s.setAverageEfficiency(plated > 0 ? stripped / plated : completed > 0 ? sum / completed : Double.NaN);
		s.setCycleLife(completed);
		s.setCapacityRetention(reference > 0 ? lastDischarge / reference : Double.NaN);
		s.setShortCircuitCycle(out.shortCycle);
		s.setShortCircuitCapacity(out.shortCapacity * perCell);
		return s;
	}
}
