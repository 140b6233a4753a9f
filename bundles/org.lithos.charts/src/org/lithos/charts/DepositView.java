package org.lithos.charts;

/** What a picture of a deposit ({@link DepositPicture}) shows. */
public enum DepositView {
	/** The cross-section coloured by material: collector, coating, Li, and electrolyte (empty sites). */
	MATERIAL,
	/**
	 * The cross-section with every Li site coloured by the time it was deposited (a perceptually uniform colour
	 * map with a colour bar); collector, coating and electrolyte as in {@link #MATERIAL}. Needs
	 * {@link DepositPicture#sectionTime()}.
	 */
	DEPOSITION_TIME,
	/** The view from above, coloured by the height of the deposit, with the substrate showing where no Li covers it. */
	HEIGHT,
	/**
	 * The deposit surface in relief: the view from above coloured by height as {@link #HEIGHT}, shaded as if lit from
	 * the upper left at 45 degrees (Lambert's law on the slopes between neighbouring columns), so that steps of one
	 * site show even where the colour scale spans a micrometre.
	 */
	SURFACE;

	/** @return whether the view looks at the deposit from above (a map of the columns, not a cross-section) */
	public boolean fromAbove() {
		return this == HEIGHT || this == SURFACE;
	}
}
