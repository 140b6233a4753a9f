package org.lithos.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lithos.model.Expectation;

/**
 * The qualitative orderings a set of measurements implies, checked against the predictions: substrate rankings
 * (cycle life of Mg/W-Cu above Mg-Cu above Cu), current-density trends (efficiency falling with current),
 * temperature and loading trends. Two observations of the same observable (and cycle) order their runs when their
 * values differ by more than both tolerance bands together, so that the order is a finding of the paper rather than
 * noise; a bound ({@code >= 300 cycles}) orders only against values clearly on one side of it. Observations are
 * compared within a study (different runs), and across the studies of one reference package for the same run, whose
 * studies then differ only in their conditions (collector corrosion after the same storage time at 23 C and at
 * 60 C). The ordering is right when the predictions fall in the same order.
 */
public final class Orderings {

	/**
	 * One measured ordering.
	 *
	 * @param higher the observation measured higher
	 * @param lower  the observation measured lower
	 * @param right  whether the predictions are in the same order
	 */
	public record Ordering(Comparison higher, Comparison lower, boolean right) {

		/**
		 * @return e.g. "cycle life: MgW_half > Mg_half (predicted 300 vs 250)", or with the studies when the run is the
		 *         same: "corrosion thickness: Cu_half@t=1d in CorrosionHot > Cu_half@t=1d in CorrosionRoomTemperature
		 *         (predicted ...)"
		 */
		public String describe() {
			boolean across = !higher.study().equals(lower.study());
			return higher.expectation().getObservable() + ": " + label(higher, across) + " > " + label(lower, across)
					+ " (predicted " + higher.predictedText() + " vs " + lower.predictedText() + ")";
		}

		private static String label(Comparison c, boolean withStudy) {
			return withStudy ? c.runId() + " in " + simpleName(c.study()) : c.runId();
		}
	}

	private Orderings() {
	}

	/**
	 * @param comparisons the comparisons of one or more studies
	 * @return every significant measured ordering between pairs with predictions, in input order
	 */
	public static List<Ordering> of(List<Comparison> comparisons) {
		List<Ordering> orderings = new ArrayList<>();
		for (int i = 0; i < comparisons.size(); i++) {
			for (int j = i + 1; j < comparisons.size(); j++) {
				Comparison a = comparisons.get(i);
				Comparison b = comparisons.get(j);
				if (!comparable(a, b)) {
					continue;
				}
				int measured = measuredOrder(a.expectation(), b.expectation());
				if (measured == 0) {
					continue;
				}
				Comparison higher = measured > 0 ? a : b;
				Comparison lower = measured > 0 ? b : a;
				orderings.add(new Ordering(higher, lower, higher.predicted() > lower.predicted()));
			}
		}
		return orderings;
	}

	private static boolean comparable(Comparison a, Comparison b) {
		Expectation x = a.expectation();
		Expectation y = b.expectation();
		boolean sameRun = Objects.equals(a.runId(), b.runId());
		boolean pair = a.study().equals(b.study()) ? !sameRun
				: sameRun && packageOf(a.study()).equals(packageOf(b.study()));
		return pair && x.getObservable().equals(y.getObservable()) && x.getCycle() == y.getCycle()
				&& Objects.equals(x.getUnit(), y.getUnit()) && Double.isFinite(a.predicted())
				&& Double.isFinite(b.predicted());
	}

	/** @return "reference.m24" of "reference.m24.CorrosionHot" (a study's package: one paper's data set) */
	private static String packageOf(String study) {
		int dot = study.lastIndexOf('.');
		return dot < 0 ? "" : study.substring(0, dot);
	}

	private static String simpleName(String study) {
		return study.substring(study.lastIndexOf('.') + 1);
	}

	/** @return +1 when x is measured clearly above y, -1 when clearly below, 0 when the order is not established */
	static int measuredOrder(Expectation x, Expectation y) {
		double gap = Observations.band(x, 0) + Observations.band(y, 0);
		double lowX = lower(x);
		double highX = upper(x);
		double lowY = lower(y);
		double highY = upper(y);
		if (lowX > highY + gap) {
			return 1;
		}
		if (lowY > highX + gap) {
			return -1;
		}
		return 0;
	}

	/** @return the least value the observation allows (its value, or -infinity for an upper bound) */
	private static double lower(Expectation e) {
		return switch (e.getComparison()) {
			case EQ, GT, GE -> e.getValue();
			case LT, LE -> Double.NEGATIVE_INFINITY;
		};
	}

	/** @return the largest value the observation allows (its value, or +infinity for a lower bound) */
	private static double upper(Expectation e) {
		return switch (e.getComparison()) {
			case EQ, LT, LE -> e.getValue();
			case GT, GE -> Double.POSITIVE_INFINITY;
		};
	}
}
