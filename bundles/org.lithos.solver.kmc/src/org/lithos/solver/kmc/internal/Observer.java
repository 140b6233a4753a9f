package org.lithos.solver.kmc.internal;

import java.util.Arrays;

import org.lithos.solver.kmc.Deposit;

/**
 * Measures the deposit: coverage, heights, roughness, porosity and the connected Li clusters (face neighbours,
 * periodic in x and y), and takes {@link Deposit} snapshots. Every measurement recounts the Li sites and fails
 * when they differ from the arrivals (Li conservation).
 * <p>
 * The two fractions a reader compares with cryo-FIB and tomography images are defined on the lattice so:
 * <ul>
 * <li><b>Coverage</b> (the collector contact fraction): substrate sites with Li directly on them (z = 1 occupied) over
 * all substrate sites. Li that rests on other Li above a void does not count: it does not touch the collector.</li>
 * <li><b>Porosity</b>: empty (electrolyte) sites below the deposit surface over all sites below it, the surface being
 * each column's topmost Li site (per-column top, z = 1..top). That is what a tomogram or a cryo-FIB cross-section
 * segments as pores: every non-Li voxel between the collector and the deposit's upper surface, whether the pore is
 * sealed or open to the electrolyte at the side (under an overhang), and nothing above the surface (the valleys
 * between protrusions are electrolyte, not pores). A bare column adds nothing to either count.</li>
 * </ul>
 */
public final class Observer {

	/** Columns of a measurement row. */
	public static final int TIME = 0, CHARGE = 1, COVERAGE = 2, MEAN = 3, TIP = 4, RMS = 5, PARTICLES = 6, SIZE = 7,
			POROSITY = 8, EVENTS = 9, COLUMNS = 10;

	private final Lattice lattice;
	private final double siteSize;
	private final double siteCharge;
	private final long[] visited;
	private final int[] columnStamp;
	private int[] queue = new int[1024];

	/**
	 * @param lattice    the lattice observed
	 * @param siteSize   site edge in m
	 * @param siteCharge charge of one Li site per lattice area in A s/m2
	 */
	public Observer(Lattice lattice, double siteSize, double siteCharge) {
		this.lattice = lattice;
		this.siteSize = siteSize;
		this.siteCharge = siteCharge;
		this.visited = new long[(lattice.cell.length + 63) >>> 6];
		this.columnStamp = new int[lattice.ncols];
	}

	/**
	 * @param time     simulated time in s
	 * @param events   events executed
	 * @param arrivals ions arrived
	 * @param row      receives the {@link #COLUMNS} values
	 * @throws IllegalStateException when the deposited Li differs from the arrivals
	 */
	public void measure(double time, long events, long arrivals, double[] row) {
		Lattice l = lattice;
		int ncols = l.ncols;
		int[] top = l.top;
		byte[] cell = l.cell;
		long sum = 0;
		int max = 0;
		long covered = 0;
		for (int c = 0; c < ncols; c++) {
			int h = top[c];
			sum += h;
			if (h > max) {
				max = h;
			}
			if ((cell[ncols + c] & 3) == Lattice.LI) {
				covered++;
			}
		}
		double mean = (double) sum / ncols;
		double var = 0;
		for (int c = 0; c < ncols; c++) {
			double d = top[c] - mean;
			var += d * d;
		}
		long counted = clusters(max, row);
		if (counted != arrivals || l.lithium != arrivals) {
			throw new IllegalStateException("Li not conserved: " + counted + " Li sites on the lattice (counter "
					+ l.lithium + ") but " + arrivals + " arrivals");
		}
		row[TIME] = time;
		row[CHARGE] = arrivals * siteCharge;
		row[COVERAGE] = (double) covered / ncols;
		row[MEAN] = mean * siteSize;
		row[TIP] = max * siteSize;
		row[RMS] = Math.sqrt(var / ncols) * siteSize;
		// sum is the number of sites at z = 1..top over all columns, counted is the Li among them (nothing lies
		// above a column's top): the rest are the pores below the per-column surface
		row[POROSITY] = sum == 0 ? 0.0 : (double) (sum - counted) / sum;
		row[EVENTS] = events;
	}

