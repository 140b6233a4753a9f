package org.lithos.solver.kmc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

import org.lithos.solver.kmc.internal.Defaults;
import org.lithos.solver.kmc.internal.Lattice;

/**
 * Speed of the kinetic Monte Carlo engine, for {@code lithos bench}, in CPU seconds of the running thread (what one
 * idle core would take, also on a busy machine):
 * <ul>
 * <li>the headline: a micrometre of Li (100 layers of 10 nm sites, 0.2 mAh/cm2) on bare Cu at 1 mA/cm2 on 256 x 256
 * columns, the morphology example's conditions at the scale the papers image; median of several runs; deposited
 * charge and events per CPU second;</li>
 * <li>the example's own run (64 x 64, four layers);</li>
 * <li>the cost per event and per deposited site from 64^2 to 1024^2 columns (half a layer on Cu each);</li>
 * <li>the plain engine's lone adatoms on a bare substrate (the easiest state: the former headline);</li>
 * <li>memory per site.</li>
 * </ul>
 */
public final class KmcBench {

	/** Widths of the size scan (3D, nx = ny). */
	public static final int[] WIDTHS = { 64, 128, 256, 512, 1024 };
	/** Width of the micrometre run. */
	public static final int WIDTH = 256;
	/** Layers of 10 nm sites of the micrometre run. */
	public static final int LAYERS = 100;
	/** Height of the lone-adatom lattice in sites. */
	private static final int LONE_HEIGHT = 16;
	/** DFT binding energy of Li on Cu (M23, as the library's interfaces.cell), J. */
	private static final double CU_BINDING = -0.570 * 1.602176634e-19;
	/** Current density of the morphology example, 1 mA/cm2 in A/m2. */
	private static final double CURRENT_DENSITY = 10.0;

	private KmcBench() {
	}

	/**
	 * One timed run.
	 *
	 * @param cpuSeconds CPU time of the running thread
	 * @param sites      deposited sites
	 * @param charge     deposited charge in A s/m2
	 * @param events     events (arrivals, hops and first-passage moves)
	 * @param lattice    lattice sites
	 * @param allocated  bytes the run allocated (lattice, rate classes, observer, result), -1 when the JVM cannot tell
	 */
	public record Timing(double cpuSeconds, long sites, double charge, long events, long lattice, long allocated) {

		/** @return deposited charge per CPU second, mAh/cm2 per s (1 mAh/cm2 = 36,000 A s/m2) */
		public double chargeRate() {
			return charge / 36_000.0 / cpuSeconds;
		}

		/** @return allocated bytes per lattice site, NaN when unknown */
		public double bytesPerSite() {
			return allocated < 0 ? Double.NaN : allocated / (double) lattice;
		}

		/** @return events per CPU second */
		public double eventRate() {
			return events / cpuSeconds;
		}

		/** @return CPU ns per event */
		public double nsPerEvent() {
			return 1e9 * cpuSeconds / events;
		}

		/** @return CPU microseconds per deposited site */
		public double usPerSite() {
			return 1e6 * cpuSeconds / sites;
		}
	}

	/**
	 * The measured figures.
	 *
	 * @param micrometre    the 1 um runs, sorted by CPU time (the median is the middle one)
	 * @param example       the morphology example's Cu run, 64 x 64, four layers
	 * @param widths        widths of the scan
	 * @param byWidth       half a layer on Cu per width (null where the heap is too small)
	 * @param loneAdatoms   plain engine, lone adatoms on a bare 256 x 256 substrate
	 * @param bytesPerSite  bytes per lattice site of the per-site arrays
	 */
	public record Figures(Timing[] micrometre, Timing example, int[] widths, Timing[] byWidth, Timing loneAdatoms,
			long bytesPerSite) {

		/** @return the median 1 um run */
		public Timing median() {
			return micrometre[micrometre.length / 2];
		}

		@Override
		public String toString() {
			StringBuilder b = new StringBuilder();
			Timing m = median();
			b.append(String.format(Locale.ROOT, "kmc 1 um of Li on Cu, %dx%d, 1 mA/cm2: %.1f CPU s (median of %d), %.3g mAh/cm2"
					+ " and %.2f M events per CPU s%n", WIDTH, WIDTH, m.cpuSeconds(), micrometre.length, m.chargeRate(),
					m.eventRate() / 1e6));
			for (int i = 0; i < widths.length; i++) {
				if (byWidth[i] != null) {
					b.append(String.format(Locale.ROOT, "kmc %dx%d: %.0f ns/event, %.2f us/site%n", widths[i], widths[i],
							byWidth[i].nsPerEvent(), byWidth[i].usPerSite()));
				}
			}
			b.append(String.format(Locale.ROOT, "kmc lone adatoms, plain engine: %.2f M events per CPU s",
					loneAdatoms.eventRate() / 1e6));
			return b.toString();
		}
	}

