package org.lithos.sim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.DataSeries;
import org.lithos.model.LithosFactory;
import org.lithos.model.PlotRequest;
import org.lithos.model.StudyInput;
import org.lithos.model.names.Observable;
import org.lithos.sim.RunOutcome;

/**
 * The report draws what a study's {@code plot voltage vs capacity} asks for with the chart model the studio draws
 * too: one chart per run, of the cycles a report shows (here 1, 2 and the last, 3), capacity in mAh/g for a cell with
 * a cathode.
 */
class StudyChartsTest {

	private final StudyInput study = StudyFixtures.study();
	private final List<RunOutcome> outcomes = List.of(
			StudyFixtures.finished(study.getRuns().get(0), 0.9, Path.of("unused")),
			StudyFixtures.finished(study.getRuns().get(1), 0.85, Path.of("unused")),
			StudyFixtures.finished(study.getRuns().get(2), 0.8, Path.of("unused")));

	@Test
	void plotVoltageVsCapacityDrawsTheChosenCyclesOfEveryRun() {
		PlotRequest plot = LithosFactory.eINSTANCE.createPlotRequest();
		plot.setY(Observable.VOLTAGE.word());
		plot.setX(Observable.CAPACITY.word());
		study.getPlots().add(plot);
		List<ChartModel> charts = StudyCharts.charts(study, outcomes).stream()
				.filter(c -> c.id().startsWith(ChartModels.VOLTAGE_VS_CAPACITY)).toList();
		assertEquals(3, charts.size(), "one per run");
		for (int i = 0; i < 3; i++) {
			ChartModel chart = charts.get(i);
			assertEquals(ChartModels.VOLTAGE_VS_CAPACITY + "-" + ResultStore.folderName(study.getRuns().get(i).getId()),
					chart.id());
			assertEquals("mAh/g", chart.xAxis().unit());
			ChartModel model = ChartModels.voltageVsCapacity(study.getRuns().get(i), outcomes.get(i).result());
			assertEquals(List.of("cycle 1 charge", "cycle 1 discharge", "cycle 2 charge", "cycle 2 discharge",
					"cycle 3 charge", "cycle 3 discharge"), chart.series().stream().map(DataSeries::name).toList());
			assertEquals(model.series(), chart.series(), "the report's chart is the shared model");
		}
	}

	@Test
	void withoutThePlotClauseThereIsNoVoltageCapacityChart() {
		assertTrue(StudyCharts.charts(study, outcomes).stream()
				.noneMatch(c -> c.id().startsWith(ChartModels.VOLTAGE_VS_CAPACITY)));
	}
}
