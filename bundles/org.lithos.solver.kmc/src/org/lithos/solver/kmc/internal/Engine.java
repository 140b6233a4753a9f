package org.lithos.solver.kmc.internal;

import java.util.SplittableRandom;

import org.lithos.solver.kmc.KmcParameters;

/**
 * The stepping of the kinetic Monte Carlo model: rejection-free event selection over the arrival event and the
 * hop rate classes ({@link RateClasses}), dt = -ln(r) / k_total, and the local rate updates after each event.
 * <p>
 * A Li site is <i>mobile</i> unless it carries Li on top (buried) or a Li neighbour would be left without any
 * occupied neighbour (no floating Li).
 * Its destinations: an empty face neighbour that has another occupied neighbour (so a hop may climb walls and
 * build overhangs); over an edge, the empty site below an unsupported lateral neighbour (descent); and the empty
 * site on top of a Li lateral neighbour (ascent). A move onto the substrate plane counts with weight min(1,
 * k_sub/k_LiLi) and one off it with min(1, k_LiLi/k_sub), the adsorption preference of the arrivals, so Li leaves
 * a lithiophobic substrate for Li and stays on a lithiophilic one. Its rate is
 * (sum of destination weights) x k(E), E from {@link KmcParameters#hopBarrier(int, boolean)}: on a weakly binding
 * substrate (Cu) an edge atom with one Li bond stays mobile and Li gathers on Li (3D islands), while on a strongly
 * binding one (Li2Te) it is fixed. Everything a site's rate reads lies within Manhattan distance 2 of it, so
 * after an occupancy change the sites within distance 2 are refreshed (25 in 3D, 13 in 2D).
 */
public final class Engine {

	/** Destinations of one site: 0..6. */
	private static final int DEST_STATES = 7;

	private final Lattice lattice;
	private final RateClasses classes;
	private final SplittableRandom random;
	private final int ncols;
	private final int nz;
	private final int nlat;
	private final int[] latCol;
	private final byte[] cell;
	private final int maxBonds;
	/** Candidate columns and weights of an arrival (self plus lateral neighbours). */
	private final int[] candidates;
	private final double[] weights;
	private final double subWeight;
	private final double liWeight;
	private final double arrivalTotal;
	/**
	 * Weight of a move that changes substrate contact, by the mover's height: [0] leaving the substrate plane
	 * (z = 1 to 2) min(1, k_LiLi/k_sub), [1] descending onto it (z = 2 to 1) min(1, k_sub/k_LiLi), [2] none.
	 */
	private final double[] special = new double[3];
	private final int[] dest = new int[8];
	private final int[] destX = new int[8];
	private final int[] destY = new int[8];
	private final int[] destZ = new int[8];
	private final int[] destKind = new int[8];
	private final int nx;
	private final int ny;
	/** Index distance of a y step (the lattice is stored column by column, z fastest). */
	private final int rowStride;
	private final double invNx;
	private final double invNz;

	/** Simulated time in s. */
	public double time;
	/** Events executed. */
	public long events;
	/** Ions (sites) arrived. */
	public long arrivals;
	/** Whether Li has reached the top plane of the lattice. */
	public boolean full;

	/**
	 * @param p       parameters
	 * @param lattice a fresh lattice of the parameters' size
	 */
	public Engine(KmcParameters p, Lattice lattice) {
		this.lattice = lattice;
		this.cell = lattice.cell;
		this.ncols = lattice.ncols;
		this.nz = lattice.nz;
		this.nlat = lattice.nlat;
		this.latCol = lattice.latCol;
		this.nx = lattice.nx;
		this.ny = lattice.ny;
		this.rowStride = lattice.nx * lattice.nz;
		this.invNx = 1.0 / lattice.nx;
		this.invNz = 1.0 / lattice.nz;
		this.random = new SplittableRandom(p.seed());
		this.maxBonds = nlat + 1;
		int levels = 3 * (maxBonds + 1);
		double ratio = p.adsorptionRatio();
		// a move onto the substrate plane is a re-adsorption on the substrate, one off it an adsorption on Li:
		// weighted like the arrival choice, so that Li leaves a lithiophobic substrate for Li and stays on a
		// lithiophilic one
		special[0] = Math.min(1.0, 1.0 / ratio);
		special[1] = Math.min(1.0, ratio);
		special[2] = 1.0;
		double[] rates = new double[levels * DEST_STATES * DEST_STATES];
		for (int level = 0; level < levels; level++) {
			int zk = level / (maxBonds + 1);
			int nb = level % (maxBonds + 1);
			double barrier = p.hopBarrier(nb, zk == 0);
			double k = p.hopRate(barrier);
			for (int normal = 0; normal < DEST_STATES; normal++) {
				for (int sp = 0; sp < DEST_STATES; sp++) {
					rates[(level * DEST_STATES + normal) * DEST_STATES + sp] = k * (normal + special[zk] * sp);
				}
			}
		}
		this.classes = new RateClasses(rates, cell.length);
		this.candidates = new int[nlat + 1];
		this.weights = new double[nlat + 1];
		// Only the ratio matters for the choice; scaling k_LiLi to 1 keeps both finite for extreme ratios.
		this.subWeight = ratio > 1 ? 1.0 : ratio;
		this.liWeight = ratio > 1 ? 1.0 / ratio : 1.0;
		this.arrivalTotal = p.arrivalRate() * ncols;
	}

