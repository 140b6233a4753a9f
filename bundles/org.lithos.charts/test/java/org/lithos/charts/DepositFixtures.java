package org.lithos.charts;

import java.util.Random;

/**
 * Synthetic deposits for tests and sample images: a flat substrate (collector rows, then coating rows) with Li
 * mounds and a needle grown from a seeded random field, so every run gives the same picture.
 */
public final class DepositFixtures {

	/** Edge of a lattice site in m (about the bcc Li lattice constant). */
	public static final double SITE = 0.35e-9;
	/** Rows of collector at the bottom. */
	public static final int COLLECTOR_ROWS = 6;
	/** 1 mAh/cm2 in A s/m2. */
	public static final double MAH_PER_CM2 = 36_000;

	private DepositFixtures() {
	}

	/**
	 * A deposit.
	 *
	 * @param title        title
	 * @param nx           width in sites
	 * @param ny           depth in sites, 1 for a 2D lattice
	 * @param nz           height in sites
	 * @param coatingRows  rows of coating above the collector, 0 for none
	 * @param growth       the tallest mound in sites (0 for a bare substrate); scales with time
	 * @param nuclei       how many mounds
	 * @param seed         random seed for the mound positions
	 * @param time         time of the snapshot in s
	 * @return the picture: section is the slice y = ny / 2; deposition time grows with height
	 */
	public static DepositPicture mounds(String title, int nx, int ny, int nz, int coatingRows, double growth,
			int nuclei, long seed, double time) {
		Random random = new Random(seed);
		double[] cx = new double[nuclei];
		double[] cy = new double[nuclei];
		double[] size = new double[nuclei];
		for (int i = 0; i < nuclei; i++) {
			cx[i] = random.nextDouble() * nx;
			cy[i] = random.nextDouble() * ny;
			size[i] = 0.5 + random.nextDouble() * 0.5;
		}
		int base = COLLECTOR_ROWS + coatingRows;
		int[] heights = new int[nx * ny];
		byte[] top = new byte[nx * ny];
		double radius = Math.max(4, nx / (2.0 * (ny == 1 ? Math.max(1, nuclei) : Math.sqrt(Math.max(1, nuclei)))));
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				double h = 0;
				for (int i = 0; i < nuclei; i++) {
					double dx = Math.min(Math.abs(x - cx[i]), nx - Math.abs(x - cx[i]));
					double dy = ny == 1 ? 0 : Math.min(Math.abs(y - cy[i]), ny - Math.abs(y - cy[i]));
					double r2 = (dx * dx + dy * dy) / (radius * radius * size[i]);
					h = Math.max(h, growth * size[i] * (1 - r2));
				}
				// a thin needle on the first nucleus
				if (nuclei > 0 && Math.abs(x - (int) cx[0]) <= 1 && (ny == 1 || Math.abs(y - (int) cy[0]) <= 1)) {
					h = Math.max(h, 1.8 * growth);
				}
				int li = (int) Math.max(0, Math.min(nz - base, Math.round(h)));
				heights[y * nx + x] = base + li;
				top[y * nx + x] = li > 0 ? DepositPicture.LITHIUM
						: coatingRows > 0 ? DepositPicture.COATING : DepositPicture.COLLECTOR;
			}
		}
		byte[] section = new byte[nx * nz];
		float[] sectionTime = new float[nx * nz];
		java.util.Arrays.fill(sectionTime, Float.NaN);
		int slice = ny / 2;
		int tallest = Math.max(1, (int) Math.ceil(1.8 * growth));
		for (int x = 0; x < nx; x++) {
			int h = heights[slice * nx + x];
			for (int z = 0; z < h; z++) {
				byte code = z < COLLECTOR_ROWS ? DepositPicture.COLLECTOR
						: z < base ? DepositPicture.COATING : DepositPicture.LITHIUM;
				section[z * nx + x] = code;
				if (code == DepositPicture.LITHIUM) {
					sectionTime[z * nx + x] = (float) (time * Math.min(1.0, (z - base + 1.0) / tallest));
				}
			}
		}
		double charge = 0.05 * MAH_PER_CM2 * time / 180;
		return new DepositPicture(title, SITE, nx, ny, nz, section, sectionTime, heights, top, time, charge, "Cu",
				coatingRows > 0 ? "Li2Te" : "");
	}
}
