package org.lithos.solver.kmc.internal;

import java.util.Arrays;

/**
 * Protective domains of first-passage kinetic Monte Carlo (Oppelstrup et al., Phys. Rev. E 80 (2009) 066701): a
 * lone Li adatom on a flat terrace walks freely, with rate k to each lateral neighbour, so instead of simulating its
 * hops one by one it is taken off the lattice, given the largest square of half-width L around it on which the walk
 * stays free, and moved in one step to where it leaves the square, at a time drawn from the exact first-passage law
 * ({@link FirstPassage}). An event that could see the adatom first puts it back where the same law says it is at
 * that moment.
 * <p>
 * The walk is free on the square S when every column of S widened by one (the <i>guard</i> of the domain) has its
 * top exactly one below the adatom: the adatom's neighbours are then empty and supported, it has no bond, and its
 * four moves are plain lateral hops. The guards of two domains never overlap, so two adatoms in their domains never
 * meet. The engine resolves an adatom before any event that reads or changes a column of its guard
 * ({@link #near}). Adatoms in domains are few at any moment (an adatom lives microseconds, arrivals come every
 * ~100 microseconds on 256 x 256 at 1 mA/cm2), so they are found by a scan of the walker records, which costs less
 * than marking every guard column would. This class holds the geometry and the walker records; the {@link Engine}
 * does the lattice and rate bookkeeping.
 */
final class Domains {

	/**
	 * Smallest half-width of a domain: a 3 x 3 square, left after two hops or more. Measured on 256 x 256 Li
	 * growth, L >= 1 makes the fewest events and the least CPU time of 1, 2 and 3 (adatoms near step edges still
	 * get a domain).
	 */
	static final int MIN_HALF = 1;
	/** Largest half-width (the cost of a move grows as L^2: position sampling and guard marking). */
	static final int MAX_HALF = 64;

	private final int nx;
	private final int ny;
	/** 1 (2D lattice: the walk is along x) or 2. */
	final int axes;
	private final int[] top;
	private final FirstPassage[] laws = new FirstPassage[MAX_HALF + 1];

	/** Walker records by slot. */
	int[] x = new int[4];
	int[] y = new int[4];
	int[] z = new int[4];
	int[] half = new int[4];
	double[] start = new double[4];
	double[] exit = new double[4];
	float[] deposited = new float[4];
	/** Active walkers occupy slots 0..count-1. */
	int count;

	Domains(Lattice lattice) {
		this.nx = lattice.nx;
		this.ny = lattice.ny;
		this.axes = lattice.ny > 1 ? 2 : 1;
		this.top = lattice.top;
	}

	FirstPassage law(int l) {
		FirstPassage f = laws[l];
		if (f == null) {
			f = new FirstPassage(l);
			laws[l] = f;
		}
		return f;
	}

	/**
	 * The half-width of the largest free domain around the adatom at (cx, cy, cz), whose own column has its top at
	 * cz: every column within Chebyshev distance L + 1 has its top at cz - 1 and lies in no other guard, and the square with its
	 * guard does not wrap around the periodic lattice. Columns of a box known to be free (the guard an adatom has
	 * just left: nothing in a guard changes while it is owned) are not read again.
	 *
	 * @param ox offset x of the known box's centre from (cx, cy)
	 * @param oy offset y of the known box's centre
	 * @param kg half-width of the known box, -1 for none
	 * @return L, or -1 when it is below {@link #MIN_HALF}
	 */
	int largestHalf(int cx, int cy, int cz, int ox, int oy, int kg) {
		int want = cz - 1;
		int limit = Math.min(MAX_HALF + 1, (nx - 1) / 2);
		if (axes == 2) {
			limit = Math.min(limit, (ny - 1) / 2);
		}
		// the guard (half-width ring) must stay clear of every other guard
		for (int i = 0; i < count; i++) {
			limit = Math.min(limit, distance(cx, cy, i) - half[i] - 2);
		}
		int ring = 0;
		while (ring < limit && ringFree(cx, cy, ring + 1, want, ox, oy, kg)) {
			ring++;
		}
		int l = ring - 1;
		return l >= MIN_HALF ? l : -1;
	}

