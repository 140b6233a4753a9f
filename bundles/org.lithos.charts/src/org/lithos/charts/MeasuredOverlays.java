package org.lithos.charts;

import static org.lithos.units.Dimension.AREAL_CAPACITY;
import static org.lithos.units.Dimension.VOLTAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lithos.charts.internal.CycleCharts;
import org.lithos.charts.internal.Decimator;
import org.lithos.charts.internal.DisplayUnit;
import org.lithos.charts.internal.Columns;
import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredCycle;
import org.lithos.data.VoltageStep;
import org.lithos.model.CycleRecord;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/**
 * A run's predictions over a measured curve of the same cell: voltage against capacity for chosen cycles, and
 * Coulombic efficiency, discharge capacity and retention against cycle, the measured series first so that renderers
 * draw them under the predicted ones; and the residuals (predicted less measured). Capacities are per cell area, as
 * Lithos predicts them.
 */
public final class MeasuredOverlays {

	/** The cycles whose voltage curves are compared when both curves have them, and the last common cycle. */
	public static final int[] CYCLES = { 1, 2, 5, 10, 50, 100 };
	private static final int MAX_POINTS = 1500;
	private static final DisplayUnit AREAL = DisplayUnit.of("mAh/cm2", AREAL_CAPACITY);
	private static final DisplayUnit VOLTS = DisplayUnit.of("V", VOLTAGE);
	private static final DisplayUnit MILLIVOLTS = DisplayUnit.of("mV", VOLTAGE);
	private static final String MEASURED = ", measured";

	private final String id;
	private final String subtitle;
	private final List<VoltageStep> predicted;
	private final List<VoltageStep> measured;
	private final Map<Integer, CycleRecord> predictedCycles = new TreeMap<>();
	private final Map<Integer, MeasuredCycle> measuredCycles = new TreeMap<>();
	private final double area;
	private final TreeSet<Integer> chosen = new TreeSet<>();

	/**
	 * @param id     a file-system friendly name of the run, the charts' id suffix
	 * @param result the run's prediction
	 * @param curve  the cell's measured curve
	 * @param area   the cell's area, m2
	 */
	public MeasuredOverlays(String id, SimulationResult result, MeasuredCurve curve, double area) {
		this.id = id;
		this.subtitle = id + " over " + curve.source().getFileName();
		this.area = area;
		this.predicted = VoltageStep.ofSeries(Columns.of(result, SeriesName.CAPACITY),
				Columns.of(result, SeriesName.VOLTAGE), Columns.of(result, SeriesName.CYCLE),
				Columns.of(result, SeriesName.CURRENT));
		this.measured = VoltageStep.ofCurve(curve, area);
		result.getCycles().forEach(c -> predictedCycles.put(c.getIndex(), c));
		curve.cycles().forEach(c -> measuredCycles.put(c.index(), c));
		int last = 0;
		for (int c : predictedCycles.keySet()) {
			if (measuredCycles.containsKey(c) && measuredCycles.get(c).complete()) {
				last = c;
				for (int wanted : CYCLES) {
					if (wanted == c) {
						chosen.add(c);
					}
				}
			}
		}
		if (last > 0) {
			chosen.add(last);
		}
	}

	/** @return the cycles whose voltage curves are compared */
	public List<Integer> chosenCycles() {
		return List.copyOf(chosen);
	}

	/** @return the overlays and the residual chart, in the order a report shows them */
	public List<ChartModel> charts() {
		return List.of(voltageVsCapacity(), efficiencyVsCycle(), capacityVsCycle(), retentionVsCycle(),
				voltageResidual());
	}

	/** @return voltage against the charge passed in each step, measured under predicted, for the chosen cycles */
	public ChartModel voltageVsCapacity() {
		List<DataSeries> series = new ArrayList<>();
		for (boolean isMeasured : new boolean[] { true, false }) {
			for (VoltageStep step : isMeasured ? measured : predicted) {
				if (chosen.contains(step.cycle())) {
					int[] kept = Decimator.keep(step.voltage(), MAX_POINTS);
					series.add(new DataSeries("cycle " + step.cycle() + (step.onto() ? " plating" : " stripping")
							+ (isMeasured ? MEASURED : ""),
							isMeasured ? Channel.MEASURED : step.onto() ? Channel.CHARGE : Channel.DISCHARGE,
							AREAL.fromSi(Decimator.pick(step.capacity(), kept)),
							VOLTS.fromSi(Decimator.pick(step.voltage(), kept))));
				}
			}
		}
		return ChartModel.of("measured-voltage-vs-capacity-" + id, "Voltage against capacity, measured and predicted",
				subtitle, ChartKind.LINE, Axis.of("Capacity", AREAL.symbol()), Axis.of("Voltage", VOLTS.symbol()),
				series);
	}

