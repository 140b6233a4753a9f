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
 * @param key     where several runs share a chart: the run it belongs to and what it is within the run, so a
 *                renderer can give each run a colour and each member a line style; null on a single run's chart
 */
public record DataSeries(String name, Channel channel, double[] x, double[] y, Key key) {

	/**
	 * A series' place on a chart of several runs.
	 *
	 * @param group  the run, e.g. "Half@j=1mA_cm2"
	 * @param member what the series is within its run, e.g. "cycle 4 plating"
	 */
	public record Key(String group, String member) {

		/** Checks the arguments. */
		public Key {
			Objects.requireNonNull(group, "group");
			Objects.requireNonNull(member, "member");
		}
	}

	/**
	 * A series of a single run's chart.
	 *
	 * @param name    legend name
	 * @param channel what it shows
	 * @param x       x values
	 * @param y       y values, as many as {@code x}
	 */
	public DataSeries(String name, Channel channel, double[] x, double[] y) {
		this(name, channel, x, y, null);
	}

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
				&& Arrays.equals(x, other.x) && Arrays.equals(y, other.y) && Objects.equals(key, other.key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, channel, Arrays.hashCode(x), Arrays.hashCode(y), key);
	}

	@Override
	public String toString() {
		return "DataSeries[" + name + ", " + channel + ", " + x.length + " points]";
	}
}
