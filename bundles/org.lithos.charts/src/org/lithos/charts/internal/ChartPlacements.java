package org.lithos.charts.internal;

import static org.lithos.charts.internal.ExpectationMarkers.Placement.x;
import static org.lithos.charts.internal.ExpectationMarkers.Placement.y;

import java.util.List;
import java.util.Map;

import org.lithos.charts.Channel;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.internal.ExpectationMarkers.Placement;

/**
 * Which expectations each per-run chart can show and where. Observables that may be written in several dimensions
 * (cycle life in cycles or hours) are listed wherever one of them fits; the others are dropped by unit checks.
 */
public final class ChartPlacements {

	private static final Placement CYCLE_LIFE = x("cycle life");

	private static final Map<String, List<Placement>> BY_CHART = Map.of(
			ChartIds.VOLTAGE_VS_TIME, List.of(y("voltage", Channel.VOLTAGE), CYCLE_LIFE, x("time to short")),
			ChartIds.EFFICIENCY_VS_CYCLE, List.of(
					new Placement("first cycle efficiency", MarkerAxis.Y, Channel.EFFICIENCY, 1),
					y("average efficiency", Channel.EFFICIENCY), y("coulombic efficiency", Channel.EFFICIENCY),
					CYCLE_LIFE),
			ChartIds.RETENTION_VS_CYCLE, List.of(y("capacity retention", Channel.RETENTION), CYCLE_LIFE),
			ChartIds.OVERPOTENTIAL_VS_CYCLE, List.of(y("nucleation overpotential", Channel.NUCLEATION),
					y("plating overpotential", Channel.PLATING), y("stripping overpotential", Channel.STRIPPING),
					y("overpotential", Channel.OTHER), CYCLE_LIFE),
			ChartIds.CAPACITY_VS_CYCLE, List.of(y("charge capacity", Channel.CHARGE),
					y("discharge capacity", Channel.DISCHARGE), CYCLE_LIFE),
			ChartIds.INVENTORY_VS_CYCLE, List.of(y("dead Li", Channel.DEAD),
					y("reversible alloy capacity", Channel.ALLOY), y("conversion capacity", Channel.CONVERSION),
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
