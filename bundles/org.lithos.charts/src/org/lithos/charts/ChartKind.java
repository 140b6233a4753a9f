package org.lithos.charts;

/** How a chart draws its series. */
public enum ChartKind {
	/** Series drawn as lines (with point markers when a series has few points). */
	LINE,
	/** Series drawn as points only. */
	SCATTER,
	/** Series stacked on top of each other as filled areas; all series share the same x values. */
	STACKED_AREA
}
