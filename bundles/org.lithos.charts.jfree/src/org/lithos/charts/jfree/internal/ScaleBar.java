package org.lithos.charts.jfree.internal;

/**
 * A scale bar: a round length of about a quarter to a fifth of the picture's width (or a third of a cross-section's
 * height), labelled in nm, µm or mm.
 *
 * @param length the bar's length in m
 * @param label  e.g. "20 nm", "1 µm"
 */
public record ScaleBar(double length, String label) {

	/** The bar aims at this fraction of the width (between a quarter and a fifth). */
	static final double FRACTION = 1 / 4.5;

	/**
	 * The scale bar for a picture.
	 *
	 * @param width the picture's width in m, positive
	 * @return a bar of 1, 2 or 5 times a power of ten metres, the one closest to {@link #FRACTION} of the width
	 */
	public static ScaleBar forWidth(double width) {
		double length = NiceNumbers.nearest(width * FRACTION);
		return new ScaleBar(length, lengthLabel(length));
	}

	/** A vertical bar aims at this fraction of the picture's height. */
	static final double HEIGHT_FRACTION = 1 / 3.0;

	/**
	 * The vertical scale bar for cross-sections.
	 *
	 * @param height the height the pictures show in m, positive
	 * @return a bar of 1, 2 or 5 times a power of ten metres, the one closest to {@link #HEIGHT_FRACTION} of the
	 *         height and no taller than it
	 */
	public static ScaleBar forHeight(double height) {
		double length = NiceNumbers.nearest(height * HEIGHT_FRACTION);
		while (length > height) {
			length = NiceNumbers.nearest(length / 2.2);
		}
		return new ScaleBar(length, lengthLabel(length));
	}

	/**
	 * A length with a unit that keeps the number readable.
	 *
	 * @param metres a length in m
	 * @return in nm below 1 µm, in µm below 1 mm, else in mm, e.g. "500 nm", "2 µm"
	 */
	public static String lengthLabel(double metres) {
		DisplayScale unit = DisplayScale.length(metres);
		return NiceNumbers.format(unit.fromSi(metres)) + " " + unit.unit();
	}
}