	/** @return the figures with 3 micrometre runs */
	public static Figures run() {
		return run(3);
	}

	/**
	 * @param repetitions number of 1 um runs (seeds 1..n)
	 * @return the figures
	 */
	public static Figures run(int repetitions) {
		// warm-up: compile the hot loops of both engines
		timed(deposition(64, 2, 100), true);
		timed(lone(64, 100), false);
		Timing[] um = new Timing[repetitions];
		for (int r = 0; r < repetitions; r++) {
			um[r] = timed(deposition(WIDTH, LAYERS, r + 1), true);
		}
		Arrays.sort(um, (a, b) -> Double.compare(a.cpuSeconds(), b.cpuSeconds()));
		Timing example = timed(deposition(64, 4, 1).with3D(64, 64, 40), true);
		Timing[] byWidth = new Timing[WIDTHS.length];
		for (int i = 0; i < WIDTHS.length; i++) {
			KmcParameters p = deposition(WIDTHS[i], 0.5, 1).with3D(WIDTHS[i], WIDTHS[i], 8);
			try {
				byWidth[i] = timed(p, true);
			} catch (IllegalArgumentException tooLarge) {
				byWidth[i] = null;
			}
		}
		Timing lone = timed(lone(256, 1), false);
		return new Figures(um, example, WIDTHS.clone(), byWidth, lone, Lattice.BYTES_PER_SITE);
	}

	/**
	 * The morphology example's conditions (bare Cu, 1 mA/cm2, 10 nm sites, 298 K) on width x width columns, high
	 * enough for a porous deposit of that many layers.
	 */
	static KmcParameters deposition(int width, double layers, long seed) {
		KmcParameters d = KmcParameters.defaults();
		int nz = (int) Math.ceil(layers * 1.5) + 12;
		return d.with3D(width, width, nz).withBinding(CU_BINDING, Defaults.LI_LI_BINDING, false)
				.withCurrentDensity(CURRENT_DENSITY).withSeed(seed)
				.withBudget(Long.MAX_VALUE, layers * KmcParameters.layerCharge(d.siteSize()), Double.POSITIVE_INFINITY)
				.withOutput(4, 0);
	}

	/** Lone adatoms on a bare substrate: 64 events per column from a bare start, the charge target out of reach. */
	private static KmcParameters lone(int width, long seed) {
		KmcParameters p = KmcParameters.defaults().with3D(width, width, LONE_HEIGHT).withSeed(seed);
		return p.withBudget((long) width * width * 64, 1e12, Double.POSITIVE_INFINITY).withOutput(1, 0);
	}

	/** @return CPU time (wall clock where the JVM cannot tell) and counts of one run, lattice allocation included */
	private static Timing timed(KmcParameters p, boolean firstPassage) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean cpu = threads.isCurrentThreadCpuTimeSupported();
		long a0 = allocated(threads);
		long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
		KmcResult r = new KmcSimulation(p, firstPassage).run(null);
		long t1 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
		long a1 = allocated(threads);
		return new Timing((t1 - t0) * 1e-9, r.deposited(), r.deposited() * p.siteCharge(), r.events(), p.sites(),
				a0 < 0 || a1 < 0 ? -1 : a1 - a0);
	}

	/**
	 * @return the bytes the current thread has allocated so far, or -1 when the JVM cannot tell. A run allocates
	 *         nearly everything once, so the difference over a run is its heap footprint plus a little garbage.
	 */
	private static long allocated(ThreadMXBean threads) {
		try {
			// com.sun.management.ThreadMXBean, reached through its public interface so that no OSGi import of a
			// JDK-specific package is needed
			for (Class<?> c = threads.getClass(); c != null; c = c.getSuperclass()) {
				for (Class<?> type : c.getInterfaces()) {
					if (type.getName().equals("com.sun.management.ThreadMXBean")) {
						Method method = type.getMethod("getThreadAllocatedBytes", long.class);
						return (Long) method.invoke(threads, Thread.currentThread().getId());
					}
				}
			}
			return -1;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return -1;
		}
	}

	/**
	 * Prints the figures.
	 *
	 * @param args optional number of 1 um runs
	 */
	public static void main(String[] args) {
		System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 3));
	}
}
