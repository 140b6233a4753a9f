package org.lithos.charts.jfree.internal;

import java.awt.Color;

import org.lithos.charts.DepositPicture;

/** The colours of the materials in deposit pictures. */
public final class DepositColours {

	/** Electrolyte (empty sites): a light background so the deposit stands out. */
	public static final Color ELECTROLYTE = new Color(0xEDF2F6);
	/** Current collector: copper. */
	public static final Color COLLECTOR = new Color(0xB87333);
	/** Coating (interlayer): a raspberry red, distinct from copper, from Li and from every viridis colour. */
	public static final Color COATING = new Color(0xB0507A);
	/** Lithium: a silvery blue. */
	public static final Color LITHIUM = new Color(0x8EA9CC);
	/** Frames and scale bar. */
	static final Color INK = new Color(0x222222);
	/** Captions. */
	static final Color MUTED = new Color(0x555555);
	/** Frame around a picture. */
	static final Color FRAME = new Color(0x888888);

	private static final int[] BY_CODE = { ELECTROLYTE.getRGB(), COLLECTOR.getRGB(), COATING.getRGB(),
			LITHIUM.getRGB() };

	private DepositColours() {
	}

	/**
	 * @param code a site code from {@link DepositPicture}
	 * @return its opaque ARGB colour
	 */
	public static int argb(int code) {
		return BY_CODE[code];
	}
}
