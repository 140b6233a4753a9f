package org.lithos.dsl.ide.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.lithos.cli.api.Benchmark;
import org.osgi.service.component.annotations.Component;

/**
 * Language-server figures of {@code lithos bench}: whole {@code lithos lsp} processes started by the product's own
 * launcher (with the JVM options and class-data archive an editor gets), driven over stdio on a copy of the
 * examples. Start-up cannot be measured in-process, so these are wall-clock times of fresh processes, the median
 * of several sessions after one that is not counted (it writes the class-data archive if there is none yet).
 */
@Component(service = Benchmark.class)
public final class LspBenchmark implements Benchmark {

	/** Measured sessions; each starts a JVM, so a few are enough for a median. */
	static final int SESSIONS = 5;
	/** Timed edits per session, alternately breaking and repairing the file. */
	static final int EDITS = 6;
	/** Target of the issue: ready to answer within this many milliseconds of initialize. */
	static final double TARGET_READY_MS = 2000;
	/** The examples, relative to the repository root where the bench runs. */
	static final Path EXAMPLES = Path.of("dsl/examples");
	/** The example that is edited; it has a {@code collector Cu} to break. */
	static final String EDITED = "tour.cell";

	@Override
	public String id() {
		return "lsp";
	}

	@Override
	public String title() {
		return "language server";
	}

	@Override
	public String method() {
		return "whole lithos lsp processes started by the product's launcher, driven over stdio (medians of "
				+ SESSIONS + " sessions after one uncounted)";
	}

	@Override
	public String description() {
		return """
				language server (lithos lsp started by the product's launcher, driven over stdio on a copy of
				    dsl/examples): process start to the answer to initialize, initialize to ready (library
				    indexed, every example's diagnostics published), diagnostics after an edit of tour.cell;
				    medians of %d sessions after one uncounted (about a minute)""".formatted(SESSIONS);
	}

	@Override
	public void run(PrintStream out) {
		Path launcher = launcher();
		if (launcher == null || !Files.isDirectory(EXAMPLES) || !Files.isRegularFile(EXAMPLES.resolve(EDITED))) {
			out.printf(Locale.ROOT, "%-52s %10s%n", "lsp: no product launcher or no " + EXAMPLES + "/" + EDITED, "skipped");
			return;
		}
		List<LspSession.Times> sessions = new ArrayList<>();
		try {
			for (int i = 0; i <= SESSIONS; i++) {
				LspSession.Times times = session(launcher);
				if (i > 0) {
					sessions.add(times);
				}
			}
		} catch (IOException e) {
			out.printf(Locale.ROOT, "%-52s %10s%n", "lsp: " + e.getMessage(), "failed");
			return;
		}
		row(out, "lsp: process start to initialize answered", sessions, LspSession.Times::initializeAnswered);
		row(out, "lsp: initialize to ready (library, examples checked)", sessions, LspSession.Times::ready);
		row(out, "lsp: diagnostics after an edit of " + EDITED, sessions, LspBenchmark::medianEdit);
		double ready = median(sessions.stream().map(LspSession.Times::ready).toList());
		if (ready > TARGET_READY_MS) {
			out.printf(Locale.ROOT, "  over the target of %.0f s from initialize to ready%n", TARGET_READY_MS / 1000);
		}
	}

	private static LspSession.Times session(Path launcher) throws IOException {
		Path folder = Files.createTempDirectory("lithos-lsp-bench");
		try {
			try (Stream<Path> examples = Files.list(EXAMPLES)) {
				for (Path example : examples.filter(f -> f.toString().endsWith(".cell")).toList()) {
					Files.copy(example, folder.resolve(example.getFileName()));
				}
			}
			return new LspSession().run(launcher, folder, folder.resolve(EDITED), EDITS);
		} finally {
			delete(folder);
		}
	}

	/** @return the product's {@code lithos} launcher (next to its plugins folder), or null outside a product */
	static Path launcher() {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			return null;
		}
		try {
			Path launcher = Path.of(new URI(area.replace(" ", "%20"))).resolve("lithos");
			return Files.isExecutable(launcher) ? launcher : null;
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	private static double medianEdit(LspSession.Times times) {
		return median(times.edits());
	}

	private static void row(PrintStream out, String figure, List<LspSession.Times> sessions,
			Function<LspSession.Times, Double> value) {
		List<Double> values = sessions.stream().map(value).sorted().toList();
		out.printf(Locale.ROOT, "%-52s %8.0f ms  (%.0f-%.0f ms)%n", figure, median(values), values.get(0),
				values.get(values.size() - 1));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		} catch (IOException | UncheckedIOException e) {
			// a scratch folder left in the temporary directory is harmless
		}
	}
}
