package org.lithos.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lithos.model.Expectation;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.model.names.SeriesName;
import org.lithos.model.query.Addresses;
import org.lithos.units.Quantity;
import org.lithos.units.Units;

/**
 * One expectation of a study against the prediction of the run it concerns.
 *
 * @param study       the study's name
 * @param expectation the measured observation
 * @param runId       the run compared, or null when no finished run matches
 * @param predicted   the prediction in the expectation's SI unit, or NaN
 * @param verdict     the outcome
 * @param censored    whether the prediction is only a lower bound: the run ended with every step done before the
 *                    event the observable waits for (a cycle life the protocol's last cycle cut short)
 */
public record Comparison(String study, Expectation expectation, String runId, double predicted, Verdict verdict,
		boolean censored) {

	/** A comparison with an exact prediction. */
	public Comparison(String study, Expectation expectation, String runId, double predicted, Verdict verdict) {
		this(study, expectation, runId, predicted, verdict, false);
	}

	/** How an expectation fared. */
	public enum Verdict {
		/** Within the band. */
		PASS,
		/**
		 * Outside the band, or no prediction because the run failed or ended (shorted, reached its stop condition)
		 * before the cycle the observation is about: the model does address it and got it wrong.
		 */
		FAIL,
		/** The solver does not predict this observable, or no run of the study concerns it. */
		NOT_ADDRESSED
	}

	/**
	 * Compares every expectation of a study with its runs.
	 *
	 * @param study    the study
	 * @param outcomes its run outcomes, in run order
	 * @return one comparison per (expectation, matching run)
	 */
	public static List<Comparison> of(StudyInput study, List<RunOutcome> outcomes) {
		List<Comparison> comparisons = new ArrayList<>();
		for (Expectation expectation : study.getExpectations()) {
			boolean any = false;
			for (int i = 0; i < study.getRuns().size(); i++) {
				var input = study.getRuns().get(i);
				if (!Runs.concerns(expectation, input)) {
					continue;
				}
				any = true;
				RunOutcome outcome = outcomes.get(i);
				Optional<Double> predicted = outcome.finished()
						? Observations.predicted(expectation, input, outcome.result()) : Optional.empty();
				boolean censored = predicted.isPresent() && Observations.censored(expectation, outcome.result());
				Verdict verdict = predicted.isPresent()
						? Observations.within(expectation, predicted.get(), censored) ? Verdict.PASS : Verdict.FAIL
						: !outcome.finished() || endedBefore(expectation, outcome, input) ? Verdict.FAIL : Verdict.NOT_ADDRESSED;
				comparisons.add(new Comparison(study.getName(), expectation, input.getId(), predicted.orElse(Double.NaN),
						verdict, censored));
			}
			if (!any) {
				comparisons.add(new Comparison(study.getName(), expectation, null, Double.NaN, Verdict.NOT_ADDRESSED));
			}
		}
		return comparisons;
	}

	/**
	 * @return whether the run stopped before the cycle (or the last cycle of the range, or the step) the expectation
	 *         is about
	 */
	private static boolean endedBefore(Expectation expectation, RunOutcome outcome, SimulationInput input) {
		if (outcome.result() == null) {
			return false;
		}
		int cycle = Addresses.lastCycleNeeded(expectation);
		if (cycle > 0 && outcome.result().getCycles().size() < cycle) {
			return true;
		}
		if (expectation.getStep() == 0) {
			return false;
		}
		int step = Addresses.stepIndex(expectation, input.getProtocol().getSteps());
		double[] steps = SeriesName.STEP.in(outcome.result()).map(Series::getValues).orElse(null);
		return step >= 0 && steps != null && (steps.length == 0 || steps[steps.length - 1] < step);
	}

	/**
	 * @return the prediction in the unit the expectation was written in, e.g. {@code "24.3 cycles"}; a censored one
	 *         as a bound, e.g. {@code "> 300 cycles, not reached"}
	 */
	public String predictedText() {
		if (Double.isNaN(predicted)) {
			return "-";
		}
		return censored ? "> " + valueText() + ", not reached" : valueText();
	}

	private String valueText() {
		String unit = displayUnit();
		if (!unit.isEmpty() && !unit.equals("cycles") && !unit.equals("cycle")) {
			try {
				var parsed = Units.parse(unit);
				double value = Quantity.ofSi(predicted, parsed.dimension()).in(parsed);
				return String.format(Locale.ROOT, "%.4g %s", value, unit);
			} catch (IllegalArgumentException e) {
				// fall through to SI
			}
		}
		if (predicted == Math.rint(predicted) && Math.abs(predicted) < 1e6 && (unit.isEmpty() || unit.startsWith("cycle"))) {
			return String.format(Locale.ROOT, "%.0f%s", predicted, unit.isEmpty() ? "" : " " + unit); // a count
		}
		return String.format(Locale.ROOT, "%.4g%s", predicted, unit.isEmpty() ? "" : " " + unit);
	}

	/** @return the expectation as written: comparison, value and band */
	public String expectedText() {
		String band = !Double.isNaN(expectation.getToleranceRelative())
				? String.format(Locale.ROOT, " +- %.0f %%", expectation.getToleranceRelative() * 100)
				: !Double.isNaN(expectation.getToleranceAbsolute()) ? " +- " + tolerance() : "";
		return symbol() + " " + expectation.getDisplay() + band;
	}

	/** @return the unit the expected value was written in ("" for plain numbers), e.g. "mV" of "55 mV" */
	private String displayUnit() {
		String display = expectation.getDisplay() == null ? "" : expectation.getDisplay().trim();
		int space = display.indexOf(' ');
		return space < 0 ? "" : display.substring(space + 1).trim();
	}

	private String tolerance() {
		String unit = displayUnit();
		try {
			var parsed = Units.parse(unit);
			return String.format(Locale.ROOT, "%.3g %s", Quantity.ofSi(expectation.getToleranceAbsolute(),
					parsed.dimension()).in(parsed), unit);
		} catch (IllegalArgumentException e) {
			return String.format(Locale.ROOT, "%.3g", expectation.getToleranceAbsolute());
		}
	}

	private String symbol() {
		return switch (expectation.getComparison()) {
			case EQ -> "=";
			case LT -> "<";
			case GT -> ">";
			case LE -> "<=";
			case GE -> ">=";
		};
	}
}
