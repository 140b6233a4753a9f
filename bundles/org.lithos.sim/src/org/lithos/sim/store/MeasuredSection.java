package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lithos.charts.CycleResidual;
import org.lithos.charts.MeasuredOverlays;
import org.lithos.charts.render.ImageRenderer;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;
import org.lithos.model.MeasuredFile;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;

/**
 * The report's measured curves: for every run of a cell the study has a data file for, the predictions drawn over
 * the measurement (voltage against capacity for chosen cycles; efficiency, capacity and retention against cycle),
 * the voltage residual, and a table of the residuals per cycle.
 */
final class MeasuredSection {

	/** C/m2 in one mAh/cm2. */
	private static final double MAH_PER_CM2 = 36_000;

	private MeasuredSection() {
	}

	static void write(StudyInput study, List<RunOutcome> outcomes, Path folder, ImageRenderer images,
			StringBuilder html) throws IOException {
		if (study.getMeasured().isEmpty()) {
			return;
		}
		html.append("<h2>Measured curves</h2>\n");
		for (MeasuredFile file : study.getMeasured()) {
			MeasuredCurve curve;
			try {
				curve = MeasuredFiles.read(file);
			} catch (DataFileException e) {
				html.append("<p class=\"FAIL\">").append(StudyReport.escape(e.getMessage())).append("</p>\n");
				continue;
			}
			for (int i = 0; i < outcomes.size() && i < study.getRuns().size(); i++) {
				SimulationInput input = study.getRuns().get(i);
				if (outcomes.get(i).finished() && input.getCell().getName().equals(file.getCell())) {
					run(input, outcomes.get(i), curve, folder, images, html);
				}
			}
		}
	}

	private static void run(SimulationInput input, RunOutcome outcome, MeasuredCurve curve, Path folder,
			ImageRenderer images, StringBuilder html) throws IOException {
		MeasuredOverlays overlays = new MeasuredOverlays(ResultStore.folderName(input.getId()), outcome.result(), curve,
				input.getCell().getArea());
		html.append("<h3>").append(StudyReport.escape(input.getId())).append(" over <code>")
				.append(StudyReport.escape(curve.source().getFileName().toString())).append("</code> (")
				.append(StudyReport.escape(curve.format().label())).append(")</h3>\n<p>");
		for (String id : StudyCharts.render(overlays.charts(), folder, images)) {
			html.append("<img src=\"").append(StudyCharts.FOLDER).append('/').append(StudyReport.escape(id))
					.append(".png\" alt=\"").append(StudyReport.escape(id)).append("\">");
		}
		html.append("</p>\n<table><tr><th>cycle</th><th>CE predicted</th><th>CE measured</th><th>residual</th>"
				+ "<th>discharge capacity predicted (mAh/cm2)</th><th>measured</th><th>residual</th>"
				+ "<th>voltage RMS residual (mV)</th></tr>\n");
		for (CycleResidual r : overlays.residuals()) {
			html.append("<tr><td class=\"n\">").append(r.cycle()).append("</td>")
					.append(cell("%.1f %%", 100 * r.predictedCe())).append(cell("%.1f %%", 100 * r.measuredCe()))
					.append(cell("%+.1f pp", 100 * r.ceResidual()))
					.append(cell("%.3f", r.predictedCapacity() / MAH_PER_CM2))
					.append(cell("%.3f", r.measuredCapacity() / MAH_PER_CM2))
					.append(cell("%+.3f", r.capacityResidual() / MAH_PER_CM2))
					.append(cell("%.1f", 1000 * r.voltageRms())).append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static String cell(String format, double value) {
		return "<td class=\"n\">" + (Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "") + "</td>";
	}
}
