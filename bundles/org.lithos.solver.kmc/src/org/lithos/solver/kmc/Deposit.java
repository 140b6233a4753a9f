package org.lithos.solver.kmc;

/**
 * A picture of the deposit at one moment. Site codes: {@link #EMPTY}, {@link #COLLECTOR}, {@link #COATING},
 * {@link #LITHIUM}. Arrays are owned by the record's creator and must not be modified.
 *
 * @param nx          sites along x
 * @param ny          sites along y (1 in 2D)
 * @param nz          sites along z (z = 0 is the substrate plane)
 * @param siteSize    site edge in m
 * @param section     cross-section at y = ny/2, index z * nx + x, site codes
 * @param sectionTime deposition time in s of each Li site in the section, NaN elsewhere
 * @param heights     per column (index y * nx + x) the height of the topmost occupied site in sites (0 = bare)
 * @param top         per column the code of the topmost occupied site
 * @param time        simulated time in s
 * @param charge      deposited charge in A s/m2
 */
public record Deposit(int nx, int ny, int nz, double siteSize, byte[] section, float[] sectionTime, int[] heights,
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
	 * @param x column
	 * @param z height
	 * @return the code of the section site
	 */
	public byte sectionAt(int x, int z) {
		return section[z * nx + x];
	}

	/** @return the section as text, top row first: '.' empty, '#' collector, '=' coating, 'o' Li */
	public String sectionText() {
		StringBuilder b = new StringBuilder();
		for (int z = nz - 1; z >= 0; z--) {
			for (int x = 0; x < nx; x++) {
				b.append(".#=o".charAt(section[z * nx + x]));
			}
			b.append('\n');
		}
		return b.toString();
	}
}
