package org.lithos.solver.kmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed of the kinetic Monte Carlo engine, for {@code lithos bench}: events per second on one core (median of
 * several runs after warm-up) on a 3D 256 x 256 lattice with surface diffusion on (default parameters: Li on Li,
 * 10 nm sites, 1 mA/cm2, where hops outnumber arrivals by orders of magnitude; from a bare start this is the
 * early-plating regime of lone adatoms wandering the substrate), the same for widths 64 to 1024 (the cost per
 * event should stay flat: the bookkeeping is O(1) per event), a crowded run to two dense monolayers (hops on and
 * beside Li, each reclassifying its neighbourhood), and the throughput of independent runs on all cores.
 */
public final class KmcBench {

	/** Widths of the size scan (3D, nx = ny). */
	public static final int[] WIDTHS = { 64, 128, 256, 512, 1024 };
	/** Height of the benchmark lattices in sites. */
	public static final int HEIGHT = 16;

	private KmcBench() {
	}

	/**
	 * The measured figures.
	 *
	 * @param eventsPerSecond          single-core events/s on 256 x 256 x {@value #HEIGHT}, median, wall clock
	 * @param eventsPerCpuSecond       the same per CPU second of the running thread (what one idle core would do,
	 *                                 also on a busy machine)
	 * @param widths                   lattice widths of the scan
	 * @param eventsPerSecondByWidth   single-core events/s per width, median (NaN where the heap is too small)
	 * @param threads                  threads of the parallel measurement
	 * @param parallelEventsPerSecond  total events/s of {@code threads} independent 256 x 256 runs
	 * @param eventsPerRun             events of each timed 256 x 256 run
	 * @param crowdedEventsPerSecond   single-core events/s of 64 x 64 x 16 runs to two dense monolayers, where most
	 *                                 hops are on or beside Li (median of 3, wall clock)
	 */
	public record Figures(double eventsPerSecond, double eventsPerCpuSecond, int[] widths, double[] eventsPerSecondByWidth, int threads,
			double parallelEventsPerSecond, long eventsPerRun, double crowdedEventsPerSecond) {

		@Override
		public String toString() {
			StringBuilder b = new StringBuilder();
			b.append(String.format(java.util.Locale.ROOT,
					"kmc 256x256x%d 3D, one core: %.2f M events/s (median, wall clock), %.2f M per CPU second%n",
					HEIGHT, eventsPerSecond / 1e6, eventsPerCpuSecond / 1e6));
			for (int i = 0; i < widths.length; i++) {
				b.append(String.format(java.util.Locale.ROOT, "kmc %dx%d: %.2f M events/s%n", widths[i], widths[i],
						eventsPerSecondByWidth[i] / 1e6));
			}
			b.append(String.format(java.util.Locale.ROOT, "kmc 64x64x16 to 2 dense layers (crowded), one core: %.2f M events/s%n",
					crowdedEventsPerSecond / 1e6));
			b.append(String.format(java.util.Locale.ROOT, "kmc %d independent runs on %d threads: %.2f M events/s",
					threads, threads, parallelEventsPerSecond / 1e6));
			return b.toString();
		}
	}

	/** @return the figures: 64 events per column per timed run, medians of 5 runs (3 at 512, 1 at 1024) */
	public static Figures run() {
		return run(64);
	}

	/**
	 * Every timed run starts from a bare substrate and executes the same number of events per substrate column, so
	 * the lattices of the scan are compared in the same state of growth (the cost of an event depends on how crowded
	 * its neighbourhood is, not on the lattice size).
	 *
	 * @param eventsPerColumn events of each timed run per substrate column
	 * @return the figures
	 */
	public static Figures run(int eventsPerColumn) {
		// warm-up: compile the hot loop
		for (int i = 0; i < 3; i++) {
			timed(parameters(256, i + 100, 256L * 256 * eventsPerColumn), false);
		}
		double[] byWidth = new double[WIDTHS.length];
		double single = Double.NaN;
		for (int i = 0; i < WIDTHS.length; i++) {
			int w = WIDTHS[i];
			int repetitions = w <= 256 ? 5 : w == 512 ? 3 : 1;
			byWidth[i] = median(w, (long) w * w * eventsPerColumn, repetitions, false);
			if (w == 256) {
				single = byWidth[i];
			}
		}
		double cpu = median(256, 256L * 256 * eventsPerColumn, 5, true);
		int threads = Runtime.getRuntime().availableProcessors();
		double parallel = parallel(threads, 256L * 256 * eventsPerColumn);
		double[] crowded = new double[3];
		for (int r = 0; r < crowded.length; r++) {
			KmcParameters p = KmcParameters.defaults().with3D(64, 64, HEIGHT).withSeed(r + 1).withOutput(1, 0);
			crowded[r] = timed(p.withBudget(Long.MAX_VALUE, 2 * KmcParameters.layerCharge(p.siteSize()),
					Double.POSITIVE_INFINITY), false);
		}
		Arrays.sort(crowded);
		return new Figures(single, cpu, WIDTHS.clone(), byWidth, threads, parallel, 256L * 256 * eventsPerColumn,
				crowded[1]);
	}

	private static KmcParameters parameters(int width, long seed, long events) {
		KmcParameters p = KmcParameters.defaults().with3D(width, width, HEIGHT).withSeed(seed);
		// Li on Li with the default diffusion: one adatom makes ~1e3 hops per arrival on this lattice
		// a charge target out of reach so that the event budget ends every run; few samples
		return p.withBudget(events, 1e12, Double.POSITIVE_INFINITY).withOutput(1, 0);
	}

	private static double median(int width, long events, int repetitions, boolean cpu) {
		double[] rates = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			try {
				rates[r] = timed(parameters(width, r + 1, events), cpu);
			} catch (IllegalArgumentException tooLarge) {
				return Double.NaN;
			}
		}
		Arrays.sort(rates);
		return rates[repetitions / 2];
	}

	/**
	 * @param cpu whether to divide by the thread's CPU time instead of the wall-clock time
	 * @return events/s of one run, lattice allocation included (a few ms)
	 */
	private static double timed(KmcParameters p, boolean cpu) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		boolean useCpu = cpu && threads.isCurrentThreadCpuTimeSupported();
		long t0 = useCpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
		KmcResult r = new KmcSimulation(p).run(null);
		long t1 = useCpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
		return r.events() / ((t1 - t0) * 1e-9);
	}

	private static double parallel(int threads, long events) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<KmcResult>> futures = new ArrayList<>();
			long t0 = System.nanoTime();
			for (int i = 0; i < threads; i++) {
				KmcParameters p = parameters(256, 1000 + i, events);
				futures.add(pool.submit(() -> new KmcSimulation(p).run(null)));
			}
			long total = 0;
			for (Future<KmcResult> f : futures) {
				total += f.get().events();
			}
			return total / ((System.nanoTime() - t0) * 1e-9);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Double.NaN;
		} catch (ExecutionException e) {
			throw new IllegalStateException("benchmark run failed", e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Prints the figures.
	 *
	 * @param args ignored
	 */
	public static void main(String[] args) {
		System.out.println(run());
	}
}
