package org.lithos.charts.jfree.internal;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lithos.charts.Channel;

/**
 * Colours per channel, from the Okabe-Ito palette (distinguishable with colour-vision deficiencies), so a quantity
 * looks the same on every chart. Series without a channel take the palette in order.
 */
public final class Palette {

	private static final Color BLUE = new Color(0x0072B2);
	private static final Color VERMILLION = new Color(0xD55E00);
	private static final Color GREEN = new Color(0x009E73);
	private static final Color ORANGE = new Color(0xE69F00);
	private static final Color SKY = new Color(0x56B4E9);
	private static final Color PURPLE = new Color(0xCC79A7);
	private static final Color YELLOW = new Color(0xF0E442);
	private static final Color DARK_GREY = new Color(0x4D4D4D);
	private static final Color GREY = new Color(0xB3B3B3);

	private static final List<Color> SEQUENCE = List.of(BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, DARK_GREY,
			YELLOW);

	private static final Map<Channel, Color> BY_CHANNEL = new EnumMap<>(Channel.class);

	static {
		BY_CHANNEL.put(Channel.VOLTAGE, BLUE);
		BY_CHANNEL.put(Channel.EFFICIENCY, GREEN);
		BY_CHANNEL.put(Channel.RETENTION, PURPLE);
		BY_CHANNEL.put(Channel.CHARGE, VERMILLION);
		BY_CHANNEL.put(Channel.DISCHARGE, BLUE);
		BY_CHANNEL.put(Channel.PLATING, BLUE);
		BY_CHANNEL.put(Channel.STRIPPING, VERMILLION);
		BY_CHANNEL.put(Channel.NUCLEATION, ORANGE);
		BY_CHANNEL.put(Channel.PLATED, SKY);
		BY_CHANNEL.put(Channel.DEAD, DARK_GREY);
		BY_CHANNEL.put(Channel.SEI, ORANGE);
		BY_CHANNEL.put(Channel.ALLOY, GREEN);
		BY_CHANNEL.put(Channel.CONVERSION, PURPLE);
		BY_CHANNEL.put(Channel.CRACKS, VERMILLION);
		BY_CHANNEL.put(Channel.CATHODE, YELLOW);
		BY_CHANNEL.put(Channel.COUNTER, GREY);
		BY_CHANNEL.put(Channel.MEASURED, GREY);
		BY_CHANNEL.put(Channel.RESIDUAL, DARK_GREY);
	}

	private Palette() {
	}

	/**
	 * @param channel  what a series shows
	 * @param position the series' position on its chart, for {@link Channel#OTHER}
	 * @return its colour
	 */
	public static Color of(Channel channel, int position) {
		Color color = BY_CHANNEL.get(channel);
		return color != null ? color : SEQUENCE.get(Math.floorMod(position, SEQUENCE.size()));
	}

	/**
	 * @param color a colour
	 * @param alpha opacity 0..255
	 * @return the same colour, translucent
	 */
	public static Color translucent(Color color, int alpha) {
		return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
	}
}
