package org.lithos.ui.internal.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.lithos.charts.ChartModel;
import org.lithos.charts.MeasuredOverlays;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;
import org.lithos.model.MeasuredFile;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.store.MeasuredFiles;
import org.lithos.sim.store.ResultStore;

/**
 * The report's measured section in the chart view: for each ticked run of a cell the study has a data file for
 * ({@code data "FILE" for CELL}), the run's predictions over the measured curve, built by the same
 * {@link MeasuredOverlays} as the report (measured series first, so they are drawn under the predicted ones, and
 * named "measured" in the legend). Toolkit-free.
 */
final class MeasuredCharts {

	/** Curves kept read, since the view rebuilds its chart on every tick and choice; cycler files can be large. */
	private static final int KEPT = 4;
	private static final Map<String, MeasuredCurve> CURVES = new LinkedHashMap<>(KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, MeasuredCurve> eldest) {
			return size() > KEPT;
		}
	};

	private MeasuredCharts() {
	}

	/**
	 * @param study    the study, with its data clauses
	 * @param finished the ticked runs that finished
	 * @param chart    which of the overlays' charts
	 * @return the chart, several runs overlaid with a legend
	 * @throws IllegalStateException when the study has no data for these runs or a data file cannot be read (the
	 *                               view shows the message)
	 */
	static ChartModel model(StudyInput study, List<RunOutcome> finished, Function<MeasuredOverlays, ChartModel> chart) {
		if (study.getMeasured().isEmpty()) {
			throw new IllegalStateException("This study has no measured data (a study attaches a cycler file to a cell "
					+ "with data \"FILE\" for CELL).");
		}
		List<String> ids = new ArrayList<>();
		List<ChartModel> charts = new ArrayList<>();
		for (RunOutcome outcome : finished) {
			SimulationInput input = study.getRuns().stream().filter(r -> r.getId().equals(outcome.runId()))
					.findFirst().orElse(null);
			for (MeasuredFile file : study.getMeasured()) {
				if (input != null && input.getCell() != null && file.getCell().equals(input.getCell().getName())) {
					MeasuredOverlays overlays = new MeasuredOverlays(ResultStore.folderName(input.getId()),
							outcome.result(), curve(file), input.getCell().getArea());
					ids.add(outcome.runId());
					charts.add(chart.apply(overlays));
				}
			}
		}
		if (charts.isEmpty()) {
			throw new IllegalStateException("None of the ticked runs is of a cell the study has measured data for.");
		}
		return Overlay.of(ids, charts);
	}

	private static MeasuredCurve curve(MeasuredFile file) {
		try {
			FileTime modified = Files.getLastModifiedTime(Path.of(file.getFile()));
			String key = file.getFile() + "|" + file.getColumns() + "|" + modified.toMillis();
			synchronized (CURVES) {
				MeasuredCurve kept = CURVES.get(key);
				if (kept == null) {
					kept = MeasuredFiles.read(file);
					CURVES.put(key, kept);
				}
				return kept;
			}
		} catch (DataFileException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the measured data " + file.getFile() + ": " + e.getMessage(),
					e);
		}
	}
}
