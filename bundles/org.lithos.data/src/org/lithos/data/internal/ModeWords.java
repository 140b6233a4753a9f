package org.lithos.data.internal;

import java.util.Locale;
import java.util.Optional;

import org.lithos.data.Direction;

/**
 * The words and letters cyclers use for a step's mode: Maccor's {@code C}/{@code D}/{@code R}, Neware's
 * {@code CC Chg}, {@code CCCV Chg}, {@code CC DChg}, {@code Rest}, Land's {@code CC_Chg}, {@code CC_DChg},
 * {@code CV_Chg}, {@code CCCV_Chg}, {@code Rest} in its English exports and 恒流充电, 恒流放电, 恒压充电, 恒流恒压充电,
 * 搁置 (or 静置) in its Chinese ones, the Battery Data Format's {@code charge} and {@code discharge}. Formats that
 * write the current unsigned (Maccor) or with a sign of their own are signed by it.
 */
public final class ModeWords {

	/** "Discharge" in Land's and Neware's Chinese exports (放电). */
	private static final String DISCHARGE_ZH = "\u653e\u7535";
	/** "Charge" (充电). */
	private static final String CHARGE_ZH = "\u5145\u7535";
	/** "Rest", "set aside" (搁置). */
	private static final String REST_ZH = "\u6401\u7f6e";
	/** "Rest", "stand still" (静置). */
	private static final String STILL_ZH = "\u9759\u7f6e";

	private ModeWords() {
	}

	/**
	 * @param word a mode cell
	 * @return the direction it says; empty for words that say none (a pulse, an impedance step, a blank)
	 */
	public static Optional<Direction> direction(String word) {
		String w = word.strip().toLowerCase(Locale.ROOT);
		// discharge first: its words contain the charge words ("dchg", "discharge", 放电 beside 充电)
		if (w.equals("d") || w.contains("dchg") || w.contains("discharg") || w.contains(DISCHARGE_ZH)) {
			return Optional.of(Direction.DISCHARGE);
		}
		if (w.equals("c") || w.contains("chg") || w.contains("charg") || w.contains(CHARGE_ZH)) {
			return Optional.of(Direction.CHARGE);
		}
		if (w.equals("r") || w.contains("rest") || w.contains("idle") || w.contains("pause") || w.equals("ocv")
				|| w.contains(REST_ZH) || w.contains(STILL_ZH)) {
			return Optional.of(Direction.REST);
		}
		return Optional.empty();
	}
}
