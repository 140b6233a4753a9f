package org.lithos.charts.jfree.internal;

import java.awt.image.BufferedImage;

import org.lithos.charts.DepositPicture;

/**
 * Colours the sites of a deposit picture into a raster, one pixel per site, and shrinks it by area averaging when
 * it has more sites than the picture has pixels. A raster is drawn as one image, so a 1024-wide lattice costs one
 * draw call (and, in SVG, one embedded PNG) instead of a shape per site.
 */
public final class SiteRaster {

	private SiteRaster() {
	}

	/**
	 * The cross-section by material or by deposition time.
	 *
	 * @param picture the deposit
	 * @param rows    how many rows to show from the bottom, 1..nz
	 * @param maxTime the time in s shown at the top of the colour map, positive; NaN to colour by material
	 * @return ARGB pixels, {@code nx} wide and {@code rows} high, row 0 at the top of the picture
	 */
	public static int[] section(DepositPicture picture, int rows, double maxTime) {
		int nx = picture.nx();
		int[] argb = new int[nx * rows];
		boolean byTime = !Double.isNaN(maxTime);
		for (int z = 0; z < rows; z++) {
			int row = (rows - 1 - z) * nx;
			for (int x = 0; x < nx; x++) {
				int code = picture.code(x, z);
				double t = byTime && code == DepositPicture.LITHIUM ? picture.depositionTime(x, z) : Double.NaN;
				argb[row + x] = Double.isNaN(t) ? DepositColours.argb(code) : Viridis.argb(t / maxTime);
			}
		}
		return argb;
	}

	/**
	 * The view from above, by height of the deposit top above the substrate surface.
	 *
	 * @param picture   the deposit
	 * @param maxHeight the height above the substrate in m shown at the top of the colour map, positive
	 * @return ARGB pixels, {@code nx} wide and {@code ny} high, row 0 at y = 0; bare columns in the colour of
	 *         their top site (collector or coating)
	 */
	public static int[] top(DepositPicture picture, double maxHeight) {
		int nx = picture.nx();
		int base = picture.substrateTop();
		int substrate = DepositColours.argb(substrateCode(picture));
		int[] argb = new int[nx * picture.ny()];
		for (int y = 0; y < picture.ny(); y++) {
			for (int x = 0; x < nx; x++) {
				int height = picture.height(x, y);
				int code = picture.topCode(x, y);
				boolean bare = code >= 0 ? code != DepositPicture.LITHIUM : height <= base;
				int colour;
				if (!bare) {
					colour = Viridis.argb(Math.max(0, height - base) * picture.siteSize() / maxHeight);
				} else {
					colour = code >= 0 ? DepositColours.argb(code) : substrate;
				}
				argb[y * nx + x] = colour;
			}
		}
		return argb;
	}

