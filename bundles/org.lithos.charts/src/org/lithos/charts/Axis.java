package org.lithos.charts;

import java.util.Objects;

import org.lithos.units.UnitText;

/**
 * An axis: what it shows and the unit its values are in.
 *
 * @param label   what the axis shows, e.g. "Voltage"
 * @param unit    the display unit symbol of the values on this axis, e.g. "V", "mAh/cm2", "%"; "" for counts
 * @param integer whether the values are whole numbers (cycle numbers), so ticks should be too
 */
public record Axis(String label, String unit, boolean integer) {

	/** Checks the arguments. */
	public Axis {
		Objects.requireNonNull(label, "label");
		unit = unit == null ? "" : unit;
	}

	/**
	 * An axis with real-valued ticks.
	 *
	 * @param label what the axis shows
	 * @param unit  display unit symbol, "" for none
	 * @return the axis
	 */
	public static Axis of(String label, String unit) {
		return new Axis(label, unit, false);
	}

	/**
	 * The text to print along the axis.
	 *
	 * @return e.g. "Voltage (V)", or just the label when there is no unit
	 */
	public String title() {
		return unit.isEmpty() ? label : label + " (" + unit + ")";
	}

	/**
	 * The title as drawn on a chart, for people: the unit typeset ("Areal capacity (mAh/cm²)"). {@link #title()} stays
	 * in the language's ASCII for files that scripts read.
	 *
	 * @return e.g. "Thickness (µm)"
	 */
	public String printedTitle() {
		return unit.isEmpty() ? label : label + " (" + printedUnit() + ")";
	}

	/** @return the unit typeset for people, e.g. "mAh/cm²"; "" for counts */
	public String printedUnit() {
		return UnitText.typeset(unit);
	}
}
