package org.lithos.charts;

/** The axis on which a {@link ReferenceMarker}'s value lies. */
public enum MarkerAxis {
	/** The value is an x (domain) value, e.g. an expected cycle life on a per-cycle chart. */
	X,
	/** The value is a y (range) value, e.g. an expected first-cycle efficiency. */
	Y
}
