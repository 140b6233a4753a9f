package org.lithos.solver.kmc.internal;

import java.util.Arrays;

/**
 * The simple cubic lattice: one byte per site holding the site code (bits 0-1) and the number of occupied face
 * neighbours (bits 2-4), the column tops, the deposition time of every Li site and the lateral neighbour columns
 * (periodic in x and y). Stored plane by plane, x fastest: site index s = z * ncols + c, column c = y * nx + x. The
 * deposit grows nearly flat, so the events of a run touch a few planes around the surface: in this order those are a
 * few contiguous blocks of memory (about 1 MB of cell codes and classes on 256 x 256 columns) that stay in the
 * caches, whereas column by column the surface of every column sits on its own cache line (on 256 x 256 x 162, ten
 * layers of Cu: 8.2 instead of 14.0 CPU s, the same events). z = 0 is the substrate plane.
 */
public final class Lattice {

	/** Site codes, as in {@link org.lithos.solver.kmc.Deposit}. */
	public static final int EMPTY = 0;
	/** Lithium. */
	public static final int LI = 3;
	/** One neighbour in the packed count. */
	static final int ONE = 4;

	/** Bytes per site of all per-site arrays the engine and the observer hold (cell, class, position, time, visit). */
	public static final long BYTES_PER_SITE = 1 + 2 + 4 + 4 + 4 + 1;

	public final int nx;
	public final int ny;
	public final int nz;
	public final int ncols;
	/** Index distance of a z step: one plane, {@link #ncols} sites. */
	public final int plane;
	/** Lateral directions: 2 (2D: +x, -x) or 4 (3D: +x, -x, +y, -y). */
	public final int nlat;
	/** Packed code and neighbour count per site. */
	public final byte[] cell;
	/** Highest occupied z per column (0 = only the substrate). */
	public final int[] top;
	/** Deposition time per site, NaN where there is no Li. */
	public final float[] time;
	/** Lateral neighbour column: latCol[k * ncols + c]. */
	public final int[] latCol;
	/** Number of Li sites. */
	public long lithium;

	/**
	 * @param nx            sites along x
	 * @param ny            sites along y
	 * @param nz            sites along z
	 * @param substrateCode code of the z = 0 plane (1 collector, 2 coating)
	 */
	public Lattice(int nx, int ny, int nz, int substrateCode) {
		this.nx = nx;
		this.ny = ny;
		this.nz = nz;
		this.ncols = nx * ny;
		this.plane = ncols;
		this.nlat = ny > 1 ? 4 : 2;
		int n = ncols * nz;
		cell = new byte[n];
		time = new float[n];
		Arrays.fill(time, Float.NaN);
		top = new int[ncols];
		for (int c = 0; c < ncols; c++) {
			cell[c] = (byte) substrateCode;
			// every z = 1 site has the substrate below it
			cell[ncols + c] = (byte) ONE;
		}
		latCol = new int[nlat * ncols];
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				int c = y * nx + x;
				latCol[c] = y * nx + (x + 1) % nx;
				latCol[ncols + c] = y * nx + (x + nx - 1) % nx;
				if (nlat == 4) {
					latCol[2 * ncols + c] = ((y + 1) % ny) * nx + x;
					latCol[3 * ncols + c] = ((y + ny - 1) % ny) * nx + x;
				}
			}
		}
	}

	/** @return the index of site (x, y, z) */
	public int site(int x, int y, int z) {
		return z * ncols + y * nx + x;
	}

	/** @return the code of site s */
	public int code(int s) {
		return cell[s] & 3;
	}

	/** Puts Li on the empty site s = (x, y, z) of column c and updates the neighbour counts and the column top. */
	void place(int s, int c, int x, int y, int z, float t) {
		cell[s] = (byte) (cell[s] | LI);
		time[s] = t;
		lithium++;
		bump(s, x, y, z, ONE);
		if (z > top[c]) {
			top[c] = z;
		}
	}

	/** Removes the Li of site s = (x, y, z) of column c; returns its deposition time. */
	float clear(int s, int c, int x, int y, int z) {
		cell[s] = (byte) (cell[s] & ~3);
		float t = time[s];
		time[s] = Float.NaN;
		lithium--;
		bump(s, x, y, z, -ONE);
		if (z == top[c]) {
			int h = z - 1;
			int i = s - plane;
			while (h > 0 && (cell[i] & 3) == EMPTY) {
				h--;
				i -= plane;
			}
			top[c] = h;
		}
		return t;
	}

	private void bump(int s, int x, int y, int z, int delta) {
		if (z > 1) {
			cell[s - plane] += delta;
		}
		if (z + 1 < nz) {
			cell[s + plane] += delta;
		}
		cell[s + (x == nx - 1 ? 1 - nx : 1)] += delta;
		cell[s + (x == 0 ? nx - 1 : -1)] += delta;
		if (nlat == 4) {
			cell[s + (y == ny - 1 ? (1 - ny) * nx : nx)] += delta;
			cell[s + (y == 0 ? (ny - 1) * nx : -nx)] += delta;
		}
	}
}
