package org.lithos.charts;

import static org.lithos.units.Dimension.AREAL_CAPACITY;
import static org.lithos.units.Dimension.DIMENSIONLESS;
import static org.lithos.units.Dimension.VOLTAGE;

import java.util.function.ToDoubleFunction;

import org.lithos.model.CycleRecord;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;
import org.lithos.model.names.Observable;
import org.lithos.units.Dimension;

/** One figure per run, to plot against a sweep variable with {@link ChartModels#sweep}. */
public enum RunScalar {
	/** Coulombic efficiency of cycle 1, shown in %. */
	FIRST_CYCLE_EFFICIENCY("First-cycle efficiency", Observable.FIRST_CYCLE_EFFICIENCY, DIMENSIONLESS, "%",
			r -> summary(r, Summary::getFirstCycleEfficiency)),
	/** Mean coulombic efficiency over completed cycles, shown in %. */
	AVERAGE_EFFICIENCY("Average efficiency", Observable.AVERAGE_EFFICIENCY, DIMENSIONLESS, "%",
			r -> summary(r, Summary::getAverageEfficiency)),
	/** Last over reference discharge capacity, shown in %. */
	CAPACITY_RETENTION("Capacity retention", Observable.CAPACITY_RETENTION, DIMENSIONLESS, "%",
			r -> summary(r, Summary::getCapacityRetention)),
	/** Completed cycles before a short or a stop condition, shown as a count. */
	CYCLE_LIFE("Cycle life", Observable.CYCLE_LIFE, DIMENSIONLESS, "",
			r -> r.getSummary() == null ? Double.NaN : r.getSummary().getCycleLife()),
	/** Nucleation overpotential of cycle 1, shown in mV. */
	NUCLEATION_OVERPOTENTIAL("Nucleation overpotential", Observable.NUCLEATION_OVERPOTENTIAL, VOLTAGE, "mV",
			r -> firstCycle(r, CycleRecord::getNucleationOverpotential)),
	/** Discharge capacity of cycle 1, shown in mAh/cm2. */
	DISCHARGE_CAPACITY("Discharge capacity", Observable.DISCHARGE_CAPACITY, AREAL_CAPACITY, "mAh/cm2",
			r -> firstCycle(r, CycleRecord::getDischargeCapacity)),
	/** Charge passed in the shorting step, shown in mAh/cm2; NaN without a short. */
	CAPACITY_TO_SHORT("Capacity to short", Observable.CAPACITY_TO_SHORT, AREAL_CAPACITY, "mAh/cm2",
			r -> summary(r, Summary::getShortCircuitCapacity));

	private final String label;
	private final Observable observable;
	private final Dimension dimension;
	private final String unit;
	private final ToDoubleFunction<SimulationResult> si;

	RunScalar(String label, Observable observable, Dimension dimension, String unit,
			ToDoubleFunction<SimulationResult> si) {
		this.label = label;
		this.observable = observable;
		this.dimension = dimension;
		this.unit = unit;
		this.si = si;
	}

	/**
	 * The axis label.
	 *
	 * @return e.g. "First-cycle efficiency"
	 */
	public String label() {
		return label;
	}

	/**
	 * The name a study's {@code expect} uses for this figure.
	 *
	 * @return e.g. "first cycle efficiency"
	 */
	public String observable() {
		return observable.word();
	}

	/**
	 * The dimension of the SI value.
	 *
	 * @return e.g. {@link Dimension#DIMENSIONLESS}
	 */
	public Dimension dimension() {
		return dimension;
	}

	/**
	 * The unit the figure is shown in.
	 *
	 * @return e.g. "%", "mV", "" for counts
	 */
	public String unit() {
		return unit;
	}

	/**
	 * The figure of one run in SI.
	 *
	 * @param result a run
	 * @return the value in the SI unit of {@link #dimension()}, NaN when the run does not have it
	 */
	public double si(SimulationResult result) {
		return si.applyAsDouble(result);
	}

	private static double summary(SimulationResult result, ToDoubleFunction<Summary> figure) {
		return result.getSummary() == null ? Double.NaN : figure.applyAsDouble(result.getSummary());
	}

	private static double firstCycle(SimulationResult result, ToDoubleFunction<CycleRecord> figure) {
		return result.getCycles().stream().filter(c -> c.getIndex() == 1).mapToDouble(figure).findFirst()
				.orElse(Double.NaN);
	}
}