	/**
	 * The view from above in relief: the colours of {@link #top}, each column shaded by Lambert's law for a light from
	 * the upper left (azimuth 315 degrees, 45 degrees high) on the surface normal from the height differences to its
	 * neighbours (central differences in sites, periodic like the lattice), relative to a flat surface: a flat column
	 * keeps its colour, one facing the light brightens, one facing away darkens, so one-site steps show.
	 *
	 * @param picture   the deposit
	 * @param maxHeight the height above the substrate in m shown at the top of the colour map, positive
	 * @return ARGB pixels, {@code nx} wide and {@code ny} high, row 0 at y = 0
	 */
	public static int[] relief(DepositPicture picture, double maxHeight) {
		int nx = picture.nx();
		int ny = picture.ny();
		int[] argb = top(picture, maxHeight);
		double light = Math.sqrt(1.0 / 3.0); // each component of the unit vector toward the light (-1, -1, 1)/sqrt(3)
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				double dx = 0.5 * (picture.height((x + 1) % nx, y) - picture.height((x + nx - 1) % nx, y));
				double dy = 0.5 * (picture.height(x, (y + 1) % ny) - picture.height(x, (y + ny - 1) % ny));
				// normal (-dx, -dy, 1) / |.|; row 0 is drawn at the top, so "upper left" is -x, -y
				double lambert = light * (dx + dy + 1) / Math.sqrt(dx * dx + dy * dy + 1);
				double factor = Math.max(0.25, Math.min(1.6, lambert / light));
				argb[y * nx + x] = shade(argb[y * nx + x], factor);
			}
		}
		return argb;
	}

	private static int shade(int argb, double factor) {
		int r = (int) Math.min(255, ((argb >> 16) & 0xff) * factor);
		int g = (int) Math.min(255, ((argb >> 8) & 0xff) * factor);
		int b = (int) Math.min(255, (argb & 0xff) * factor);
		return 0xff000000 | r << 16 | g << 8 | b;
	}

	/**
	 * The height of the highest column above the substrate surface.
	 *
	 * @param picture the deposit
	 * @return in m, 0 when nothing rises above the surface
	 */
	public static double maxHeightAboveSubstrate(DepositPicture picture) {
		int base = picture.substrateTop();
		int max = 0;
		for (int h : picture.heights()) {
			max = Math.max(max, h - base);
		}
		return max * picture.siteSize();
	}

	/**
	 * The latest deposition time recorded.
	 *
	 * @param picture the deposit
	 * @return in s; NaN when no Li site has a time
	 */
	public static double maxDepositionTime(DepositPicture picture) {
		float[] times = picture.sectionTime();
		byte[] codes = picture.section();
		double max = Double.NaN;
		if (times != null) {
			for (int i = 0; i < times.length; i++) {
				if (codes[i] == DepositPicture.LITHIUM && !Float.isNaN(times[i])) {
					max = Double.isNaN(max) ? times[i] : Math.max(max, times[i]);
				}
			}
		}
		return max;
	}

	/** Where the substrate shows: the coating if there is one, else the collector. */
	private static int substrateCode(DepositPicture picture) {
		return picture.coating().isEmpty() ? DepositPicture.COLLECTOR : DepositPicture.COATING;
	}

	/**
	 * An image of a raster at most a given size: as is when it fits, else shrunk by averaging the sites that fall
	 * on each pixel, so thin features fade rather than vanish.
	 *
	 * @param argb   opaque ARGB pixels, row by row
	 * @param width  raster width
	 * @param height raster height
	 * @param maxWidth  the most pixels across
	 * @param maxHeight the most pixels down
	 * @return an RGB image of at most {@code min(width, maxWidth)} by {@code min(height, maxHeight)} pixels
	 */
	public static BufferedImage image(int[] argb, int width, int height, int maxWidth, int maxHeight) {
		int w = Math.max(1, Math.min(width, maxWidth));
		int h = Math.max(1, Math.min(height, maxHeight));
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		if (w == width && h == height) {
			image.setRGB(0, 0, width, height, argb, 0, width);
			return image;
		}
		long[] sums = new long[w * h * 4];
		for (int y = 0; y < height; y++) {
			int ty = (int) ((long) y * h / height);
			for (int x = 0; x < width; x++) {
				int tx = (int) ((long) x * w / width);
				int p = argb[y * width + x];
				int i = (ty * w + tx) * 4;
				sums[i] += p >> 16 & 0xFF;
				sums[i + 1] += p >> 8 & 0xFF;
				sums[i + 2] += p & 0xFF;
				sums[i + 3]++;
			}
		}
		int[] out = new int[w * h];
		for (int i = 0; i < out.length; i++) {
			long n = Math.max(1, sums[i * 4 + 3]);
			out[i] = 0xFF000000 | (int) ((sums[i * 4] + n / 2) / n) << 16 | (int) ((sums[i * 4 + 1] + n / 2) / n) << 8
					| (int) ((sums[i * 4 + 2] + n / 2) / n);
		}
		image.setRGB(0, 0, w, h, out, 0, w);
		return image;
	}
}
