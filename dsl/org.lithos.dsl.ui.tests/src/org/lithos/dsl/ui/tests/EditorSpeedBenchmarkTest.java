package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lithos.dsl.ui.internal.editor.CellEditor;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;

/**
 * Measures the editor on a 2,000-line file: UI-thread time per keystroke (the key event plus everything it queues,
 * painting included) and the time from the last keystroke to the problem marker. Figures, not a pass/fail test: it
 * runs only with {@code -Dlithos.benchmark=true} and prints its results (see the README for the command).
 */
@EnabledIfSystemProperty(named = "lithos.benchmark", matches = "true")
class EditorSpeedBenchmarkTest {

	private static final int LINES = 2000;
	private static final int KEYSTROKES = 200;
	/** Between keystrokes: a fast typist, and shorter than the debounce, as in a burst of typing. */
	private static final long KEY_INTERVAL_MS = 80;
	private static final int ROUNDS = 5;
	private static final String UNIT_ERROR = "'pressure' must be a pressure";
	private static final Pattern DECLARATION = Pattern.compile("(?m)^(material|cell|protocol|study)\\s+(\\w+)");

	@AfterEach
	void closeEditors() {
		Ui.closeDialogs();
		Ui.run(() -> CellEditorTest.page().closeAllEditors(false));
	}

	/** @return the tour repeated with its names numbered, to at least {@value #LINES} lines */
	static String longFile() {
		String tour = Workspace.exampleText("tour.cell", "bench.cell");
		int body = tour.indexOf("\n", tour.indexOf("import lithos.materials")) + 1;
		String head = tour.substring(0, body);
		String block = tour.substring(body);
		List<String> names = new ArrayList<>();
		Matcher matcher = DECLARATION.matcher(block);
		while (matcher.find()) {
			names.add(matcher.group(2));
		}
		StringBuilder text = new StringBuilder(head);
		for (int copy = 0; text.toString().lines().count() < LINES; copy++) {
			String numbered = block;
			for (String name : names) {
				numbered = numbered.replaceAll("\\b" + name + "\\b", name + "_" + copy);
			}
			text.append(numbered);
		}
		return text.toString();
	}

	@Test
	void keystrokesAndDiagnosticsOnALongFile() throws Exception {
		String text = longFile();
		long lines = text.lines().count();
		IFile file = Workspace.file("bench.cell", text);
		CellEditor editor = CellEditorTest.open(file);
		IDocument document = CellEditorTest.document(editor);
		Ui.waitFor("the long file's markers", () -> !hasUnitError(file));

		// 1. typing: a comment typed then erased in the middle of the file
		int middle = Ui.ui(() -> document.getLineOffset((int) lines / 2));
		CellEditorTest.caret(editor, middle);
		double[] keystroke = new double[KEYSTROKES];
		double[] handling = new double[KEYSTROKES];
		double[] cpu = new double[KEYSTROKES];
		for (int i = 0; i < KEYSTROKES; i++) {
			char c = i < KEYSTROKES / 2 ? "// typing a comment ".charAt(i % 20) : '\b';
			double[] times = Ui.ui(() -> press(editor.viewer().getTextWidget(), c));
			handling[i] = times[0];
			keystroke[i] = times[1];
			cpu[i] = times[2];
			Ui.sleep(KEY_INTERVAL_MS);
		}
		Arrays.sort(keystroke);
		Arrays.sort(handling);
		Arrays.sort(cpu);

		// 2. diagnostics: an error typed, then the time until the Problems view has it
		int unit = Ui.ui(() -> document.get().indexOf("pressure 9 MPa", middle)) + "pressure 9 ".length();
		double[] toMarker = new double[ROUNDS];
		double[] toDiagnostic = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			boolean breaking = round % 2 == 0;
			Ui.run(() -> editor.selectAndReveal(unit, 0));
			String typed = breaking ? "mA/cm2" : "MPa";
			Ui.run(() -> document.replace(unit, breaking ? "MPa".length() : "mA/cm2".length(), ""));
			for (char c : typed.toCharArray()) {
				Ui.ui(() -> press(editor.viewer().getTextWidget(), c)[1]);
				Ui.sleep(KEY_INTERVAL_MS);
			}
			long stopped = System.nanoTime();
			Ui.waitFor(breaking ? "the diagnostic" : "no diagnostic", () -> breaking == editor.sync().diagnostics()
					.stream().anyMatch(d -> Diagnostics.message(d).contains(UNIT_ERROR)), Duration.ofSeconds(60), 5);
			toDiagnostic[round] = (System.nanoTime() - stopped) / 1e6;
			Ui.waitFor(breaking ? "the marker" : "no marker", () -> breaking == hasUnitError(file), Duration.ofSeconds(60), 5);
			toMarker[round] = (System.nanoTime() - stopped) / 1e6;
		}
		Arrays.sort(toMarker);
		Arrays.sort(toDiagnostic);

		String report = String.format(
				"cell editor on a %d-line file (%d keystrokes every %d ms, %d error/fix rounds):%n"
						+ "  UI-thread time per keystroke, key handling only (document, viewer, sync): median %.1f ms, 95th percentile %.1f ms%n"
						+ "  UI-thread time per keystroke, with painting and all queued work: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n"
						+ "  UI-thread CPU time per keystroke (the same work, without waiting for a core): median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n"
						+ "  load average during the run: %.1f on %d cores%n"
						+ "  last keystroke to the diagnostic in the editor: median %.0f ms, max %.0f ms%n"
						+ "  last keystroke to the problem marker (Problems view): median %.0f ms, max %.0f ms%n",
				lines, KEYSTROKES, KEY_INTERVAL_MS, ROUNDS, handling[KEYSTROKES / 2], handling[KEYSTROKES * 95 / 100],
				keystroke[KEYSTROKES / 2],
				keystroke[KEYSTROKES * 95 / 100], keystroke[KEYSTROKES - 1], cpu[KEYSTROKES / 2], cpu[KEYSTROKES * 95 / 100],
				cpu[KEYSTROKES - 1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors(), toDiagnostic[ROUNDS / 2], toDiagnostic[ROUNDS - 1],
				toMarker[ROUNDS / 2], toMarker[ROUNDS - 1]);
		System.out.print(report);
		Path out = Path.of(System.getProperty("lithos.screenshots", "target/screenshots")).resolveSibling("benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		assertTrue(lines >= LINES);
	}

	private static boolean hasUnitError(IFile file) {
		return Workspace.markers(file).stream().anyMatch(marker -> marker.contains(UNIT_ERROR));
	}

	/**
	 * @return milliseconds of UI-thread work for one key: handling the key event alone, and with the painting and
	 *         everything else it queued (wall clock), and the UI thread's CPU time for the latter
	 */
	private static double[] press(StyledText widget, char c) {
		Display display = widget.getDisplay();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long startCpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		Event event = new Event();
		event.character = c;
		event.keyCode = c == '\b' ? SWT.BS : c;
		widget.notifyListeners(SWT.KeyDown, event);
		long handled = System.nanoTime();
		widget.update();
		while (display.readAndDispatch()) {
			// everything the keystroke queued, painting included
		}
		return new double[] { (handled - start) / 1e6, (System.nanoTime() - start) / 1e6,
				(threads.getCurrentThreadCpuTime() - startCpu) / 1e6 };
	}
}