	/** @return the lattice */
	public Lattice lattice() {
		return lattice;
	}

	/** @return the current total hop rate in 1/s */
	public double hopRate() {
		return classes.total;
	}

	/**
	 * Executes events until {@code arrivals} reaches {@code arrivalLimit}, {@code events} reaches
	 * {@code eventLimit}, the time passes {@code timeLimit} or the lattice is full, whichever comes first.
	 *
	 * @param arrivalLimit stop after this many arrivals
	 * @param eventLimit   stop after this many events
	 * @param timeLimit    stop at this time in s; the event that would cross it is not executed
	 */
	public void run(long arrivalLimit, long eventLimit, double timeLimit) {
		SplittableRandom rng = random;
		RateClasses rc = classes;
		while (arrivals < arrivalLimit && events < eventLimit && !full) {
			if ((events & 1023) == 0) {
				rc.resum();
			}
			double hop = rc.total > 0 ? rc.total : 0;
			double total = arrivalTotal + hop;
			// dt = -ln(r) / k_total, drawn with the ziggurat exponential of RandomGenerator (same law, faster than log)
			double dt = rng.nextExponential() / total;
			if (time + dt > timeLimit) {
				time = timeLimit;
				return;
			}
			time += dt;
			events++;
			double u = rng.nextDouble() * total;
			if (u < arrivalTotal || hop == 0) {
				arrive(rng);
			} else {
				int s = rc.pick(u - arrivalTotal);
				if (s < 0) {
					arrive(rng);
				} else {
					hop(s, rng);
				}
			}
		}
	}

	private void arrive(SplittableRandom rng) {
		int c = rng.nextInt(ncols);
		int[] top = lattice.top;
		int n = 0;
		double sum = 0;
		candidates[n] = c;
		sum += top[c] == 0 ? subWeight : liWeight;
		weights[n++] = sum;
		for (int k = 0, o = 0; k < nlat; k++, o += ncols) {
			int q = latCol[o + c];
			candidates[n] = q;
			sum += top[q] == 0 ? subWeight : liWeight;
			weights[n++] = sum;
		}
		double u = rng.nextDouble() * sum;
		int chosen = candidates[n - 1];
		for (int i = 0; i < n; i++) {
			if (u < weights[i]) {
				chosen = candidates[i];
				break;
			}
		}
		int z = top[chosen] + 1;
		int y = div(chosen, nx, invNx);
		int x = chosen - y * nx;
		arrivals++;
		lattice.place(chosen * nz + z, chosen, x, y, z, (float) time);
		if (z == nz - 1) {
			full = true;
		}
		refreshBall(chosen, x, y, z);
	}

	private void hop(int s, SplittableRandom rng) {
		int c = div(s, nz, invNz);
		int z = s - c * nz;
		int y = div(c, nx, invNx);
		int x = c - y * nx;
		int n = collect(s, x, y, z);
		double f = special[z == 1 ? 0 : z == 2 ? 1 : 2];
		double w = 0;
		for (int i = 0; i < n; i++) {
			w += destKind[i] == 0 ? 1.0 : f;
		}
		double u = rng.nextDouble() * w;
		int i = n - 1;
		for (int j = 0; j < n; j++) {
			u -= destKind[j] == 0 ? 1.0 : f;
			if (u < 0) {
				i = j;
				break;
			}
		}
		int d = dest[i];
		int dx = destX[i];
		int dy = destY[i];
		int dz = destZ[i];
		boolean alone = z == 1 && alone(s, x, y);
		classes.set(s, -1);
		int dc = dy * nx + dx;
		float t = lattice.clear(s, c, x, y, z);
		lattice.place(d, dc, dx, dy, dz, t);
		if (dz == nz - 1) {
			full = true;
		}
		if (alone && dz == 1 && alone(d, dx, dy)) {
			// no other Li within distance 2 of either end: only the mover's own class can change
			classes.set(d, classify(d, dx, dy, 1));
		} else {
			refreshBall(c, x, y, z);
			refreshBall(dc, dx, dy, dz);
		}
	}

