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
 * <p>
 * With first passage on, a lone adatom on a flat terrace leaves the event list for a protective domain
 * ({@link Domains}): its exit is a scheduled event between the BKL events, and events near it first put it back
 * (see {@link #guardedHop}).
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
	/** Index distance of a z step (the lattice is stored plane by plane, x fastest). */
	private final int up;
	private final double invNx;
	private final double invNcols;

	/** Simulated time in s. */
	public double time;
	/** Events executed. */
	public long events;
	/** Ions (sites) arrived. */
	public long arrivals;
	/** Whether Li has reached the top plane of the lattice. */
	public boolean full;
	/** First-passage moves executed (each counted in {@link #events} too). */
	public long jumps;
	/** Adatoms put back into their domain before leaving it, because another event came near. */
	public long resolutions;

	/** Protective domains of lone adatoms; null in the plain engine. */
	private final Domains domains;
	/** Hop rate of a lone adatom to one lateral neighbour, 1/s. */
	private final double walkRate;
	private int nextWalker = -1;
	private double nextExit = Double.POSITIVE_INFINITY;
	/** Adatoms resolved during the current event, to be given a new domain after it. */
	private int[] retry = new int[16];
	private int retries;
	/** Site, x, y and z where the last hop ended. */
	private int lastSite;
	private int lastX;
	private int lastY;
	private int lastZ;

	/**
	 * @param p       parameters
	 * @param lattice a fresh lattice of the parameters' size
	 */
	public Engine(KmcParameters p, Lattice lattice) {
		this(p, lattice, false);
	}

	/**
	 * @param p            parameters
	 * @param lattice      a fresh lattice of the parameters' size
	 * @param firstPassage whether lone adatoms on flat terraces cross their protective domain in one first-passage
	 *                     move ({@link Domains}) instead of hop by hop; the statistics are the same
	 */
	public Engine(KmcParameters p, Lattice lattice, boolean firstPassage) {
		this.lattice = lattice;
		this.cell = lattice.cell;
		this.ncols = lattice.ncols;
		this.nz = lattice.nz;
		this.nlat = lattice.nlat;
		this.latCol = lattice.latCol;
		this.nx = lattice.nx;
		this.ny = lattice.ny;
		this.up = lattice.plane;
		this.invNx = 1.0 / lattice.nx;
		this.invNcols = 1.0 / lattice.ncols;
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
		this.domains = firstPassage ? new Domains(lattice) : null;
		// a lone adatom: no bond, barrier E_a on the substrate and on Li alike
		this.walkRate = p.hopRate(p.hopBarrier(0, true));
	}

	/** @return the lattice */
	public Lattice lattice() {
		return lattice;
	}

	/** @return the adatoms in protective domains, off the lattice until {@link #settle()} */
	public int walkers() {
		return domains == null ? 0 : domains.count;
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
			if (nextExit < time + dt) {
				// an adatom leaves its domain before the next event; the other events are a Poisson process, so the
				// drawn dt is forgotten and redrawn from the exit on (memoryless)
				if (nextExit > timeLimit) {
					time = timeLimit;
					return;
				}
				time = nextExit;
				events++;
				jumps++;
				leave(nextWalker, rng);
				continue;
			}
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
				} else if (domains == null) {
					hop(s, rng);
				} else {
					guardedHop(s, rng);
				}
			}
		}
	}

	/**
	 * A hop in the first-passage engine. When the site's column or a lateral neighbour column belongs to a domain
	 * guard, the adatom of that domain could see the hop (everything a hop reads or changes lies in these columns),
	 * so it is put back first. Its absence can only have raised the site's rate (an adatom on a terrace site buries
	 * it; beside it, it takes a destination), so the rate the site was picked with bounds the true one, and the hop
	 * is accepted with probability true / bound (thinning): exact.
	 */
	private void guardedHop(int s, SplittableRandom rng) {
		int c = s - div(s, ncols, invNcols) * ncols;
		if (guarded(c)) {
			int before = classes.classOf[s] - 1;
			resolveAround(c, rng);
			int after = classes.classOf[s] - 1;
			if (after != before) {
				double bound = classes.rate[before];
				double rate = after < 0 ? 0 : classes.rate[after];
				if (rate > bound * (1 + 1e-12)) {
					throw new IllegalStateException("first-passage thinning: rate " + rate + " above its bound " + bound);
				}
				if (rng.nextDouble() * bound >= rate) {
					protectRetries(rng);
					return;
				}
			}
		}
		hop(s, rng);
		protect(lastSite, lastX, lastY, lastZ, rng);
		protectRetries(rng);
	}

	/** Whether column c or one of its lateral neighbours may belong to a domain guard. */
	private boolean guarded(int c) {
		if (domains.count == 0) {
			return false;
		}
		int y = div(c, nx, invNx);
		return domains.near(c - y * nx, y) >= 0;
	}

	/** Puts back the adatoms whose guards may hold column c or one of its lateral neighbours. */
	private void resolveAround(int c, SplittableRandom rng) {
		int y = div(c, nx, invNx);
		int x = c - y * nx;
		for (int slot = domains.near(x, y); slot >= 0; slot = domains.near(x, y)) {
			resolve(slot, rng);
		}
	}

	/**
	 * Puts every adatom in a domain back on the lattice where the first-passage law says it is now (before a
	 * measurement, a snapshot or the end of a run). They get new domains at their next hop.
	 */
	public void settle() {
		if (domains == null) {
			return;
		}
		while (domains.count > 0) {
			resolve(domains.count - 1, random);
		}
		retries = 0;
	}

	/**
	 * Takes the lone adatom at s = (x, y, z) off the lattice into the largest protective domain around it, if there is
	 * one of at least {@link Domains#MIN_HALF}, and draws when it will leave.
	 */
	private void protect(int s, int x, int y, int z, SplittableRandom rng) {
		protect(s, x, y, z, 0, 0, -1, rng);
	}

	/** The same, with a box around (x + ox, y + oy) of half-width kg known to be free ({@link Domains#largestHalf}). */
	private void protect(int s, int x, int y, int z, int ox, int oy, int kg, SplittableRandom rng) {
		int c = s - z * ncols;
		if ((cell[s] & 3) != Lattice.LI || lattice.top[c] != z || (cell[s - up] & 3) == Lattice.EMPTY) {
			return;
		}
		int l = domains.largestHalf(x, y, z, ox, oy, kg);
		if (l < 0) {
			return;
		}
		classes.set(s, -1);
		float t = lattice.clear(s, c, x, y, z);
		refreshTerrace(s, x, y, z);
		int slot = domains.add();
		domains.x[slot] = x;
		domains.y[slot] = y;
		domains.z[slot] = z;
		domains.half[slot] = l;
		domains.start[slot] = time;
		domains.exit[slot] = time + domains.law(l).exitTime(domains.axes, rng) / walkRate;
		domains.deposited[slot] = t;
		next();
	}

	private void protectRetries(SplittableRandom rng) {
		for (int i = 0; i < retries; i++) {
			int s = retry[i];
			int z = s / ncols;
			int c = s - z * ncols;
			int y = c / nx;
			protect(s, c - y * nx, y, z, rng);
		}
		retries = 0;
	}

	/** The adatom in slot leaves its domain now: one hop out of the square, the other coordinate as drawn. */
	private void leave(int slot, SplittableRandom rng) {
		FirstPassage law = domains.law(domains.half[slot]);
		double tau = (time - domains.start[slot]) * walkRate;
		int out = domains.half[slot] + 1;
		int side = rng.nextBoolean() ? out : -out;
		int along = domains.axes == 2 ? law.position(tau, rng) : 0;
		int dx = side;
		int dy = along;
		if (domains.axes == 2 && rng.nextBoolean()) {
			dx = along;
			dy = side;
		}
		int s = release(slot, dx, dy);
		int z = s / ncols;
		int c = s - z * ncols;
		int y = c / nx;
		// the guard just left is still free (nothing in it changed while it was owned) and needs no second look
		protect(s, c - y * nx, y, z, -dx, -dy, out, rng);
	}

	/** The adatom in slot is seen before it leaves: put back where it is now, given that it has not left. */
	private void resolve(int slot, SplittableRandom rng) {
		FirstPassage law = domains.law(domains.half[slot]);
		double tau = (time - domains.start[slot]) * walkRate;
		int dx = law.position(tau, rng);
		int dy = domains.axes == 2 ? law.position(tau, rng) : 0;
		resolutions++;
		int s = release(slot, dx, dy);
		if (retries == retry.length) {
			retry = java.util.Arrays.copyOf(retry, 2 * retries);
		}
		retry[retries++] = s;
	}

	/** Clears the domain of slot and puts its adatom on the lattice at (dx, dy) from the centre; returns its site. */
	private int release(int slot, int dx, int dy) {
		int x = Domains.wrap(domains.x[slot] + dx, nx);
		int y = domains.axes == 2 ? Domains.wrap(domains.y[slot] + dy, ny) : 0;
		int z = domains.z[slot];
		float t = domains.deposited[slot];
		domains.remove(slot);
		next();
		int c = y * nx + x;
		int s = z * ncols + c;
		lattice.place(s, c, x, y, z, t);
		if (flatAround(c, x, y, z - 1)) {
			classes.set(s, classify(s, x, y, z));
			refreshTerrace(s, x, y, z);
		} else {
			refreshBall(c, x, y, z);
		}
		return s;
	}

	/**
	 * Whether the 12 columns within lateral Manhattan distance 2 of column c = (x, y) have their tops at h: then
	 * a change at (c, h + 1) changes no rate but those of {@link #refreshTerrace} and its own (the sites at h + 1
	 * and above around it are empty, those at h - 1 and below are buried).
	 */
	private boolean flatAround(int c, int x, int y, int h) {
		int[] top = lattice.top;
		int xe = wrap(x + 1, nx);
		int xw = wrap(x - 1, nx);
		int row = y * nx;
		if (top[row + xe] != h || top[row + xw] != h || top[row + wrap(x + 2, nx)] != h
				|| top[row + wrap(x - 2, nx)] != h) {
			return false;
		}
		if (nlat == 2) {
			return true;
		}
		int rn = wrap(y + 1, ny) * nx;
		int rs = wrap(y - 1, ny) * nx;
		return top[rn + x] == h && top[rs + x] == h && top[rn + xe] == h && top[rn + xw] == h && top[rs + xe] == h
				&& top[rs + xw] == h && top[wrap(y + 2, ny) * nx + x] == h && top[wrap(y - 2, ny) * nx + x] == h;
	}

	/**
	 * After an adatom came or went at s = (x, y, z) on a flat terrace (every column within lateral distance 2 topped
	 * at z - 1): the only other rates that change are those of the terrace sites under and beside it (buried or
	 * freed, an ascent taken or given back). On the bare substrate there are none.
	 */
	private void refreshTerrace(int s, int x, int y, int z) {
		if (z == 1) {
			return;
		}
		int b = s - up;
		refresh(b, x, y, z - 1);
		refresh(b + east(x), wrap(x + 1, nx), y, z - 1);
		refresh(b + west(x), wrap(x - 1, nx), y, z - 1);
		if (nlat == 4) {
			refresh(b + north(y), x, wrap(y + 1, ny), z - 1);
			refresh(b + south(y), x, wrap(y - 1, ny), z - 1);
		}
	}

	private void next() {
		nextWalker = domains.earliest();
		nextExit = nextWalker < 0 ? Double.POSITIVE_INFINITY : domains.exit[nextWalker];
	}

	private void arrive(SplittableRandom rng) {
		int c = rng.nextInt(ncols);
		if (domains != null && guarded(c)) {
			// the landing choice reads the tops of c and its neighbours, and the landing changes one of them
			resolveAround(c, rng);
		}
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
		lattice.place(z * ncols + chosen, chosen, x, y, z, (float) time);
		if (z == nz - 1) {
			full = true;
		}
		refreshBall(chosen, x, y, z);
		if (domains != null) {
			protect(z * ncols + chosen, x, y, z, rng);
			protectRetries(rng);
		}
	}

	private void hop(int s, SplittableRandom rng) {
		int z = div(s, ncols, invNcols);
		int c = s - z * ncols;
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
		lastSite = d;
		lastX = dx;
		lastY = dy;
		lastZ = dz;
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
		if (nz > 2 && cell[s + up] != Lattice.ONE) {
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
		return x == nx - 1 ? 1 - nx : 1;
	}

	private int west(int x) {
		return x == 0 ? nx - 1 : -1;
	}

	private int north(int y) {
		return y == ny - 1 ? (1 - ny) * nx : nx;
	}

	private int south(int y) {
		return y == 0 ? (ny - 1) * nx : -nx;
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
		int bb = cell[s - up];
		boolean supported = (bb & 3) != Lattice.EMPTY;
		if (!supported && (bb >> 2) >= 2) {
			n = add(n, s - up, x, y, z - 1, z == 2 ? 1 : 0);
		}
		boolean roof = z + 1 < nz;
		if (roof && (cell[s + up] >> 2) >= 2) {
			// above is empty (the site is mobile), so only its count decides
			n = add(n, s + up, x, y, z + 1, z == 1 ? 1 : 0);
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
			if ((bn & 3) == Lattice.LI && roof && (cell[sn + up] & 3) == Lattice.EMPTY) {
				return add(n, sn + up, x, y, z + 1, z == 1 ? 1 : 0);
			}
			return n;
		}
		if ((bn >> 2) >= 2) {
			return add(n, sn, x, y, z, 0);
		}
		if (supported && (cell[sn - up] & 3) == Lattice.EMPTY) {
			return add(n, sn - up, x, y, z - 1, z == 2 ? 1 : 0);
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
		int bb = cell[s - up];
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
			int ba = cell[s + up];
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
				if (roof && (cell[sn + up] & 3) == Lattice.EMPTY) {
					return BOND + (z == 1 ? SPECIAL : NORMAL);
				}
			}
			return BOND;
		}
		if ((bn >> 2) >= 2) {
			return NORMAL;
		}
		if (supported && (cell[sn - up] & 3) == Lattice.EMPTY) {
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
		for (int zz = lo, ss = s + (lo - z) * up; zz <= hi; zz++, ss += up) {
			refresh(ss, x, y, zz);
		}
	}

	/** Refreshes every site within Manhattan distance 2 of (c, z) = (x, y, z). */
	private void refreshBall(int c, int x, int y, int z) {
		int s = z * ncols + c;
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
				int s = z * ncols + c;
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
