package org.lithos.charts.internal;

import static org.lithos.charts.internal.ExpectationMarkers.Placement.x;
import static org.lithos.charts.internal.ExpectationMarkers.Placement.y;

import java.util.List;
import java.util.Map;

import org.lithos.charts.Channel;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.internal.ExpectationMarkers.Placement;
import org.lithos.model.names.Observable;

/**
 * Which expectations each per-run chart can show and where. Observables that may be written in several dimensions
 * (cycle life in cycles or hours) are listed wherever one of them fits; the others are dropped by unit checks.
 */
public final class ChartPlacements {

	private static final Placement CYCLE_LIFE = x(Observable.CYCLE_LIFE);

	private static final Map<String, List<Placement>> BY_CHART = Map.of(
			ChartIds.VOLTAGE_VS_TIME, List.of(y(Observable.VOLTAGE, Channel.VOLTAGE), CYCLE_LIFE,
					x(Observable.TIME_TO_SHORT)),
			ChartIds.EFFICIENCY_VS_CYCLE, List.of(
					new Placement(Observable.FIRST_CYCLE_EFFICIENCY, MarkerAxis.Y, Channel.EFFICIENCY, 1),
					y(Observable.AVERAGE_EFFICIENCY, Channel.EFFICIENCY), y(Observable.COULOMBIC_EFFICIENCY,
							Channel.EFFICIENCY),
					CYCLE_LIFE),
			ChartIds.RETENTION_VS_CYCLE, List.of(y(Observable.CAPACITY_RETENTION, Channel.RETENTION), CYCLE_LIFE),
			ChartIds.OVERPOTENTIAL_VS_CYCLE, List.of(y(Observable.NUCLEATION_OVERPOTENTIAL, Channel.NUCLEATION),
					y(Observable.PLATING_OVERPOTENTIAL, Channel.PLATING), y(Observable.STRIPPING_OVERPOTENTIAL,
							Channel.STRIPPING),
					y(Observable.OVERPOTENTIAL, Channel.OTHER), CYCLE_LIFE),
			ChartIds.CAPACITY_VS_CYCLE, List.of(y(Observable.CHARGE_CAPACITY, Channel.CHARGE),
					y(Observable.DISCHARGE_CAPACITY, Channel.DISCHARGE), CYCLE_LIFE),
			ChartIds.INVENTORY_VS_CYCLE, List.of(y(Observable.DEAD_LI, Channel.DEAD),
					y(Observable.REVERSIBLE_ALLOY_CAPACITY, Channel.ALLOY), y(Observable.CONVERSION_CAPACITY,
							Channel.CONVERSION),
					CYCLE_LIFE));

	private ChartPlacements() {
	}

	/**
	 * @param chartId a chart id from {@link ChartIds}
	 * @return where expectations go on that chart; empty for unknown ids
	 */
	public static List<Placement> of(String chartId) {
		return BY_CHART.getOrDefault(chartId, List.of());
	}
}