	/**
	 * Whether the Li adatom at s = (x, y, 1) on the substrate has no other Li within Manhattan distance 2: every
	 * lateral neighbour is empty with just the substrate and the adatom as occupied neighbours, and the site above
	 * has just the adatom. (Any Li at distance 2 would be a neighbour of one of these and raise its count.)
	 */
	private boolean alone(int s, int x, int y) {
		if (nz > 2 && cell[s + 1] != Lattice.ONE) {
			return false;
		}
		int lone = 2 * Lattice.ONE; // empty, substrate below and the adatom beside
		if (cell[s + east(x)] != lone || cell[s + west(x)] != lone) {
			return false;
		}
		return nlat == 2 || cell[s + north(y)] == lone && cell[s + south(y)] == lone;
	}

	// Lateral neighbours by arithmetic with periodic wrap: no table look-ups in the hot loop.

	private int east(int x) {
		return x == nx - 1 ? (1 - nx) * nz : nz;
	}

	private int west(int x) {
		return x == 0 ? (nx - 1) * nz : -nz;
	}

	private int north(int y) {
		return y == ny - 1 ? (1 - ny) * rowStride : rowStride;
	}

	private int south(int y) {
		return y == 0 ? (ny - 1) * rowStride : -rowStride;
	}

	/**
	 * a / b for 0 <= a < 2^31 by a multiplication with the precomputed 1/b and one correction step: exact, and
	 * several times cheaper than an integer division, of which a hop needs two.
	 */
	private static int div(int a, int b, double inv) {
		int q = (int) (a * inv);
		if (q * b > a) {
			q--;
		} else if ((q + 1) * b <= a) {
			q++;
		}
		return q;
	}

	private static int wrap(int v, int n) {
		return v < 0 ? v + n : v >= n ? v - n : v;
	}

	/**
	 * Lists the destinations of the Li site s in {@link #dest} (fixed order: below, above, +x, -x, +y, -y, so picks
	 * are deterministic) with {@link #destKind} 1 for a move onto or off the substrate plane. Same rules as
	 * {@link #classify}; called once per hop.
	 *
	 * @return the number of destinations
	 */
	private int collect(int s, int x, int y, int z) {
		int n = 0;
		int bb = cell[s - 1];
		boolean supported = (bb & 3) != Lattice.EMPTY;
		if (!supported && (bb >> 2) >= 2) {
			n = add(n, s - 1, x, y, z - 1, z == 2 ? 1 : 0);
		}
		boolean roof = z + 1 < nz;
		if (roof && (cell[s + 1] >> 2) >= 2) {
			// above is empty (the site is mobile), so only its count decides
			n = add(n, s + 1, x, y, z + 1, z == 1 ? 1 : 0);
		}
		n = side(n, s + east(x), wrap(x + 1, nx), y, z, supported, roof);
		n = side(n, s + west(x), wrap(x - 1, nx), y, z, supported, roof);
		if (nlat == 4) {
			n = side(n, s + north(y), x, wrap(y + 1, ny), z, supported, roof);
			n = side(n, s + south(y), x, wrap(y - 1, ny), z, supported, roof);
		}
		return n;
	}

	private int side(int n, int sn, int x, int y, int z, boolean supported, boolean roof) {
		int bn = cell[sn];
		if ((bn & 3) != Lattice.EMPTY) {
			if ((bn & 3) == Lattice.LI && roof && (cell[sn + 1] & 3) == Lattice.EMPTY) {
				return add(n, sn + 1, x, y, z + 1, z == 1 ? 1 : 0);
			}
			return n;
		}
		if ((bn >> 2) >= 2) {
			return add(n, sn, x, y, z, 0);
		}
		if (supported && (cell[sn - 1] & 3) == Lattice.EMPTY) {
			return add(n, sn - 1, x, y, z - 1, z == 2 ? 1 : 0);
		}
		return n;
	}

	private int add(int n, int d, int x, int y, int z, int kind) {
		dest[n] = d;
		destX[n] = x;
		destY[n] = y;
		destZ[n] = z;
		destKind[n] = kind;
		return n + 1;
	}

	private static final int NORMAL = 1;
	private static final int SPECIAL = 1 << 4;
	private static final int BOND = 1 << 8;

