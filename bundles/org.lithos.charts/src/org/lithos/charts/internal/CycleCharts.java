package org.lithos.charts.internal;

import static org.lithos.units.Dimension.AREAL_CAPACITY;
import static org.lithos.units.Dimension.DIMENSIONLESS;
import static org.lithos.units.Dimension.VOLTAGE;

import java.util.ArrayList;
import java.util.List;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.CycleRecord;
import org.lithos.model.SimulationResult;

/** Builds the per-cycle line charts of one run. */
public final class CycleCharts {

	/** The x axis of every per-cycle chart. */
	public static final Axis CYCLE_AXIS = new Axis("Cycle", "", true);

	static final DisplayUnit PERCENT = DisplayUnit.of("%", DIMENSIONLESS);
	static final DisplayUnit MILLIVOLT = DisplayUnit.of("mV", VOLTAGE);
	static final DisplayUnit AREAL = DisplayUnit.of("mAh/cm2", AREAL_CAPACITY);

	private CycleCharts() {
	}

	/**
	 * @param result a run
	 * @return coulombic efficiency in % against cycle
	 */
	public static ChartModel efficiency(SimulationResult result) {
		return line(ChartIds.EFFICIENCY_VS_CYCLE, "Coulombic efficiency", result,
				Axis.of("Coulombic efficiency", PERCENT.symbol()), List.of(CycleColumn.of("Coulombic efficiency",
						Channel.EFFICIENCY, result.getCycles(), CycleRecord::getCoulombicEfficiency, PERCENT)));
	}

	/**
	 * @param result         a run
	 * @param referenceCycle index of the cycle whose discharge capacity is 100 %
	 * @return discharge capacity in % of the reference cycle's against cycle; no series without a usable reference
	 */
	public static ChartModel retention(SimulationResult result, int referenceCycle) {
		double reference = result.getCycles().stream().filter(c -> c.getIndex() == referenceCycle)
				.mapToDouble(CycleRecord::getDischargeCapacity).findFirst().orElse(Double.NaN);
		List<DataSeries> series = reference > 0 && Double.isFinite(reference)
				? List.of(CycleColumn.of("Capacity retention", Channel.RETENTION, result.getCycles(),
						c -> c.getDischargeCapacity() / reference, PERCENT))
				: List.of();
		return line(ChartIds.RETENTION_VS_CYCLE, "Capacity retention (reference: cycle " + referenceCycle + ")",
				result, Axis.of("Capacity retention", PERCENT.symbol()), series);
	}

	/**
	 * @param result a run
	 * @return plating, stripping and nucleation overpotential in mV against cycle; series without any value are
	 *         left out (no nucleation barrier)
	 */
	public static ChartModel overpotential(SimulationResult result) {
		List<CycleRecord> cycles = result.getCycles();
		return line(ChartIds.OVERPOTENTIAL_VS_CYCLE, "Overpotential", result, Axis.of("Overpotential",
				MILLIVOLT.symbol()), nonEmpty(List.of(
						CycleColumn.of("Plating", Channel.PLATING, cycles, CycleRecord::getPlatingOverpotential,
								MILLIVOLT),
						CycleColumn.of("Stripping", Channel.STRIPPING, cycles,
								CycleRecord::getStrippingOverpotential, MILLIVOLT),
						CycleColumn.of("Nucleation", Channel.NUCLEATION, cycles,
								CycleRecord::getNucleationOverpotential, MILLIVOLT))));
	}

	/**
	 * @param result a run
	 * @return charge and discharge capacity in mAh/cm2 against cycle
	 */
	public static ChartModel capacity(SimulationResult result) {
		List<CycleRecord> cycles = result.getCycles();
		return line(ChartIds.CAPACITY_VS_CYCLE, "Areal capacity", result, Axis.of("Areal capacity",
				AREAL.symbol()), nonEmpty(List.of(
						CycleColumn.of("Charge", Channel.CHARGE, cycles, CycleRecord::getChargeCapacity, AREAL),
						CycleColumn.of("Discharge", Channel.DISCHARGE, cycles, CycleRecord::getDischargeCapacity,
								AREAL))));
	}

	static ChartModel line(String id, String title, SimulationResult result, Axis y, List<DataSeries> series) {
		return ChartModel.of(id, title, subtitle(result), ChartKind.LINE, CYCLE_AXIS, y, series);
	}

	static String subtitle(SimulationResult result) {
		return result.getInputId() == null ? "" : result.getInputId();
	}

	static List<DataSeries> nonEmpty(List<DataSeries> series) {
		List<DataSeries> out = new ArrayList<>();
		for (DataSeries s : series) {
			if (s.size() > 0) {
				out.add(s);
			}
		}
		return out;
	}
}
