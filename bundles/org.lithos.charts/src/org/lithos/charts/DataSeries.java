package org.lithos.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named series of points in the display units of its chart's axes. Immutable: the arrays are copied in and out.
 *
 * @param name    legend name, e.g. "Dead Li"
 * @param channel what it shows, for consistent colours
 * @param x       x values in the chart's x-axis unit
 * @param y       y values in the chart's y-axis unit, as many as {@code x}
 */
public record DataSeries(String name, Channel channel, double[] x, double[] y) {

	/** Checks and copies the arguments. */
	public DataSeries {
		Objects.requireNonNull(name, "name");
		channel = channel == null ? Channel.OTHER : channel;
		x = x.clone();
		y = y.clone();
		if (x.length != y.length) {
			throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values but "
					+ y.length + " y values");
		}
	}

	/**
	 * The x values.
	 *
	 * @return a copy, in the chart's x-axis unit
	 */
	@Override
	public double[] x() {
		return x.clone();
	}

	/**
	 * The y values.
	 *
	 * @return a copy, in the chart's y-axis unit
	 */
	@Override
	public double[] y() {
		return y.clone();
	}

	/**
	 * The number of points.
	 *
	 * @return the length of {@link #x()}
	 */
	public int size() {
		return x.length;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof DataSeries other && name.equals(other.name) && channel == other.channel
				&& Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, channel, Arrays.hashCode(x), Arrays.hashCode(y));
	}

	@Override
	public String toString() {
		return "DataSeries[" + name + ", " + channel + ", " + x.length + " points]";
	}
}
