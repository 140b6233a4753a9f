package org.lithos.sim;

import java.util.List;
import java.util.Locale;

import org.lithos.model.StudyInput;

/**
 * The scores of a solver's predictions on observations its constants were not fitted to, which {@code lithos validate}
 * prints beside the training score: a k-fold cross-validated score (each observation predicted by constants fitted
 * without its fold; the observations of one run stay in one fold), a leave-one-paper-out score, and the number of
 * fitted constants. A solver with fitted constants contributes it as a service; {@link Fidelity#TARGET} applies to the
 * cross-validated score.
 */
public interface HeldOutScoring {

	/**
	 * @param studies the reference studies with their expectations
	 * @return the held-out scores of their observations
	 */
	Scores score(List<StudyInput> studies);

	/**
	 * Observations within their band when predicted by constants fitted without them.
	 *
	 * @param within       how many are within their band
	 * @param observations how many were scored
	 * @param missing      hold-outs without fitted constants (their observations count as outside their band)
	 */
	record Score(int within, int observations, List<String> missing) {

		/** @return within / observations, 0 when none */
		public double rate() {
			return observations == 0 ? 0 : (double) within / observations;
		}

		/** @return "W of N (P %)" */
		public String describe() {
			return String.format(Locale.ROOT, "%d of %d (%.0f %%)", within, observations, 100 * rate());
		}
	}

	/**
	 * @param folds            number of k-fold hold-outs
	 * @param crossValidated   the k-fold score
	 * @param leaveOnePaperOut the leave-one-paper-out score
	 * @param fittedConstants  number of constants the fit varies
	 * @param procedure        how the fold fits were made (the command), for the reader
	 */
	record Scores(int folds, Score crossValidated, Score leaveOnePaperOut, int fittedConstants, String procedure) {
	}
}
