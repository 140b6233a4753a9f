package org.lithos.charts.internal;

import java.util.List;
import java.util.Optional;

import org.lithos.charts.Channel;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.ReferenceMarker;
import org.lithos.model.Comparison;
import org.lithos.model.Expectation;
import org.lithos.model.names.Observable;
import org.lithos.units.Dimension;
import org.lithos.units.Units;

/** Turns a study's expectation (SI value, comparison, tolerance) into a marker in a chart's display units. */
public final class ExpectationMarkers {

	private ExpectationMarkers() {
	}

	/**
	 * A marker for one expectation.
	 *
	 * @param expectation the expectation, value and tolerance in SI
	 * @param axis        the axis its value lies on
	 * @param channel     the channel it is compared with
	 * @param displayUnit the unit of that axis, "" for counts
	 * @param at          position along the other axis in its unit, NaN for across the chart
	 * @return the marker, empty when the expectation's dimension does not fit the axis
	 */
	public static Optional<ReferenceMarker> marker(Expectation expectation, MarkerAxis axis, Channel channel,
			String displayUnit, double at) {
		DisplayUnit unit;
		try {
			unit = DisplayUnit.of(displayUnit, dimension(expectation.getUnit()));
		} catch (IllegalArgumentException e) { // includes UnitException
			return Optional.empty();
		}
		double value = expectation.getValue();
		if (!Double.isFinite(value)) {
			return Optional.empty();
		}
		double tolerance = tolerance(expectation);
		Comparison comparison = expectation.getComparison() == null ? Comparison.EQ : expectation.getComparison();
		double low = switch (comparison) {
		case LT, LE -> Double.NEGATIVE_INFINITY;
		default -> value - tolerance;
		};
		double high = switch (comparison) {
		case GT, GE -> Double.POSITIVE_INFINITY;
		default -> value + tolerance;
		};
		return Optional.of(new ReferenceMarker(label(expectation, comparison, unit, tolerance), channel, axis,
				unit.fromSi(value), unit.fromSi(low), unit.fromSi(high), at));
	}

	/**
	 * Markers for the expectations whose observable is one of the given ones.
	 *
	 * @param expectations candidates
	 * @param placements   where each observable goes on the chart
	 * @param displayUnitX unit of the x axis
	 * @param displayUnitY unit of the y axis
	 * @param cycleAxis    whether x is the cycle number (so per-cycle expectations become points)
	 * @return the markers that fit, in the order of {@code expectations}
	 */
	public static List<ReferenceMarker> select(Iterable<? extends Expectation> expectations,
			List<Placement> placements, String displayUnitX, String displayUnitY, boolean cycleAxis) {
		List<ReferenceMarker> out = new java.util.ArrayList<>();
		for (Expectation expectation : expectations) {
			for (Placement placement : placements) {
				if (!placement.observable().word().equals(expectation.getObservable())) {
					continue;
				}
				double at = Double.NaN;
				if (placement.axis() == MarkerAxis.Y && cycleAxis) {
					at = placement.cycle() > 0 ? placement.cycle()
							: expectation.getCycle() > 0 ? expectation.getCycle() : Double.NaN;
				}
				String unit = placement.axis() == MarkerAxis.X ? displayUnitX : displayUnitY;
				marker(expectation, placement.axis(), placement.channel(), unit, at).ifPresent(out::add);
			}
		}
		return out;
	}

	/**
	 * Where an observable is drawn on a chart.
	 *
	 * @param observable the name an {@code expect} uses
	 * @param axis       the axis its value lies on
	 * @param channel    the series it is compared with
	 * @param cycle      the cycle it always concerns (1 for first-cycle figures), 0 to take the expectation's
	 */
	public record Placement(Observable observable, MarkerAxis axis, Channel channel, int cycle) {

		/**
		 * @param observable name an {@code expect} uses
		 * @param channel    series it is compared with
		 * @return a y-axis placement at the expectation's cycle
		 */
		public static Placement y(Observable observable, Channel channel) {
			return new Placement(observable, MarkerAxis.Y, channel, 0);
		}

		/**
		 * @param observable name an {@code expect} uses
		 * @return an x-axis placement across the chart
		 */
		public static Placement x(Observable observable) {
			return new Placement(observable, MarkerAxis.X, Channel.OTHER, 0);
		}
	}

	static Dimension dimension(String siUnit) {
		return siUnit == null || siUnit.isBlank() || siUnit.equals("1") ? Dimension.DIMENSIONLESS
				: Units.parse(siUnit).dimension();
	}

	private static double tolerance(Expectation expectation) {
		if (Double.isFinite(expectation.getToleranceAbsolute())) {
			return Math.abs(expectation.getToleranceAbsolute());
		}
		if (Double.isFinite(expectation.getToleranceRelative())) {
			return Math.abs(expectation.getValue() * expectation.getToleranceRelative());
		}
		return 0;
	}

	private static String label(Expectation expectation, Comparison comparison, DisplayUnit unit, double tolerance) {
		StringBuilder label = new StringBuilder("expected ").append(expectation.getObservable());
		String cell = expectation.getCell();
		if (cell != null && !cell.isBlank()) {
			label.append(" of ").append(cell.substring(cell.lastIndexOf('.') + 1));
		}
		label.append(' ').append(symbol(comparison)).append(' ');
		String display = expectation.getDisplay();
		label.append(display == null || display.isBlank() ? withUnit(unit.fromSi(expectation.getValue()), unit)
				: display);
		if (Double.isFinite(expectation.getToleranceRelative())) {
			label.append(" ± ").append(Numbers.format(100 * expectation.getToleranceRelative())).append(" %");
		} else if (tolerance > 0) {
			label.append(" ± ").append(withUnit(unit.fromSi(tolerance) - unit.fromSi(0), unit));
		}
		return label.toString();
	}

	private static String withUnit(double value, DisplayUnit unit) {
		return unit.symbol().isEmpty() ? Numbers.format(value) : Numbers.format(value) + " " + unit.symbol();
	}

	private static String symbol(Comparison comparison) {
		return switch (comparison) {
		case LT -> "<";
		case LE -> "≤";
		case GT -> ">";
		case GE -> "≥";
		default -> "=";
		};
	}
}
