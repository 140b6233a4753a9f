package org.lithos.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.lithos.dsl.catalog.Numbers;

/**
 * Converters for the language's own data types: decimal numbers with exponents and sign, unit symbols and
 * multi-word names (both with whitespace removed or collapsed, whatever the user typed between the tokens).
 */
public class LithosValueConverters extends DefaultTerminalConverters {

	/** @return the converter for the {@code DECIMAL} terminal and the signed {@code Number} rule */
	@ValueConverter(rule = "Number")
	public IValueConverter<Double> number() {
		return new DoubleConverter();
	}

	/** @return the converter for the {@code DECIMAL} terminal */
	@ValueConverter(rule = "DECIMAL")
	public IValueConverter<Double> decimal() {
		return new DoubleConverter();
	}

	/** @return unit symbols with inner whitespace removed: {@code "mA / cm2"} reads as {@code "mA/cm2"} */
	@ValueConverter(rule = "Unit")
	public IValueConverter<String> unit() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.replaceAll("\\s+", "");
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	/** @return names of one or more words, joined by single spaces */
	@ValueConverter(rule = "Words")
	public IValueConverter<String> words() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				// '^' escapes a keyword used as a word ("^interface resistance")
				return string.trim().replace("^", "").replaceAll("\\s+", " ");
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	private static final class DoubleConverter extends AbstractNullSafeConverter<Double> {
		@Override
		protected Double internalToValue(String string, INode node) {
			String compact = string.replaceAll("\\s+", "");
			try {
				double value = Double.parseDouble(compact);
				if (Double.isInfinite(value)) {
					throw new ValueConverterException("number out of range: " + compact, node, null);
				}
				if (value == 0 && compact.replaceFirst("[eE].*", "").matches(".*[1-9].*")) {
					// 1e-400 is no zero: a value the user wrote must not silently vanish
					throw new ValueConverterException("number too small: " + compact + " is below what a double holds"
							+ " (about 1e-308) and would read as 0", node, null);
				}
				return value;
			} catch (NumberFormatException e) {
				throw new ValueConverterException("not a number: '" + compact + "'", node, e);
			}
		}

		@Override
		protected String internalToString(Double value) {
			return Numbers.format(value);
		}
	}
}
