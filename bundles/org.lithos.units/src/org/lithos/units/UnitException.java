package org.lithos.units;

import java.util.Optional;

/**
 * A unit symbol that cannot be read, or whose dimension is not the one expected. The message is
 * written for the person who typed the symbol; {@link #suggestion()} carries a corrected symbol
 * for quick fixes.
 */
public class UnitException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** The symbol as written, kept so a quick fix knows what to replace. */
	private final String symbol;
	/** The corrected whole symbol, or null. */
	private final String suggestion;

	/**
	 * Creates the exception.
	 *
	 * @param message    what is wrong, for the user
	 * @param symbol     the symbol as written (may be empty)
	 * @param suggestion a corrected whole symbol, or null if there is none
	 */
	public UnitException(String message, String symbol, String suggestion) {
		super(message);
		this.symbol = symbol == null ? "" : symbol;
		this.suggestion = suggestion;
	}

	/**
	 * The symbol that failed.
	 *
	 * @return the symbol as written, "" if none was given
	 */
	public String symbol() {
		return symbol;
	}

	/**
	 * A corrected whole symbol for a quick fix, e.g. "mAh/cm2" for "mAh/cmm2".
	 *
	 * @return the suggestion, empty if none is close enough
	 */
	public Optional<String> suggestion() {
		return Optional.ofNullable(suggestion);
	}
}
