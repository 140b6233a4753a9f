package org.lithos.charts.jfree.internal;

/**
 * The viridis colour map (perceptually uniform, readable in grey and with colour-vision deficiencies), from 11
 * stops of the reference table interpolated linearly in sRGB.
 */
public final class Viridis {

	private static final int[] STOPS = { 0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C, 0x22A884,
			0x43BF71, 0x7AD151, 0xBBDF27, 0xFDE725 };

	private Viridis() {
	}

	/**
	 * @param t position on the map, 0 (dark purple) to 1 (yellow); clamped, NaN gives 0
	 * @return an opaque ARGB colour
	 */
	public static int argb(double t) {
		double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
		double position = clamped * (STOPS.length - 1);
		int i = Math.min(STOPS.length - 2, (int) Math.floor(position));
		double f = position - i;
		int a = STOPS[i];
		int b = STOPS[i + 1];
		int r = mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f);
		int g = mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f);
		int bl = mix(a & 0xFF, b & 0xFF, f);
		return 0xFF000000 | r << 16 | g << 8 | bl;
	}

	private static int mix(int a, int b, double f) {
		return (int) Math.round(a + (b - a) * f);
	}
}
