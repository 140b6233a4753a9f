package org.lithos.solver.kmc.internal.commands;

import java.io.PrintStream;
import java.util.Locale;

import org.lithos.cli.api.Benchmark;
import org.lithos.solver.kmc.KmcBench;
import org.osgi.service.component.annotations.Component;

/**
 * Kinetic Monte Carlo figures of {@code lithos bench}: what {@link KmcBench} measures, in the bench's table layout.
 * The headline is a real deposition (a micrometre of Li on Cu at 1 mA/cm2 on 256 x 256 columns, median of three
 * runs) in CPU seconds, deposited charge and events per CPU second; then the morphology example's own run, the cost
 * per event and per deposited site from 64^2 to 1024^2, the plain engine's lone adatoms and the memory per site.
 */
@Component(service = Benchmark.class)
public final class KmcBenchmark implements Benchmark {

	/** Target of issue 17: the micrometre run in a minute on one core. */
	static final double TARGET_CPU_SECONDS = 60;

	@Override
	public String id() {
		return "kmc";
	}

	@Override
	public String title() {
		return "kinetic Monte Carlo";
	}

	@Override
	public String description() {
		return """
				kinetic Monte Carlo (lithos.kmc): 1 um of Li on Cu at 1 mA/cm2 on 256 x 256 columns (median of
				    3 runs, CPU s, charge and events per CPU s), the morphology example's run, cost per event
				    and per site from 64^2 to 1024^2, lone adatoms on the plain engine, memory per site (minutes)""";
	}

	@Override
	public void run(PrintStream out) {
		KmcBench.Figures f = KmcBench.run();
		KmcBench.Timing m = f.median();
		String um = "kmc 1 um Li on Cu, " + KmcBench.WIDTH + "x" + KmcBench.WIDTH + ", 1 mA/cm2, one core";
		row(out, um + ", median", m.cpuSeconds(), "CPU s");
		StringBuilder each = new StringBuilder();
		for (KmcBench.Timing t : f.micrometre()) {
			each.append(each.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", t.cpuSeconds()));
		}
		out.printf(Locale.ROOT, "%-52s %s CPU s%n", "  the " + f.micrometre().length + " runs", each);
		row(out, "  deposited charge per CPU second", m.chargeRate() * 1e3, "uAh/cm2 per s");
		row(out, "  deposited sites per CPU second", m.sites() / m.cpuSeconds() / 1e3, "k sites/s");
		row(out, "  events per CPU second", m.eventRate() / 1e6, "M ev/s");
		if (m.cpuSeconds() > TARGET_CPU_SECONDS) {
			out.printf(Locale.ROOT, "  above the target of %.0f CPU s%n", TARGET_CPU_SECONDS);
		}
		KmcBench.Timing e = f.example();
		row(out, "kmc morphology example run (Cu, 64x64, 4 layers)", e.cpuSeconds(), "CPU s");
		row(out, "  deposited charge per CPU second", e.chargeRate() * 1e3, "uAh/cm2 per s");
		row(out, "  events per CPU second", e.eventRate() / 1e6, "M ev/s");
		double first = Double.NaN;
		double last = Double.NaN;
		int lastWidth = 0;
		for (int i = 0; i < f.widths().length; i++) {
			int w = f.widths()[i];
			KmcBench.Timing t = f.byWidth()[i];
			String name = "kmc " + w + "x" + w + ", half a layer on Cu, one core";
			if (t == null) {
				out.printf(Locale.ROOT, "%-52s %10s%n", name, "too large");
				continue;
			}
			out.printf(Locale.ROOT, "%-52s %8.0f ns/event %8.2f us/site%n", name, t.nsPerEvent(), t.usPerSite());
			first = Double.isNaN(first) ? t.nsPerEvent() : first;
			last = t.nsPerEvent();
			lastWidth = w;
		}
		int w0 = f.widths()[0];
		out.printf(Locale.ROOT, "%-52s %8.2f x%n", "  cost per event, " + lastWidth + "^2 vs " + w0 + "^2 ("
				+ (long) lastWidth * lastWidth / ((long) w0 * w0) + "x the sites)", last / first);
		row(out, "kmc lone adatoms on bare 256x256, plain engine", f.loneAdatoms().eventRate() / 1e6, "M ev/s");
		row(out, "kmc memory per lattice site (per-site arrays)", f.bytesPerSite(), "bytes");
		for (int i = 0; i < f.widths().length; i++) {
			KmcBench.Timing t = f.byWidth()[i];
			if (t != null && t.allocated() >= 0 && (f.widths()[i] == 256 || f.widths()[i] == 1024)) {
				out.printf(Locale.ROOT, "%-52s %8.1f MB %6.1f bytes/site%n", "  allocated by the " + f.widths()[i] + "x"
						+ f.widths()[i] + " run (" + t.lattice() + " sites)", t.allocated() / 1e6, t.bytesPerSite());
			}
		}
	}

	private static void row(PrintStream out, String figure, double value, String unit) {
		out.printf(Locale.ROOT, "%-52s %8.2f %s%n", figure, value, unit);
	}
}