	/** @return predicted less measured voltage against capacity, per chosen cycle and step */
	public ChartModel voltageResidual() {
		List<DataSeries> series = new ArrayList<>();
		for (VoltageStep m : measured) {
			VoltageStep p = matching(m);
			if (p == null) {
				continue;
			}
			double[][] r = residual(m, p);
			if (r[0].length > 1) {
				series.add(new DataSeries("cycle " + m.cycle() + (m.onto() ? " plating" : " stripping"),
						Channel.OTHER, AREAL.fromSi(r[0]), MILLIVOLTS.fromSi(r[1])));
			}
		}
		return ChartModel.of("residual-voltage-vs-capacity-" + id, "Voltage residual (predicted less measured)",
				subtitle, ChartKind.LINE, Axis.of("Capacity", AREAL.symbol()),
				Axis.of("Residual", MILLIVOLTS.symbol()), series);
	}

	/** @return Coulombic efficiency against cycle, measured and predicted */
	public ChartModel efficiencyVsCycle() {
		return perCycle("measured-efficiency-vs-cycle-" + id, "Coulombic efficiency, measured and predicted",
				Axis.of("Coulombic efficiency", "%"), Channel.EFFICIENCY, c -> 100 * c.efficiency(),
				r -> 100 * r.getCoulombicEfficiency());
	}

	/** @return discharge capacity (charge taken back) against cycle, measured and predicted */
	public ChartModel capacityVsCycle() {
		return perCycle("measured-capacity-vs-cycle-" + id, "Discharge capacity, measured and predicted",
				Axis.of("Discharge capacity", AREAL.symbol()), Channel.DISCHARGE,
				c -> AREAL.fromSi(c.back() / area), r -> AREAL.fromSi(r.getDischargeCapacity()));
	}

	/** @return discharge capacity relative to cycle 1 against cycle, measured and predicted */
	public ChartModel retentionVsCycle() {
		MeasuredCycle first = measuredCycles.get(1);
		CycleRecord firstPredicted = predictedCycles.get(1);
		double m1 = first == null ? Double.NaN : first.back();
		double p1 = firstPredicted == null ? Double.NaN : firstPredicted.getDischargeCapacity();
		return perCycle("measured-retention-vs-cycle-" + id, "Retention of cycle 1's capacity, measured and predicted",
				Axis.of("Capacity retention", "%"), Channel.RETENTION, c -> 100 * c.back() / m1,
				r -> 100 * r.getDischargeCapacity() / p1);
	}

	/** @return one residual per cycle both curves have */
	public List<CycleResidual> residuals() {
		List<CycleResidual> out = new ArrayList<>();
		for (Map.Entry<Integer, CycleRecord> e : predictedCycles.entrySet()) {
			MeasuredCycle m = measuredCycles.get(e.getKey());
			if (m == null) {
				continue;
			}
			CycleRecord p = e.getValue();
			out.add(new CycleResidual(e.getKey(), p.getCoulombicEfficiency(),
					m.complete() ? m.efficiency() : Double.NaN, p.getDischargeCapacity(), m.back() / area,
					chosen.contains(e.getKey()) ? voltageRms(e.getKey()) : Double.NaN));
		}
		return out;
	}

	private double voltageRms(int cycle) {
		double sum = 0;
		int n = 0;
		for (VoltageStep m : measured) {
			VoltageStep p = m.cycle() == cycle ? matching(m) : null;
			if (p != null) {
				double[][] r = residual(m, p);
				for (double v : r[1]) {
					sum += v * v;
					n++;
				}
			}
		}
		return n == 0 ? Double.NaN : Math.sqrt(sum / n);
	}

	private VoltageStep matching(VoltageStep m) {
		if (!chosen.contains(m.cycle())) {
			return null;
		}
		return VoltageStep.matching(predicted, m).orElse(null);
	}

	/** Predicted less measured voltage at the measured points the predicted step covers. */
	private static double[][] residual(VoltageStep m, VoltageStep p) {
		double[] q = new double[m.capacity().length];
		double[] r = new double[q.length];
		int n = 0;
		for (int i = 0; i < q.length; i++) {
			double v = p.voltageAt(m.capacity()[i]);
			if (!Double.isNaN(v)) {
				q[n] = m.capacity()[i];
				r[n++] = v - m.voltage()[i];
			}
		}
		return new double[][] { java.util.Arrays.copyOf(q, n), java.util.Arrays.copyOf(r, n) };
	}

	private ChartModel perCycle(String chartId, String title, Axis y, Channel channel,
			java.util.function.ToDoubleFunction<MeasuredCycle> measuredValue,
			java.util.function.ToDoubleFunction<CycleRecord> predictedValue) {
		List<MeasuredCycle> complete = measuredCycles.values().stream().filter(MeasuredCycle::complete).toList();
		double[] mx = complete.stream().mapToDouble(MeasuredCycle::index).toArray();
		double[] my = complete.stream().mapToDouble(measuredValue).toArray();
		List<CycleRecord> records = predictedCycles.values().stream()
				.filter(r -> Double.isFinite(predictedValue.applyAsDouble(r))).toList();
		double[] px = records.stream().mapToDouble(CycleRecord::getIndex).toArray();
		double[] py = records.stream().mapToDouble(predictedValue).toArray();
		return ChartModel.of(chartId, title, subtitle, ChartKind.LINE, CycleCharts.CYCLE_AXIS, y,
				List.of(new DataSeries("measured", Channel.MEASURED, mx, my),
						new DataSeries("predicted", channel, px, py)));
	}
}
