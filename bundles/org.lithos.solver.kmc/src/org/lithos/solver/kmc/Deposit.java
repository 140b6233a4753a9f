package org.lithos.solver.kmc;

/**
 * A picture of the deposit at one moment: two vertical cross-sections, each along x through a column chosen from
 * the deposit (a typical one and the tallest one), and the map of the column tops. Site codes: {@link #EMPTY},
 * {@link #COLLECTOR}, {@link #COATING}, {@link #LITHIUM}. Arrays are owned by the record's creator and must not be
 * modified.
 *
 * @param nx       sites along x
 * @param ny       sites along y (1 in 2D)
 * @param nz       sites along z (z = 0 is the substrate plane)
 * @param siteSize site edge in m
 * @param typical  the section through a typical column: one whose height is the median of all columns (the one
 *                 nearest the lattice centre among them), so it shows what most of the deposit looks like
 * @param tallest  the section through the tallest column (the one nearest the centre among equally tall ones), so
 *                 it shows the worst protrusion, where a dendrite would start
 * @param heights  per column (index y * nx + x) the height of the topmost occupied site in sites (0 = bare)
 * @param top      per column the code of the topmost occupied site
 * @param time     simulated time in s
 * @param charge   deposited charge in A s/m2
 */
public record Deposit(int nx, int ny, int nz, double siteSize, Section typical, Section tallest, int[] heights,
		byte[] top, double time, double charge) {

	/** An empty site (electrolyte side). */
	public static final byte EMPTY = 0;
	/** The bare collector. */
	public static final byte COLLECTOR = 1;
	/** A collector coating. */
	public static final byte COATING = 2;
	/** Deposited Li. */
	public static final byte LITHIUM = 3;

	/**
	 * One vertical cross-section: the row y of the lattice along x, chosen because it passes through column (x, y).
	 *
	 * @param x     the column the section was chosen for
	 * @param y     the row it cuts
	 * @param codes site codes, index z * nx + x
	 * @param times deposition time in s of each Li site (same index), NaN elsewhere
	 */
	public record Section(int x, int y, byte[] codes, float[] times) {
	}

	/** @return the site codes of the typical section, index z * nx + x */
	public byte[] section() {
		return typical.codes();
	}

	/** @return the deposition times of the typical section, index z * nx + x */
	public float[] sectionTime() {
		return typical.times();
	}

	/**
	 * @param x column
	 * @param z height
	 * @return the code of the typical section's site
	 */
	public byte sectionAt(int x, int z) {
		return typical.codes()[z * nx + x];
	}

	/** @return the typical section as text, top row first: '.' empty, '#' collector, '=' coating, 'o' Li */
	public String sectionText() {
		StringBuilder b = new StringBuilder();
		for (int z = nz - 1; z >= 0; z--) {
			for (int x = 0; x < nx; x++) {
				b.append(".#=o".charAt(typical.codes()[z * nx + x]));
			}
			b.append('\n');
		}
		return b.toString();
	}
}
