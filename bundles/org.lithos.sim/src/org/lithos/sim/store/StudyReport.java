package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lithos.charts.render.ImageRenderer;
import org.lithos.model.CellFormat;
import org.lithos.model.EventKind;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.model.query.Addresses;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.Comparison;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.Warnings;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * Writes a study's {@code report.html}: how the study ended, a table of every run's numbers (first-cycle and
 * average efficiency, life, retention, failure), expectations next to predictions with a verdict, the study's
 * charts across runs, and each run's own charts. Self-contained apart from the chart images, which it links
 * relative to its own folder (run ids are safe in URLs).
 */
public final class StudyReport {

	private StudyReport() {
	}

	/**
	 * @param study       the study
	 * @param outcomes    its runs' outcomes
	 * @param comparisons its expectations against the predictions
	 * @param folder      the folder the report goes to; finished runs' folders are below it
	 * @param charts      which charts to draw and show
	 * @param images      draws them
	 * @throws IOException when the report or a chart cannot be written
	 */
	public static void write(StudyInput study, List<RunOutcome> outcomes, List<Comparison> comparisons, Path folder,
			ChartLevel charts, ImageRenderer images) throws IOException {
		StringBuilder html = new StringBuilder(8192);
		String title = study.getTitle() == null ? study.getName() : study.getTitle();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
				.append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
						+ "margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f4f4f4}"
						+ "td.n{text-align:right}.PASS{color:#1a7f37}.FAIL{color:#b42318}.NOT_ADDRESSED{color:#777}"
						+ "img{max-width:48%;margin:4px}</style></head><body>\n");
		html.append("<h1>").append(escape(title)).append("</h1>\n<p>Study <code>").append(escape(study.getName()))
				.append("</code>: ").append(count(outcomes.size(), "run")).append(", ")
				.append(StudyStatus.ending(outcomes).word()).append(" (").append(states(outcomes))
				.append("). Machine-readable: <a href=\"").append(StudyStatus.FILE).append("\">").append(StudyStatus.FILE)
				.append("</a>.</p>\n");
		runTable(study, outcomes, html);
		if (!comparisons.isEmpty()) {
			comparisonTable(comparisons, html);
		}
		if (charts.summary()) {
			List<String> ids = StudyCharts.write(study, outcomes, folder, images);
			if (!ids.isEmpty()) {
				html.append("<h2>Across runs</h2>\n<p>");
				for (String id : ids) {
					html.append("<img src=\"").append(StudyCharts.FOLDER).append('/').append(escape(id))
							.append(".png\" alt=\"").append(escape(id)).append("\">");
				}
				html.append("</p>\n");
			}
			MeasuredSection.write(study, outcomes, folder, images, html);
		}
		var warnings = Warnings.of(outcomes);
		if (!warnings.isEmpty()) {
			html.append("<h2>Warnings</h2>\n<ul>\n");
			warnings.forEach((message, runs) -> html.append("<li>").append(escape(message)).append(" (")
					.append(runs).append(" of ").append(count(outcomes.size(), "run")).append(")</li>\n"));
			html.append("</ul>\n");
		}
		List<SimulationResult> results = outcomes.stream().map(RunOutcome::result).toList();
		if (charts.summary() && study.getRuns().size() == results.size()
				&& MorphologyPictures.writePanel(title, study.getRuns(), results, folder, images)) {
			html.append("<h2>Deposits side by side</h2>\n<p><img style=\"max-width:100%\" src=\"")
					.append(MorphologyPictures.PANEL).append(".png\" alt=\"deposits side by side\"></p>\n");
		}
		if (charts.perRun()) {
			runCharts(outcomes, folder, html);
		}
		html.append("</body></html>\n");
		StoreFiles.writeText(folder.resolve("report.html"), writer -> writer.write(html.toString()));
	}

	/** One row per run: the numbers a reader compares first, and why a run did not finish. */
	private static void runTable(StudyInput study, List<RunOutcome> outcomes, StringBuilder html) {
		html.append("<h2>Runs</h2>\n<table><tr><th>run</th><th>state</th><th>first-cycle CE</th><th>average CE</th>"
				+ "<th>cycle life</th><th>retention</th><th>failure</th><th>solver s</th><th>result</th></tr>\n");
		for (int i = 0; i < outcomes.size(); i++) {
			RunOutcome outcome = outcomes.get(i);
			SimulationInput input = i < study.getRuns().size() ? study.getRuns().get(i) : null;
			SimulationResult result = outcome.result();
			Summary summary = result == null ? null : result.getSummary();
			html.append("<tr><td>");
			if (outcome.finished()) {
				html.append("<a href=\"").append(escape(ResultStore.folderName(outcome.runId()))).append("/result.json\">")
						.append(escape(outcome.runId())).append("</a>");
			} else {
				html.append(escape(outcome.runId()));
			}
			html.append("</td><td>").append(StudyStatus.word(outcome.state())).append("</td>");
			cell(html, summary == null ? "" : percent(summary.getFirstCycleEfficiency()));
			cell(html, summary == null ? "" : percent(summary.getAverageEfficiency()));
			cell(html, summary == null ? "" : ResultStore.lifeReached(result) ? Integer.toString(summary.getCycleLife())
					: "&gt; " + summary.getCycleLife() + ", not reached");
			boolean full = input != null && input.getCell() != null && input.getCell().getFormat() == CellFormat.FULL;
			cell(html, summary == null || !full ? "" : percent(summary.getCapacityRetention()));
			html.append("<td>").append(escape(result == null ? "" : failure(result))).append("</td>");
			cell(html, String.format(Locale.ROOT, "%.2f", outcome.seconds()));
			html.append("<td>").append(escape(outcome.message())).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void comparisonTable(List<Comparison> comparisons, StringBuilder html) {
		long pass = comparisons.stream().filter(c -> c.verdict() == Comparison.Verdict.PASS).count();
		long fail = comparisons.stream().filter(c -> c.verdict() == Comparison.Verdict.FAIL).count();
		html.append("<h2>Measured against predicted</h2>\n<p>").append(pass).append(" passed, ").append(fail)
				.append(" failed, ").append(comparisons.size() - pass - fail).append(" not addressed.</p>\n");
		html.append("<table><tr><th>observable</th><th>cell</th><th>run</th><th>measured</th><th>predicted</th>"
				+ "<th>verdict</th><th>source</th></tr>\n");
		for (Comparison comparison : comparisons) {
			var expectation = comparison.expectation();
			html.append("<tr><td>").append(escape(expectation.getObservable()))
					.append(Addresses.describe(expectation).isEmpty() ? "" : " (" + escape(Addresses.describe(expectation)) + ")")
					.append("</td><td>")
					.append(escape(simple(expectation.getCell()))).append("</td><td>").append(escape(comparison.runId()))
					.append("</td><td>").append(escape(comparison.expectedText())).append("</td><td>")
					.append(escape(comparison.predictedText())).append("</td><td class=\"").append(comparison.verdict())
					.append("\">").append(comparison.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '))
					.append("</td><td>").append(escape(expectation.getSource())).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void runCharts(List<RunOutcome> outcomes, Path folder, StringBuilder html) throws IOException {
		for (RunOutcome outcome : outcomes) {
			Path charts = folder.resolve(ResultStore.folderName(outcome.runId())).resolve("charts");
			if (!outcome.finished() || !Files.isDirectory(charts)) {
				continue;
			}
			html.append("<h3>").append(escape(outcome.runId())).append("</h3>\n<p>");
			try (var files = Files.list(charts)) {
				for (Path png : files.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
					String href = folder.relativize(png).toString().replace('\\', '/');
					html.append("<img src=\"").append(escape(href)).append("\" alt=\"")
							.append(escape(png.getFileName().toString())).append("\">");
				}
			}
			html.append("</p>\n");
		}
	}

	/** @return how the run ended, when it ended by a failure of the cell: a short, or a stop condition */
	static String failure(SimulationResult result) {
		Summary summary = result.getSummary();
		if (summary != null && summary.getShortCircuitCycle() > 0) {
			double capacity = summary.getShortCircuitCapacity();
			return "short in cycle " + summary.getShortCircuitCycle() + (Double.isFinite(capacity)
					? String.format(Locale.ROOT, " after %.3g mAh/cm2",
							Quantity.ofSi(capacity, Dimension.AREAL_CAPACITY).in("mAh/cm2"))
					: "");
		}
		if (result.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.SHORT_CIRCUIT)) {
			return "short";
		}
		String ending = result.getStatus() == RunStatus.STOPPED ? "stop condition" : "";
		// soft shorts before (or instead of) the end: their own failure mode, with their own onset
		return result.getEvents().stream().filter(e -> e.getKind() == EventKind.INSTABILITY).findFirst()
				.map(e -> "unstable from cycle " + e.getCycle() + (ending.isEmpty() ? "" : "; " + ending)).orElse(ending);
	}

	private static void cell(StringBuilder html, String text) {
		html.append("<td class=\"n\">").append(text).append("</td>");
	}

	private static String percent(double fraction) {
		return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f %%", fraction * 100) : "";
	}

	private static String states(List<RunOutcome> outcomes) {
		StringBuilder text = new StringBuilder();
		for (RunOutcome.State state : RunOutcome.State.values()) {
			long n = outcomes.stream().filter(o -> o.state() == state).count();
			if (n > 0) {
				text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(StudyStatus.word(state));
			}
		}
		return text.toString();
	}

	/** @return "1 run", "3 runs" */
	static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static String simple(String qualified) {
		return qualified == null ? "all" : qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