	/** Whether the ring at Chebyshev distance r around (cx, cy) is free, the known box (ox, oy, kg) skipped. */
	private boolean ringFree(int cx, int cy, int r, int want, int ox, int oy, int kg) {
		if (axes == 1) {
			return (Math.abs(r - ox) <= kg || free(wrap(cx + r, nx), want))
					&& (Math.abs(-r - ox) <= kg || free(wrap(cx - r, nx), want));
		}
		for (int dy = -r; dy <= r; dy += 2 * r) {
			int row = wrap(cy + dy, ny) * nx;
			if (Math.abs(dy - oy) <= kg) {
				// the known box cuts the row: check what lies either side of it
				if (!rowFree(row, cx - r, Math.min(r, ox - kg - 1) + cx, want)
						|| !rowFree(row, Math.max(-r, ox + kg + 1) + cx, cx + r, want)) {
					return false;
				}
			} else if (!rowFree(row, cx - r, cx + r, want)) {
				return false;
			}
		}
		for (int dx = -r; dx <= r; dx += 2 * r) {
			if (Math.abs(dx - ox) <= kg) {
				if (!columnFree(wrap(cx + dx, nx), cy, -r + 1, Math.min(r - 1, oy - kg - 1), want)
						|| !columnFree(wrap(cx + dx, nx), cy, Math.max(-r + 1, oy + kg + 1), r - 1, want)) {
					return false;
				}
			} else if (!columnFree(wrap(cx + dx, nx), cy, -r + 1, r - 1, want)) {
				return false;
			}
		}
		return true;
	}

	private boolean columnFree(int xx, int cy, int from, int to, int want) {
		int ncols = nx * ny;
		for (int d = from, c = wrap(cy + from, ny) * nx + xx; d <= to; d++) {
			if (top[c] != want) {
				return false;
			}
			c += nx;
			if (c >= ncols) {
				c -= ncols;
			}
		}
		return true;
	}

	/** Whether the columns x0..x1 (unwrapped, x1 - x0 < nx; none when x1 < x0) of the row at index row are free. */
	private boolean rowFree(int row, int x0, int x1, int want) {
		if (x1 < x0) {
			return true;
		}
		int a = wrap(x0, nx);
		int b = wrap(x1, nx);
		if (a <= b) {
			return segmentFree(row + a, row + b, want);
		}
		return segmentFree(row + a, row + nx - 1, want) && segmentFree(row, row + b, want);
	}

	private boolean segmentFree(int from, int to, int want) {
		for (int c = from; c <= to; c++) {
			if (top[c] != want) {
				return false;
			}
		}
		return true;
	}

	private boolean free(int c, int want) {
		return top[c] == want;
	}

	/** @return the Chebyshev distance (periodic) from column (cx, cy) to the centre of the walker in slot */
	int distance(int cx, int cy, int slot) {
		int dx = Math.abs(cx - x[slot]);
		dx = Math.min(dx, nx - dx);
		if (axes == 1) {
			return dx;
		}
		int dy = Math.abs(cy - y[slot]);
		return Math.max(dx, Math.min(dy, ny - dy));
	}

	/**
	 * @return the slot of a walker whose guard holds column (cx, cy) or one of its lateral neighbours (within
	 *         Chebyshev distance half + 2 of the centre, diagonal corners included), -1 for none
	 */
	int near(int cx, int cy) {
		for (int i = 0; i < count; i++) {
			if (distance(cx, cy, i) <= half[i] + 2) {
				return i;
			}
		}
		return -1;
	}

	/** @return a new slot at the end of the active ones */
	int add() {
		if (count == x.length) {
			int n = 2 * count;
			x = Arrays.copyOf(x, n);
			y = Arrays.copyOf(y, n);
			z = Arrays.copyOf(z, n);
			half = Arrays.copyOf(half, n);
			start = Arrays.copyOf(start, n);
			exit = Arrays.copyOf(exit, n);
			deposited = Arrays.copyOf(deposited, n);
		}
		return count++;
	}

	/** Frees the slot, moving the last walker into it. */
	void remove(int slot) {
		int last = --count;
		if (slot != last) {
			x[slot] = x[last];
			y[slot] = y[last];
			z[slot] = z[last];
			half[slot] = half[last];
			start[slot] = start[last];
			exit[slot] = exit[last];
			deposited[slot] = deposited[last];
		}
	}

	/** @return the slot of the earliest exit, -1 when there is no walker */
	int earliest() {
		int best = -1;
		double t = Double.POSITIVE_INFINITY;
		for (int i = 0; i < count; i++) {
			if (exit[i] < t) {
				t = exit[i];
				best = i;
			}
		}
		return best;
	}

	/** v mod n for -n <= v < 2n (domains are narrower than the lattice), without a division. */
	static int wrap(int v, int n) {
		return v < 0 ? v + n : v >= n ? v - n : v;
	}
}
