package org.lithos.charts;

import java.util.Objects;

/**
 * An expected value with its tolerance band, drawn over the data for comparison. All numbers are in the display
 * unit of the axis given by {@link #axis()}. A one-sided expectation ("at least 300 cycles") has an infinite end.
 *
 * @param label   what is expected, e.g. "expected first cycle efficiency 71 % ± 3 %"
 * @param channel what it concerns, for a colour matching the series it is compared with
 * @param axis    the axis that {@code value}, {@code low} and {@code high} lie on
 * @param value   the expected value
 * @param low     lower end of the accepted band, {@code value} without tolerance, -infinity when open
 * @param high    upper end of the accepted band, {@code value} without tolerance, +infinity when open
 * @param at      position along the other axis (e.g. the cycle an expectation concerns, in that axis' unit), or
 *                NaN when the marker spans the whole chart
 */
public record ReferenceMarker(String label, Channel channel, MarkerAxis axis, double value, double low, double high,
		double at) {

	/** Checks the arguments. */
	public ReferenceMarker {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(axis, "axis");
		channel = channel == null ? Channel.OTHER : channel;
		if (Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high) || low > high) {
			throw new IllegalArgumentException("marker '" + label + "' needs low <= high and no NaN: " + low + ", "
					+ value + ", " + high);
		}
	}

	/**
	 * Whether the marker concerns one position on the other axis rather than the whole chart.
	 *
	 * @return true when {@link #at()} is a number
	 */
	public boolean isPoint() {
		return !Double.isNaN(at);
	}

	/**
	 * Whether the accepted band is wider than the value itself.
	 *
	 * @return true when {@code low < high}
	 */
	public boolean hasBand() {
		return low < high;
	}
}
