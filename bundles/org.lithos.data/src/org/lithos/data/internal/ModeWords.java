package org.lithos.data.internal;

import java.util.Locale;
import java.util.Optional;

import org.lithos.data.Direction;

/**
 * The words and letters cyclers use for a step's mode: Maccor's {@code C}/{@code D}/{@code R}, Neware's
 * {@code CC Chg}, {@code CCCV Chg}, {@code CC DChg}, {@code Rest}, the Battery Data Format's {@code charge} and
 * {@code discharge}. Formats that write the current unsigned (Maccor) or with a sign of their own are signed by it.
 */
public final class ModeWords {

	private ModeWords() {
	}

	/**
	 * @param word a mode cell
	 * @return the direction it says; empty for words that say none (a pulse, an impedance step, a blank)
	 */
	public static Optional<Direction> direction(String word) {
		String w = word.strip().toLowerCase(Locale.ROOT);
		if (w.equals("d") || w.contains("dchg") || w.contains("discharg")) {
			return Optional.of(Direction.DISCHARGE);
		}
		if (w.equals("c") || w.contains("chg") || w.contains("charg")) {
			return Optional.of(Direction.CHARGE);
		}
		if (w.equals("r") || w.contains("rest") || w.contains("idle") || w.contains("pause") || w.equals("ocv")) {
			return Optional.of(Direction.REST);
		}
		return Optional.empty();
	}
}