	/** Labels the clusters below z = maxZ; fills PARTICLES and SIZE; returns the Li sites counted. */
	private long clusters(int maxZ, double[] row) {
		Lattice l = lattice;
		int ncols = l.ncols;
		int nlat = l.nlat;
		int[] latCol = l.latCol;
		byte[] cell = l.cell;
		int nz = l.nz;
		int plane = l.plane;
		Arrays.fill(visited, 0L);
		Arrays.fill(columnStamp, 0);
		long lithium = 0;
		int count = 0;
		double sizeSum = 0;
		boolean threeD = nlat == 4;
		// the planes z = 1..maxZ: nothing lies above the highest column top
		int end = (int) Math.min(cell.length, (long) (maxZ + 1) * plane);
		for (int s0 = plane; s0 < end; s0++) {
			if ((cell[s0] & 3) != Lattice.LI || (visited[s0 >>> 6] & (1L << s0)) != 0) {
				continue;
			}
			count++;
			int columns = 0;
			int head = 0;
			int tail = 0;
			visited[s0 >>> 6] |= 1L << s0;
			queue[tail++] = s0;
			while (head < tail) {
				int s = queue[head++];
				lithium++;
				int z = s / plane;
				int c = s - z * plane;
				if (columnStamp[c] != count) {
					columnStamp[c] = count;
					columns++;
				}
				for (int k = -2; k < nlat; k++) {
					int t;
					if (k == -2) {
						t = s - plane;
					} else if (k == -1) {
						t = z + 1 < nz ? s + plane : -1;
					} else {
						t = z * plane + latCol[k * ncols + c];
					}
					if (t < 0 || (cell[t] & 3) != Lattice.LI || (visited[t >>> 6] & (1L << t)) != 0) {
						continue;
					}
					visited[t >>> 6] |= 1L << t;
					if (tail == queue.length) {
						queue = Arrays.copyOf(queue, tail * 2);
					}
					queue[tail++] = t;
				}
			}
			double area = columns * siteSize * siteSize;
			sizeSum += threeD ? 2.0 * Math.sqrt(area / Math.PI) : columns * siteSize;
		}
		row[PARTICLES] = count;
		row[SIZE] = count == 0 ? 0.0 : sizeSum / count;
		return lithium;
	}

	/**
	 * @param time   simulated time in s
	 * @param charge deposited charge in A s/m2
	 * @return a snapshot of the deposit, with its sections through a typical and through the tallest column
	 */
	public Deposit snapshot(double time, double charge) {
		Lattice l = lattice;
		int ncols = l.ncols;
		int[] heights = l.top.clone();
		byte[] top = new byte[ncols];
		for (int c = 0; c < ncols; c++) {
			top[c] = (byte) (l.cell[heights[c] * ncols + c] & 3);
		}
		int[] sorted = heights.clone();
		Arrays.sort(sorted);
		// the upper median: always the height of some column
		int typical = nearestCentre(heights, sorted[ncols / 2]);
		int tallest = nearestCentre(heights, sorted[ncols - 1]);
		return new Deposit(l.nx, l.ny, l.nz, siteSize, section(typical), section(tallest), heights, top, time,
				charge);
	}

	/**
	 * The column of the given height nearest the lattice centre (nx / 2, ny / 2), the first in storage order among
	 * equally near ones: a deterministic choice that keeps a uniform deposit's cut where it always was, at y = ny / 2.
	 */
	int nearestCentre(int[] heights, int height) {
		Lattice l = lattice;
		int best = -1;
		long bestDistance = Long.MAX_VALUE;
		for (int c = 0; c < l.ncols; c++) {
			if (heights[c] != height) {
				continue;
			}
			long dx = c % l.nx - l.nx / 2;
			long dy = c / l.nx - l.ny / 2;
			long distance = dx * dx + dy * dy;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = c;
			}
		}
		return best;
	}

	/** The row of column c along x. */
	private Deposit.Section section(int c) {
		Lattice l = lattice;
		int nx = l.nx;
		int y = c / nx;
		byte[] codes = new byte[nx * l.nz];
		float[] times = new float[nx * l.nz];
		for (int z = 0; z < l.nz; z++) {
			for (int x = 0; x < nx; x++) {
				int s = l.site(x, y, z);
				int code = l.cell[s] & 3;
				codes[z * nx + x] = (byte) code;
				times[z * nx + x] = code == Lattice.LI ? l.time[s] : Float.NaN;
			}
		}
		return new Deposit.Section(c % nx, y, codes, times);
	}
}