	/**
	 * The rate class of the Li site s, or -1 when it may not move: counts its destinations (normal and
	 * substrate-changing) and bonds with the rules of {@link #collect}, without lists, as this runs ~50 times per
	 * event.
	 */
	private int classify(int s, int x, int y, int z) {
		int acc = 0;
		int bb = cell[s - 1];
		boolean supported = (bb & 3) != Lattice.EMPTY;
		if (!supported) {
			if ((bb >> 2) >= 2) {
				acc += z == 2 ? SPECIAL : NORMAL;
			}
		} else if ((bb & 3) == Lattice.LI && (bb >> 2) == 1) {
			return -1;
		}
		boolean roof = z + 1 < nz;
		if (roof) {
			int ba = cell[s + 1];
			if ((ba & 3) != Lattice.EMPTY) {
				// a buried site (Li on top) does not move: supports stay, so the deposit stays attached
				return -1;
			}
			if ((ba >> 2) >= 2) {
				acc += z == 1 ? SPECIAL : NORMAL;
			}
		}
		int r = count(s + east(x), z, supported, roof);
		if (r < 0) {
			return -1;
		}
		acc += r;
		r = count(s + west(x), z, supported, roof);
		if (r < 0) {
			return -1;
		}
		acc += r;
		if (nlat == 4) {
			r = count(s + north(y), z, supported, roof);
			if (r < 0) {
				return -1;
			}
			acc += r;
			r = count(s + south(y), z, supported, roof);
			if (r < 0) {
				return -1;
			}
			acc += r;
		}
		int normal = acc & 15;
		int specials = (acc >> 4) & 15;
		if (normal + specials == 0) {
			return -1;
		}
		int zk = z == 1 ? 0 : z == 2 ? 1 : 2;
		int level = zk * (maxBonds + 1) + (acc >> 8);
		return (level * DEST_STATES + normal) * DEST_STATES + specials;
	}

	private int count(int sn, int z, boolean supported, boolean roof) {
		int bn = cell[sn];
		if ((bn & 3) != Lattice.EMPTY) {
			if ((bn & 3) == Lattice.LI) {
				if ((bn >> 2) == 1) {
					return -1;
				}
				if (roof && (cell[sn + 1] & 3) == Lattice.EMPTY) {
					return BOND + (z == 1 ? SPECIAL : NORMAL);
				}
			}
			return BOND;
		}
		if ((bn >> 2) >= 2) {
			return NORMAL;
		}
		if (supported && (cell[sn - 1] & 3) == Lattice.EMPTY) {
			return z == 2 ? SPECIAL : NORMAL;
		}
		return 0;
	}

	/** Recomputes the rate class of site s = (x, y, z). Empty sites are never in a class (removed when emptied). */
	private void refresh(int s, int x, int y, int z) {
		if ((cell[s] & 3) == Lattice.LI) {
			classes.set(s, classify(s, x, y, z));
		}
	}

	private void refreshColumn(int s, int x, int y, int z, int reach) {
		int lo = z - reach < 1 ? 1 : z - reach;
		int hi = z + reach >= nz ? nz - 1 : z + reach;
		for (int zz = lo, ss = s + lo - z; zz <= hi; zz++, ss++) {
			refresh(ss, x, y, zz);
		}
	}

	/** Refreshes every site within Manhattan distance 2 of (c, z) = (x, y, z). */
	private void refreshBall(int c, int x, int y, int z) {
		int s = c * nz + z;
		refreshColumn(s, x, y, z, 2);
		int xe = wrap(x + 1, nx);
		int xw = wrap(x - 1, nx);
		int se = s + east(x);
		int sw = s + west(x);
		refreshColumn(se, xe, y, z, 1);
		refreshColumn(sw, xw, y, z, 1);
		refresh(se + east(xe), wrap(x + 2, nx), y, z);
		refresh(sw + west(xw), wrap(x - 2, nx), y, z);
		if (nlat == 4) {
			int yn = wrap(y + 1, ny);
			int ys = wrap(y - 1, ny);
			int dn = north(y);
			int ds = south(y);
			refreshColumn(s + dn, x, yn, z, 1);
			refreshColumn(s + ds, x, ys, z, 1);
			refresh(s + dn + north(yn), x, wrap(y + 2, ny), z);
			refresh(s + ds + south(ys), x, wrap(y - 2, ny), z);
			refresh(se + dn, xe, yn, z);
			refresh(se + ds, xe, ys, z);
			refresh(sw + dn, xw, yn, z);
			refresh(sw + ds, xw, ys, z);
		}
	}

	/**
	 * Recomputes the class of every site and compares it with the bookkeeping, and the total rate with the sum
	 * over the classes (a test of the local updates; O(sites)).
	 *
	 * @throws IllegalStateException at the first difference
	 */
	public void checkConsistency() {
		for (int c = 0; c < ncols; c++) {
			int y = c / nx;
			int x = c - y * nx;
			for (int z = 1; z < nz; z++) {
				int s = c * nz + z;
				int expected = (cell[s] & 3) == Lattice.LI ? classify(s, x, y, z) : -1;
				int actual = classes.classOf[s] - 1;
				if (expected != actual) {
					throw new IllegalStateException("site (" + x + ", " + y + ", " + z + ") is in rate class " + actual
							+ " but should be in " + expected + " after " + events + " events");
				}
			}
		}
		double total = classes.total;
		classes.resum();
		if (Math.abs(total - classes.total) > 1e-9 * Math.max(1.0, classes.total)) {
			throw new IllegalStateException("total hop rate drifted: " + total + " vs " + classes.total);
		}
	}
}
