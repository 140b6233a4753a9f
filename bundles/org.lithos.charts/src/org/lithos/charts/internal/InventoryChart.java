package org.lithos.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.SimulationResult;

/**
 * Builds the stacked Li inventory chart: where the cell's Li is at the end of each cycle, so that the stack's height
 * is the total Li and losses show as growing bands.
 */
public final class InventoryChart {

	/** A stacked channel: legend name, colour channel and reader. */
	private record Part(String name, Channel channel, ToDoubleFunction<LiInventory> si) {
	}

	/** Bottom to top: active Li first, then losses, then the reservoirs it came from. */
	private static final List<Part> PARTS = List.of(
			new Part("Plated Li", Channel.PLATED, LiInventory::getPlated),
			new Part("Dead Li", Channel.DEAD, LiInventory::getDead),
			new Part("SEI", Channel.SEI, LiInventory::getSei),
			new Part("Alloy", Channel.ALLOY, LiInventory::getAlloy),
			new Part("Conversion", Channel.CONVERSION, LiInventory::getConversion),
			new Part("Cracks", Channel.CRACKS, LiInventory::getCracks),
			new Part("Cathode", Channel.CATHODE, LiInventory::getCathode),
			new Part("Counter electrode", Channel.COUNTER, LiInventory::getCounter));

	private InventoryChart() {
	}

	/**
	 * @param result a run
	 * @return one stacked area per inventory part in mAh/cm2 against cycle, sharing the x values of the cycles
	 *         that have an inventory; NaN counts as none, and parts that are zero throughout are left out
	 */
	public static ChartModel of(SimulationResult result) {
		List<CycleRecord> cycles = result.getCycles().stream().filter(c -> c.getInventory() != null).toList();
		double[] x = new double[cycles.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = cycles.get(i).getIndex();
		}
		List<DataSeries> series = new ArrayList<>();
		// a half cell's counter electrode holds a reservoir that dwarfs every loss: it is left out, and said so
		boolean halfCell = cycles.stream().allMatch(c -> !(c.getInventory().getCathode() > 0));
		double counter = cycles.isEmpty() ? Double.NaN : cycles.get(0).getInventory().getCounter();
		for (Part part : PARTS) {
			if (halfCell && part.channel() == Channel.COUNTER) {
				continue;
			}
			double[] y = new double[x.length];
			boolean any = false;
			for (int i = 0; i < y.length; i++) {
				double si = part.si().applyAsDouble(cycles.get(i).getInventory());
				y[i] = Double.isFinite(si) ? CycleCharts.AREAL.fromSi(si) : 0;
				any |= y[i] != 0;
			}
			if (any) {
				series.add(new DataSeries(part.name(), part.channel(), x, y));
			}
		}
		String subtitle = CycleCharts.subtitle(result);
		if (halfCell && counter > 0) {
			subtitle += String.format(java.util.Locale.ROOT, "%scounter electrode (%.3g mAh/cm2) not shown",
					subtitle.isEmpty() ? "" : "; ", CycleCharts.AREAL.fromSi(counter));
		}
		return ChartModel.of(ChartIds.INVENTORY_VS_CYCLE, "Li inventory", subtitle,
				ChartKind.STACKED_AREA, CycleCharts.CYCLE_AXIS, Axis.of("Li inventory", CycleCharts.AREAL.symbol()),
				series);
	}
}
