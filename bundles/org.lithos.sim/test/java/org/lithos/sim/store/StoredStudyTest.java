package org.lithos.sim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.DataSeries;
import org.lithos.charts.RunScalar;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.SweepValue;
import org.lithos.sim.RunOutcome;

/**
 * A study folder written as {@code lithos run} writes it and read back gives the same chart models: every per-run
 * chart, voltage against capacity (in mAh/g for a cell with a cathode), and the sweep chart across runs.
 */
class StoredStudyTest {

	@TempDir
	Path out;

	@Test
	void aStudyFolderReadBackGivesTheSameCharts() throws IOException {
		StudyInput study = StudyFixtures.study();
		List<RunOutcome> outcomes = List.of(StudyFixtures.finished(study.getRuns().get(0), 0.9, out.resolve("Rates")),
				new RunOutcome(study.getRuns().get(1).getId(), RunOutcome.State.FAILED, "solver threw", null, null, 0.5),
				StudyFixtures.finished(study.getRuns().get(2), 0.8, out.resolve("Rates")));
		Path folder = write(study, outcomes);

		StoredStudy stored = StoredStudy.read(folder);

		assertEquals("incomplete", stored.status());
		assertEquals("Rates", stored.study().getName());
		assertEquals("efficiency against current density", stored.study().getTitle());
		assertFalse(stored.duration().isNegative());
		assertEquals(List.of(RunOutcome.State.FINISHED, RunOutcome.State.FAILED, RunOutcome.State.FINISHED),
				stored.outcomes().stream().map(RunOutcome::state).toList());
		assertNull(stored.outcomes().get(1).result());
		assertEquals("solver threw", stored.outcomes().get(1).message());
		SweepValue j = stored.study().getRuns().get(2).getSweep().get(0);
		assertEquals("j", j.getName());
		assertEquals(20, j.getValue(), 1e-12);
		assertEquals("2 mA/cm2", j.getDisplay());
		for (int run : new int[] { 0, 2 }) {
			SimulationResult original = outcomes.get(run).result();
			SimulationResult read = stored.outcomes().get(run).result();
			assertEquals(folder.resolve(ResultStore.folderName(original.getInputId())),
					stored.outcomes().get(run).folder());
			assertEquals(RunStatus.SHORTED, read.getStatus());
			assertEquals("lithos.cell", read.getSolverId());
			List<ChartModel> before = new ArrayList<>(ChartModels.all(original));
			List<ChartModel> after = new ArrayList<>(ChartModels.all(read));
			before.add(ChartModels.voltageVsCapacity(study.getRuns().get(run), original));
			after.add(ChartModels.voltageVsCapacity(stored.study().getRuns().get(run), read));
			for (int c = 0; c < before.size(); c++) {
				assertSameChart(before.get(c), after.get(c));
			}
		}
		assertEquals("mAh/g", ChartModels.voltageVsCapacity(stored.study().getRuns().get(0),
				stored.outcomes().get(0).result()).xAxis().unit(), "the cathode loading is kept");
		ChartModel sweep = ChartModels.sweep("j", RunScalar.FIRST_CYCLE_EFFICIENCY, stored.study().getRuns(),
				List.of(stored.outcomes().get(0).result(), stored.outcomes().get(2).result()));
		assertEquals(2, sweep.series().get(0).size());
		assertEquals(90, sweep.series().get(0).y()[0], 1e-9);
		assertEquals(80, sweep.series().get(0).y()[1], 1e-9);
	}

	@Test
	void theStepRecordsComeBackInSi() throws IOException {
		StudyInput study = StudyFixtures.study();
		RunOutcome run = StudyFixtures.finished(study.getRuns().get(0), 0.9, out.resolve("Rates"));
		org.lithos.model.StepRecord plate = org.lithos.model.LithosFactory.eINSTANCE.createStepRecord();
		plate.setIndex(2);
		plate.setCycle(2);
		plate.setOverpotential(0.0391);
		plate.setNucleationOverpotential(0.0104);
		org.lithos.model.StepRecord strip = org.lithos.model.LithosFactory.eINSTANCE.createStepRecord();
		strip.setIndex(3);
		strip.setCycle(2);
		strip.setOverpotential(0.035);
		run.result().getSteps().addAll(List.of(plate, strip));
		SimulationResult read = StoredStudy.read(write(study, List.of(run))).outcomes().get(0).result();
		assertEquals(2, read.getSteps().size());
		assertEquals(2, read.getSteps().get(0).getIndex());
		assertEquals(2, read.getSteps().get(0).getCycle());
		assertEquals(0.0391, read.getSteps().get(0).getOverpotential(), 1e-12, "written in mV, read in V");
		assertEquals(0.0104, read.getSteps().get(0).getNucleationOverpotential(), 1e-12);
		assertTrue(Double.isNaN(read.getSteps().get(1).getNucleationOverpotential()), "no barrier: null, read as NaN");
	}

	@Test
	void aFileOfAnotherLayoutIsReportedWithItsName() throws IOException {
		StudyInput study = StudyFixtures.study();
		Path folder = write(study, List.of(StudyFixtures.finished(study.getRuns().get(0), 0.9, out.resolve("Rates"))));
		Path result = folder.resolve(ResultStore.folderName(study.getRuns().get(0).getId())).resolve("result.json");
		Files.writeString(result, Files.readString(result).replace(ResultStore.SCHEMA, "lithos-result/1"));
		IOException e = assertThrows(IOException.class, () -> StoredStudy.read(folder));
		assertTrue(e.getMessage().startsWith(result.toString()) && e.getMessage().contains("lithos-result/1"),
				e.getMessage());
		Files.writeString(folder.resolve(StudyStatus.FILE), "{ \"schema\": ");
		e = assertThrows(IOException.class, () -> StoredStudy.read(folder));
		assertTrue(e.getMessage().startsWith(folder.resolve(StudyStatus.FILE) + ": not valid JSON"), e.getMessage());
		assertFalse(StoredStudy.isStudyFolder(out), "the output folder itself is no study folder");
	}

	private Path write(StudyInput study, List<RunOutcome> outcomes) throws IOException {
		Path folder = out.resolve(study.getName());
		Files.createDirectories(folder);
		for (int i = 0; i < outcomes.size(); i++) {
			if (outcomes.get(i).finished()) {
				ResultStore.write(study.getRuns().get(i), outcomes.get(i).result(), outcomes.get(i).folder());
			}
		}
		StudyStatus.write(study, outcomes, Instant.now().minusSeconds(3), folder);
		return folder;
	}

	private static void assertSameChart(ChartModel expected, ChartModel actual) {
		assertEquals(expected.id(), actual.id());
		assertEquals(expected.xAxis(), actual.xAxis());
		assertEquals(expected.yAxis(), actual.yAxis());
		assertEquals(expected.series().size(), actual.series().size(), expected.id());
		assertFalse(expected.isEmpty(), expected.id() + " has no data: the fixture is too thin to test it");
		for (int s = 0; s < expected.series().size(); s++) {
			DataSeries a = expected.series().get(s);
			DataSeries b = actual.series().get(s);
			assertEquals(a.name(), b.name());
			assertEquals(a.size(), b.size(), expected.id() + " " + a.name());
			for (int i = 0; i < a.size(); i++) {
				// result.json keeps full precision, series.csv 6 significant digits
				assertEquals(a.x()[i], b.x()[i], 1e-5 * Math.abs(a.x()[i]) + 1e-12, expected.id() + " x " + i);
				assertEquals(a.y()[i], b.y()[i], 1e-5 * Math.abs(a.y()[i]) + 1e-12, expected.id() + " y " + i);
			}
		}
	}
}
