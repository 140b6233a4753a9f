package org.lithos.charts;

import java.util.Objects;

/**
 * Where a cross-section of a three-dimensional deposit is cut: the vertical plane along x at row {@code y}, chosen
 * because it passes through column ({@code x}, {@code y}), e.g. the tallest column or one of typical height.
 *
 * @param reason what the column is, as a reader would say it: "tallest column", "typical column"; not blank
 * @param x      the column's x in sites, at least 0
 * @param y      the row the plane cuts, in sites, at least 0
 */
public record SectionCut(String reason, int x, int y) {

	/** The reason of a cut through the tallest column. */
	public static final String TALLEST = "tallest column";
	/** The reason of a cut through a column of typical (median) height. */
	public static final String TYPICAL = "typical column";

	/** Checks the arguments. */
	public SectionCut {
		Objects.requireNonNull(reason, "reason");
		if (reason.isBlank()) {
			throw new IllegalArgumentException("a section cut needs a reason, e.g. '" + TALLEST + "'");
		}
		if (x < 0 || y < 0) {
			throw new IllegalArgumentException("a section cut's column must have x, y >= 0, not " + x + ", " + y);
		}
	}
}
