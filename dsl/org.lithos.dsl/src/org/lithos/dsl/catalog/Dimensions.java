package org.lithos.dsl.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.lithos.units.Dimension;

/** Words for sets of dimensions in messages. */
public final class Dimensions {

	private Dimensions() {
	}

	/**
	 * @param dimensions one or more dimensions
	 * @return e.g. {@code "voltage"} or {@code "current density, current or C-rate"}
	 */
	public static String describe(List<Dimension> dimensions) {
		List<String> names = dimensions.stream().map(Dimensions::name).collect(Collectors.toList());
		if (names.size() <= 1) {
			return names.isEmpty() ? "text" : names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/** @return the name of one dimension, with "number" for dimensionless */
	public static String name(Dimension dimension) {
		return dimension.isDimensionless() ? "number (or %)" : dimension.describe();
	}

	/** @return the words with their indefinite article: "an area", "a pressure", "an alloy" */
	public static String a(String words) {
		return (words.matches("(?i)[aeio].*") ? "an " : "a ") + words;
	}
}
