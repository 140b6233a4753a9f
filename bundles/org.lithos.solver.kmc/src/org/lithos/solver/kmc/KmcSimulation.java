package org.lithos.solver.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.kmc.internal.Engine;
import org.lithos.solver.kmc.internal.Lattice;
import org.lithos.solver.kmc.internal.Observer;

/**
 * One kinetic Monte Carlo run of early Li plating (docs/physics.md, scale 2, after M23, doi:10.1002/adma.202206762);
 * see {@link KmcParameters} for the model. Plain Java, single-threaded, deterministic for a given seed; independent
 * runs may go on in parallel.
 * <p>
 * The lattice is checked against the heap before anything is allocated: a lattice that would not fit is refused
 * with an {@link IllegalArgumentException} that names the largest size that would. Li is conserved: at every
 * sample the Li sites on the lattice are recounted and must equal the ion arrivals (an
 * {@link IllegalStateException} otherwise).
 */
public final class KmcSimulation {

	/** Fraction of the maximum heap a lattice may take. */
	private static final double HEAP_FRACTION = 0.6;
	/** How many events run between cancellation checks (a few ms). */
	private static final long CHECK_EVERY = 1L << 16;

	private final KmcParameters parameters;
	private final boolean firstPassage;

	/**
	 * A run with the first-passage engine: lone adatoms on flat terraces cross a protective domain in one exact move.
	 *
	 * @param parameters the run
	 * @throws IllegalArgumentException when the lattice does not fit in the heap
	 */
	public KmcSimulation(KmcParameters parameters) {
		this(parameters, true);
	}

	/**
	 * @param parameters   the run
	 * @param firstPassage true for the first-passage engine (the default); false for the plain engine, where every
	 *                     hop is an event: the reference the first-passage engine is tested against
	 * @throws IllegalArgumentException when the lattice does not fit in the heap
	 */
	public KmcSimulation(KmcParameters parameters, boolean firstPassage) {
		this.parameters = parameters;
		this.firstPassage = firstPassage;
		checkMemory(parameters, Runtime.getRuntime().maxMemory());
	}

	/**
	 * Refuses a lattice that would not fit.
	 *
	 * @param p        parameters
	 * @param maxBytes heap available in bytes
	 * @throws IllegalArgumentException naming the largest lattice of the same width (or height) that fits
	 */
	public static void checkMemory(KmcParameters p, long maxBytes) {
		double allowed = maxBytes * HEAP_FRACTION;
		long sites = p.sites();
		double need = sites * (double) Lattice.BYTES_PER_SITE;
		if (need <= allowed && sites < Integer.MAX_VALUE - 64) {
			return;
		}
		long limitSites = (long) Math.min(allowed / Lattice.BYTES_PER_SITE, Integer.MAX_VALUE - 64.0);
		long cols = (long) p.nx() * p.ny();
		long nzFit = limitSites / cols;
		String fit;
		if (nzFit >= 3) {
			fit = p.nx() + " x " + (p.dimension() == 3 ? p.ny() + " x " : "") + nzFit;
		} else if (p.dimension() == 3) {
			long w = (long) Math.sqrt((double) limitSites / p.nz());
			fit = w + " x " + w + " x " + p.nz();
		} else {
			fit = (limitSites / p.nz()) + " x " + p.nz();
		}
		throw new IllegalArgumentException(String.format(Locale.ROOT,
				"lattice %s (%d sites) needs about %.0f MB, more than the %.0f MB this heap allows; the largest that"
						+ " fits is %s",
				p.nx() + " x " + (p.dimension() == 3 ? p.ny() + " x " : "") + p.nz(), sites, need / 1e6,
				allowed / 1e6, fit));
	}

	/** @return the parameters */
	public KmcParameters parameters() {
		return parameters;
	}

