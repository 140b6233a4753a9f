package org.lithos.data.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of a time column that does not say it (Maccor's {@code TestTime} is in minutes in some exports and
 * seconds in others), found by comparing the column's span with the span of the file's wall-clock column.
 */
public final class ClockSpan {

	private static final List<DateTimeFormatter> FORMATS = List.of("M/d/yyyy h:mm:ss a", "M/d/yyyy H:mm:ss",
			"yyyy-MM-dd HH:mm:ss", "d-MMM-yy h:mm:ss a", "dd.MM.yyyy HH:mm:ss", "M/d/yyyy h:mm a").stream()
			.map(p -> DateTimeFormatter.ofPattern(p, Locale.US)).toList();
	/** Seconds, minutes and hours: the units cyclers write times in. */
	private static final double[] FACTORS = { 1, 60, 3600 };

	private ClockSpan() {
	}

	/**
	 * @param first     the first point's clock cell
	 * @param last      the last point's clock cell
	 * @param rawSpan   the time column's span between the same points, in its own unit
	 * @return seconds per unit of the time column: 1, 60 or 3600; empty when the clock cannot be read
	 */
	public static Optional<Double> factor(String first, String last, double rawSpan) {
		Optional<LocalDateTime> from = parse(first);
		Optional<LocalDateTime> to = parse(last);
		if (from.isEmpty() || to.isEmpty() || rawSpan <= 0) {
			return Optional.empty();
		}
		double seconds = Duration.between(from.get(), to.get()).toMillis() / 1000.0;
		if (seconds <= 0) {
			return Optional.empty();
		}
		double best = FACTORS[0];
		for (double f : FACTORS) {
			if (Math.abs(Math.log(seconds / rawSpan / f)) < Math.abs(Math.log(seconds / rawSpan / best))) {
				best = f;
			}
		}
		return Optional.of(best);
	}

	private static Optional<LocalDateTime> parse(String cell) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDateTime.parse(cell.strip(), format));
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return Optional.empty();
	}
}
