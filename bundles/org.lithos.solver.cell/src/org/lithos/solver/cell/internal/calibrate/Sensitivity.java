package org.lithos.solver.cell.internal.calibrate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.lithos.solver.cell.Calibration;

/**
 * Which papers inform each constant: the sources of the observations whose prediction moves by at least
 * {@link #MOVE} of their band when the constant goes from its lower to its upper bound, every other constant at the
 * start values. A constant that moves one paper's observations only is informed by that paper alone.
 */
final class Sensitivity {

	/** Smallest move, in units of an observation's band, that counts as informing. */
	static final double MOVE = 0.1;

	private Sensitivity() {
	}

	static void print(List<Calibrator.Pair> observations, Calibration start, PrintStream out) {
		for (String name : start.names()) {
			double[] low = Calibrator.predictions(observations, start.with(name, start.lower(name))).values();
			double[] high = Calibrator.predictions(observations, start.with(name, start.upper(name))).values();
			Map<String, Integer> moved = new TreeMap<>();
			for (int i = 0; i < observations.size(); i++) {
				var e = observations.get(i).expectation();
				boolean lowFinite = Double.isFinite(low[i]);
				boolean highFinite = Double.isFinite(high[i]);
				double band = Math.max(org.lithos.sim.Observations.band(e, 0.1 * Math.abs(e.getValue())),
						1e-12 * Math.max(1, Math.abs(e.getValue())));
				boolean moves = lowFinite != highFinite || lowFinite && Math.abs(high[i] - low[i]) >= MOVE * band;
				if (moves) {
					moved.merge(CrossValidation.paper(observations.get(i)), 1, Integer::sum);
				}
			}
			StringBuilder papers = new StringBuilder();
			moved.forEach((paper, n) -> papers.append(papers.length() == 0 ? "" : ", ").append(paper).append(" (")
					.append(n).append(')'));
			out.printf(Locale.ROOT, "%s = %s%n", name, papers.length() == 0 ? "-" : papers);
		}
	}
}
