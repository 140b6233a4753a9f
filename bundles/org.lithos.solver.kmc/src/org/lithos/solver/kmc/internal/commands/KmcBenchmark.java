package org.lithos.solver.kmc.internal.commands;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Locale;

import org.lithos.cli.api.Benchmark;
import org.lithos.solver.kmc.KmcBench;
import org.lithos.solver.kmc.KmcParameters;
import org.lithos.solver.kmc.KmcSimulation;
import org.osgi.service.component.annotations.Component;

/**
 * Kinetic Monte Carlo figures of {@code lithos bench}: what {@link KmcBench} measures (events per second on one
 * core, the width scan 64..1024 that shows whether the cost per event stays flat, a crowded run, independent runs
 * on all cores), printed in the bench's table layout, plus the memory a run takes.
 */
@Component(service = Benchmark.class)
public final class KmcBenchmark implements Benchmark {

	/** Target of the issue: single-core events per second at 256 x 256 with diffusion on. */
	static final double TARGET_EVENTS_PER_SECOND = 5e6;

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
				kinetic Monte Carlo (lithos.kmc): events/s on one core on a 256 x 256 x 16 lattice with
				    diffusion on, the same for widths 64 to 1024 (cost per event), a crowded run, independent
				    runs on all cores, and the memory of one run (about a minute)""";
	}

	@Override
	public void run(PrintStream out) {
		KmcBench.Figures f = KmcBench.run();
		String lattice = "x" + KmcBench.HEIGHT + " 3D";
		row(out, "kmc 256x256" + lattice + ", diffusion on, one core", f.eventsPerSecond() / 1e6, "M ev/s");
		row(out, "  same, per CPU second of the running thread", f.eventsPerCpuSecond() / 1e6, "M ev/s");
		if (f.eventsPerSecond() < TARGET_EVENTS_PER_SECOND) {
			out.printf(Locale.ROOT, "  below the target of %.0f M events/s%n", TARGET_EVENTS_PER_SECOND / 1e6);
		}
		double first = Double.NaN;
		double last = Double.NaN;
		for (int i = 0; i < f.widths().length; i++) {
			int w = f.widths()[i];
			double rate = f.eventsPerSecondByWidth()[i];
			if (Double.isNaN(rate)) {
				out.printf(Locale.ROOT, "%-52s %10s%n", "kmc " + w + "x" + w + lattice + ", one core", "too large");
				continue;
			}
			out.printf(Locale.ROOT, "%-52s %8.2f M ev/s  %6.0f ns/event%n", "kmc " + w + "x" + w + lattice + ", one core",
					rate / 1e6, 1e9 / rate);
			first = Double.isNaN(first) ? 1e9 / rate : first;
			last = 1e9 / rate;
		}
		int n = f.widths().length;
		out.printf(Locale.ROOT, "%-52s %8.2f x%n", "  cost per event, " + f.widths()[n - 1] + "^2 vs " + f.widths()[0]
				+ "^2 (" + (long) f.widths()[n - 1] * f.widths()[n - 1] / ((long) f.widths()[0] * f.widths()[0])
				+ "x the sites)", last / first);
		row(out, "kmc 64x64x16 to 2 dense layers (crowded), one core", f.crowdedEventsPerSecond() / 1e6, "M ev/s");
		row(out, "kmc " + f.threads() + " independent 256x256 runs on " + f.threads() + " threads", f.parallelEventsPerSecond() / 1e6,
				"M ev/s");
		for (int w : new int[] { 256, 1024 }) {
			KmcParameters p = KmcParameters.defaults().with3D(w, w, KmcBench.HEIGHT).withSeed(7)
					.withBudget((long) w * w * 8, 1e12, Double.POSITIVE_INFINITY).withOutput(1, 0);
			long bytes = allocated(p);
			if (bytes >= 0) {
				row(out, "kmc memory of one " + w + "x" + w + lattice + " run (allocated)", bytes / 1e6, "MB");
			}
		}
	}

	private static void row(PrintStream out, String figure, double value, String unit) {
		out.printf(Locale.ROOT, "%-52s %8.2f %s%n", figure, value, unit);
	}

	/**
	 * @return the bytes the current thread allocates for a whole run (lattice, rate classes, observer, result), or
	 *         -1 when the JVM cannot tell. Nearly all of it is allocated once per run, so this is the run's heap
	 *         footprint plus a little garbage.
	 */
	private static long allocated(KmcParameters p) {
		Object threads = ManagementFactory.getThreadMXBean();
		try {
			// com.sun.management.ThreadMXBean, reached through its public interface so that no OSGi import of a
			// JDK-specific package is needed
			Method method = null;
			for (Class<?> c = threads.getClass(); c != null && method == null; c = c.getSuperclass()) {
				for (Class<?> type : c.getInterfaces()) {
					if (type.getName().equals("com.sun.management.ThreadMXBean")) {
						method = type.getMethod("getThreadAllocatedBytes", long.class);
					}
				}
			}
			if (method == null) {
				return -1;
			}
			long id = Thread.currentThread().getId();
			long before = (Long) method.invoke(threads, id);
			new KmcSimulation(p).run(null);
			return (Long) method.invoke(threads, id) - before;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return -1;
		}
	}
}