	/**
	 * Runs to the charge target or the first budget.
	 *
	 * @param monitor cancellation (checked every 65,536 events) and progress in arrivals; may be null
	 * @return the result; a budget, the time limit, a full lattice and cancellation end it early with that status
	 */
	public KmcResult run(ProgressMonitor monitor) {
		ProgressMonitor m = monitor == null ? ProgressMonitor.NULL : monitor;
		KmcParameters p = parameters;
		Lattice lattice = new Lattice(p.nx(), p.ny(), p.nz(), p.coated() ? Deposit.COATING : Deposit.COLLECTOR);
		Engine engine = new Engine(p, lattice, firstPassage);
		double siteCharge = p.siteCharge();
		Observer observer = new Observer(lattice, p.siteSize(), siteCharge);
		long target = Math.max(1, (long) Math.ceil(p.chargeTarget() / siteCharge - 1e-9));
		m.begin("kinetic Monte Carlo plating", target);

		int samples = p.samples();
		List<double[]> rows = new ArrayList<>();
		List<Deposit> deposits = new ArrayList<>();
		double[] row0 = new double[Observer.COLUMNS];
		observer.measure(0, 0, 0, row0);
		rows.add(row0);
		int nextSample = 1;
		int nextSnapshot = 1;
		KmcStatus status = null;
		long reported = 0;
		while (status == null) {
			long sampleAt = threshold(target, nextSample, samples);
			long snapAt = p.snapshots() > 0 && nextSnapshot <= p.snapshots()
					? threshold(target, nextSnapshot, p.snapshots())
					: Long.MAX_VALUE;
			long arrivalStop = Math.min(sampleAt, snapAt);
			long eventStop = Math.min(p.eventBudget(), engine.events + CHECK_EVERY);
			engine.run(arrivalStop, eventStop, p.timeLimit());
			if (engine.arrivals >= sampleAt) {
				rows.add(measure(observer, engine));
				nextSample++;
			}
			if (engine.arrivals >= snapAt) {
				deposits.add(snapshot(observer, engine, engine.time, engine.arrivals * siteCharge));
				nextSnapshot++;
			}
			if (engine.arrivals >= target) {
				status = KmcStatus.COMPLETED;
			} else if (engine.full) {
				status = KmcStatus.LATTICE_FULL;
			} else if (engine.events >= p.eventBudget()) {
				status = KmcStatus.EVENT_BUDGET;
			} else if (engine.time >= p.timeLimit()) {
				status = KmcStatus.TIME_LIMIT;
			} else if (m.isCancelled()) {
				status = KmcStatus.CANCELLED;
			}
			if (engine.arrivals > reported) {
				m.worked(engine.arrivals - reported);
				reported = engine.arrivals;
			}
		}
		double lastTime = rows.get(rows.size() - 1)[Observer.TIME];
		double lastEvents = rows.get(rows.size() - 1)[Observer.EVENTS];
		if (lastEvents != engine.events || lastTime != engine.time) {
			rows.add(measure(observer, engine));
		}
		if (status != KmcStatus.COMPLETED || deposits.isEmpty()) {
			Deposit last = deposits.isEmpty() ? null : deposits.get(deposits.size() - 1);
			if (last == null || last.time() != engine.time) {
				deposits.add(snapshot(observer, engine, engine.time, engine.arrivals * siteCharge));
			}
		}
		engine.settle();
		if (lattice.lithium != engine.arrivals) {
			throw new IllegalStateException("Li not conserved: " + lattice.lithium + " sites, " + engine.arrivals
					+ " arrivals");
		}
		return new KmcResult(status, message(status, engine, target, siteCharge), series(rows), List.copyOf(deposits),
				engine.events, engine.arrivals, lattice.lithium);
	}

	private static Deposit snapshot(Observer observer, Engine engine, double time, double charge) {
		engine.settle();
		return observer.snapshot(time, charge);
	}

	/** Measures after putting the adatoms in protective domains back where they are now: every site is seen. */
	private static double[] measure(Observer observer, Engine engine) {
		engine.settle();
		double[] row = new double[Observer.COLUMNS];
		observer.measure(engine.time, engine.events, engine.arrivals, row);
		return row;
	}

	private static long threshold(long target, int k, int n) {
		return Math.max(1, (long) Math.ceil((double) target * k / n - 1e-9));
	}

	private String message(KmcStatus status, Engine engine, long target, double siteCharge) {
		KmcParameters p = parameters;
		String done = String.format(Locale.ROOT, "%.4g of %.4g A s/m2 deposited (%d of %d sites) in %d events, %.4g s",
				engine.arrivals * siteCharge, target * siteCharge, engine.arrivals, target, engine.events, engine.time);
		return switch (status) {
		case COMPLETED -> "charge target reached: " + done;
		case EVENT_BUDGET -> "stopped at the event budget of " + p.eventBudget() + " events: " + done;
		case TIME_LIMIT -> "stopped at the time limit of " + p.timeLimit() + " s: " + done;
		case LATTICE_FULL -> "stopped: the deposit reached the top of the " + p.nz() + "-site lattice: " + done;
		case CANCELLED -> "cancelled: " + done;
		};
	}

	private static KmcSeries series(List<double[]> rows) {
		int n = rows.size();
		double[][] cols = new double[Observer.COLUMNS][n];
		for (int i = 0; i < n; i++) {
			double[] r = rows.get(i);
			for (int c = 0; c < Observer.COLUMNS; c++) {
				cols[c][i] = r[c];
			}
		}
		return new KmcSeries(cols[Observer.TIME], cols[Observer.CHARGE], cols[Observer.COVERAGE], cols[Observer.MEAN],
				cols[Observer.TIP], cols[Observer.RMS], cols[Observer.PARTICLES], cols[Observer.SIZE],
				cols[Observer.POROSITY], cols[Observer.EVENTS]);
	}
}
