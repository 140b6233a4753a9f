package org.lithos.sim.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.io.AtomicFiles;
import org.lithos.sim.Comparison;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.Warnings;

/**
 * Writes a study's {@code report.html}: expectations next to predictions with a verdict, every run's state,
 * and its charts. Self-contained apart from the chart images, which it links relative to its own folder.
 */
public final class StudyReport {

	private StudyReport() {
	}

	/**
	 * @param study       the study
	 * @param outcomes    its runs' outcomes
	 * @param comparisons its expectations against the predictions
	 * @param folder      the study's output folder (run folders are below it)
	 * @throws IOException when the report cannot be written
	 */
	public static void write(StudyInput study, List<RunOutcome> outcomes, List<Comparison> comparisons, Path folder)
			throws IOException {
		StringBuilder html = new StringBuilder(8192);
		String title = study.getTitle() == null ? study.getName() : study.getTitle();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
				.append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
						+ "margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f4f4f4}"
						+ ".PASS{color:#1a7f37}.FAIL{color:#b42318}.NOT_ADDRESSED{color:#777}img{max-width:48%;margin:4px}"
						+ "</style></head><body>\n");
		html.append("<h1>").append(escape(title)).append("</h1>\n<p>Study <code>").append(escape(study.getName()))
				.append("</code>, ").append(outcomes.size()).append(" runs.</p>\n");
		if (!comparisons.isEmpty()) {
			long pass = comparisons.stream().filter(c -> c.verdict() == Comparison.Verdict.PASS).count();
			long fail = comparisons.stream().filter(c -> c.verdict() == Comparison.Verdict.FAIL).count();
			html.append("<h2>Measured against predicted</h2>\n<p>").append(pass).append(" passed, ").append(fail)
					.append(" failed, ").append(comparisons.size() - pass - fail).append(" not addressed.</p>\n");
			html.append("<table><tr><th>observable</th><th>cell</th><th>run</th><th>measured</th><th>predicted</th>"
					+ "<th>verdict</th><th>source</th></tr>\n");
			for (Comparison comparison : comparisons) {
				var expectation = comparison.expectation();
				html.append("<tr><td>").append(escape(expectation.getObservable()))
						.append(expectation.getCycle() >= 0 ? " (cycle " + expectation.getCycle() + ")" : "").append("</td><td>")
						.append(escape(simple(expectation.getCell()))).append("</td><td>").append(escape(comparison.runId()))
						.append("</td><td>").append(escape(comparison.expectedText())).append("</td><td>")
						.append(escape(comparison.predictedText())).append("</td><td class=\"").append(comparison.verdict())
						.append("\">").append(comparison.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '))
						.append("</td><td>").append(escape(expectation.getSource())).append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		html.append("<h2>Runs</h2>\n<table><tr><th>run</th><th>state</th><th>seconds</th><th>result</th></tr>\n");
		for (RunOutcome outcome : outcomes) {
			html.append("<tr><td>").append(escape(outcome.runId())).append("</td><td>")
					.append(outcome.state().name().toLowerCase(Locale.ROOT)).append("</td><td>")
					.append(String.format(Locale.ROOT, "%.2f", outcome.seconds())).append("</td><td>")
					.append(escape(outcome.message())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		var warnings = Warnings.of(outcomes);
		if (!warnings.isEmpty()) {
			html.append("<h2>Warnings</h2>\n<ul>\n");
			warnings.forEach((message, runs) -> html.append("<li>").append(escape(message)).append(" (")
					.append(runs).append(" of ").append(outcomes.size()).append(" runs)</li>\n"));
			html.append("</ul>\n");
		}
		List<SimulationResult> results = outcomes.stream().map(RunOutcome::result).toList();
		if (study.getRuns().size() == results.size()
				&& MorphologyPictures.writePanel(title, study.getRuns(), results, folder)) {
			html.append("<h2>Deposits side by side</h2>\n<p><img style=\"max-width:100%\" src=\"")
					.append(MorphologyPictures.PANEL).append(".png\" alt=\"deposits side by side\"></p>\n");
		}
		for (RunOutcome outcome : outcomes) {
			if (outcome.folder() == null || !Files.isDirectory(outcome.folder().resolve("charts"))) {
				continue;
			}
			html.append("<h3>").append(escape(outcome.runId())).append("</h3>\n<p>");
			try (var charts = Files.list(outcome.folder().resolve("charts"))) {
				for (Path png : charts.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
					String href = folder.relativize(png).toString().replace('\\', '/');
					html.append("<img src=\"").append(escape(href)).append("\" alt=\"")
							.append(escape(png.getFileName().toString())).append("\">");
				}
			}
			html.append("</p>\n");
		}
		html.append("</body></html>\n");
		AtomicFiles.write(folder.resolve("report.html"), out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(html.toString());
			writer.flush();
		});
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
