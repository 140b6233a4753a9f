package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.render.ChartRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationResult;

/**
 * Renders a run's standard charts (voltage, efficiency, retention, overpotential, capacity, Li inventory) and, for
 * morphology runs, coverage, height and roughness against deposited charge.
 */
public final class RunCharts {

	/** Pixel size of the PNG charts; SVGs use the same aspect. */
	static final int WIDTH = 900;
	static final int HEIGHT = 560;

	private RunCharts() {
	}

	/**
	 * Writes {@code id.png} and {@code id.svg} for every non-empty chart, with the expectations drawn as bands, asking
	 * before each chart whether to go on.
	 *
	 * @param result       the run's result
	 * @param expectations expectations that concern this run
	 * @param folder       target folder, created when missing
	 * @param renderer     draws the charts
	 * @param checkpoint   called before each chart; throws (e.g. a CancellationException) to stop
	 * @throws IOException when a file cannot be written
	 */
	public static void write(SimulationResult result, Collection<? extends Expectation> expectations, Path folder,
			ChartRenderer<ImageFile> renderer, Runnable checkpoint) throws IOException {
		List<ChartModel> charts = new ArrayList<>(ChartModels.all(result));
		charts.addAll(ChartModels.morphology(result));
		for (ChartModel chart : charts) {
			if (chart.isEmpty()) {
				continue;
			}
			checkpoint.run();
			ChartModel marked = ChartModels.withExpectations(chart, expectations);
			renderer.render(marked, ImageFile.of(folder.resolve(chart.id() + ".png"), WIDTH, HEIGHT));
			renderer.render(marked, ImageFile.of(folder.resolve(chart.id() + ".svg"), WIDTH, HEIGHT));
		}
	}
}
