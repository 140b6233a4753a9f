package org.lithos.solver.cell.internal.calibrate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.lithos.solver.cell.Calibration;

/**
 * Where the cross-validated score loses what the training score has: every observation with its training, k-fold and
 * leave-one-paper-out predictions, and, for an observation within its band in training but not held out, the
 * constants that decide it: each constant whose shipped value alone, put into the fold fit, brings the held-out
 * prediction into the band. An observation no single constant brings back is decided by several together. The
 * summary counts, per constant, the observations it decides: the constants whose fold values vary most with the
 * data a fold leaves out, which a sourced value or a mechanism shared by more papers would pin down.
 */
final class HeldOutReport {

	private HeldOutReport() {
	}

	/**
	 * @param observations every observation of the reference studies
	 * @param shipped      the shipped (training) constants
	 * @param out          where the table goes
	 */
	static void print(List<Calibrator.Pair> observations, Calibration shipped, PrintStream out) {
		CrossValidation split = new CrossValidation(observations);
		Predictions training = Calibrator.predictions(observations, shipped);
		String[] fold = new String[observations.size()];
		Predictions crossValidated = heldOut(split, split.folds(), observations, fold);
		Predictions paperOut = heldOut(split, split.paperHoldOuts(), observations, new String[observations.size()]);
		Map<String, List<String>> decided = new TreeMap<>();
		int[] counts = new int[4];
		out.printf(Locale.ROOT, "%-6s %-28s %-40s %-24s %12s %12s %12s %12s  %s%n", "fold", "study", "observable", "run",
				"measured", "training", "k-fold", "paper out", "decided by (train pass, k-fold miss)");
		for (int i = 0; i < observations.size(); i++) {
			Calibrator.Pair pair = observations.get(i);
			boolean train = training.within(i, pair.expectation());
			boolean held = crossValidated.within(i, pair.expectation());
			counts[(train ? 2 : 0) + (held ? 1 : 0)]++;
			String deciders = "";
			if (train && !held && fold[i] != null) {
				List<String> names = deciders(pair, CrossValidation.shipped(fold[i]).orElseThrow(), shipped);
				deciders = names.isEmpty() ? "(several together)" : String.join(", ", names);
				String label = label(pair);
				(names.isEmpty() ? List.of("(several together)") : names)
						.forEach(n -> decided.computeIfAbsent(n, k -> new ArrayList<>()).add(label));
			}
			out.printf(Locale.ROOT, "%-6s %-28s %-40s %-24s %12.4g %11.4g%s %11.4g%s %11.4g%s  %s%n", fold[i],
					shorten(pair.study().getName(), 28), shorten(observable(pair), 40),
					shorten(pair.run().getId(), 24), pair.expectation().getValue(), training.values()[i], mark(train),
					crossValidated.values()[i], mark(held), paperOut.values()[i],
					mark(paperOut.within(i, pair.expectation())), deciders);
		}
		out.printf(Locale.ROOT, "%nwithin band: training and k-fold %d, training only %d, k-fold only %d, neither %d%n",
				counts[3], counts[2], counts[1], counts[0]);
		out.println("constants that decide the observations within their band in training only:");
		decided.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
				.forEach(e -> out.printf(Locale.ROOT, "  %-36s %2d  %s%n", e.getKey(), e.getValue().size(),
						String.join("; ", e.getValue())));
	}

	/** @return the prediction of each observation by the constants fitted without its hold-out; names its hold-out */
	private static Predictions heldOut(CrossValidation split, List<String> holdOuts, List<Calibrator.Pair> observations,
			String[] holdOutOf) {
		double[] predicted = new double[observations.size()];
		boolean[] censored = new boolean[observations.size()];
		java.util.Arrays.fill(predicted, Double.NaN);
		for (String holdOut : holdOuts) {
			Predicate<Calibrator.Pair> in = split.heldOut(holdOut);
			Map<Integer, Calibrator.Pair> held = new LinkedHashMap<>();
			for (int i = 0; i < observations.size(); i++) {
				if (in.test(observations.get(i))) {
					held.put(i, observations.get(i));
					holdOutOf[i] = holdOut;
				}
			}
			Optional<Calibration> fitted = CrossValidation.shipped(holdOut);
			if (fitted.isEmpty() || held.isEmpty()) {
				continue;
			}
			Predictions p = Calibrator.predictions(new ArrayList<>(held.values()), fitted.get());
			int j = 0;
			for (int i : held.keySet()) {
				predicted[i] = p.values()[j];
				censored[i] = p.censored()[j++];
			}
		}
		return new Predictions(predicted, censored);
	}

	/** @return the constants whose shipped value alone brings the fold fit's prediction of one observation into its band */
	private static List<String> deciders(Calibrator.Pair pair, Calibration fold, Calibration shipped) {
		List<String> names = new ArrayList<>();
		for (String name : shipped.names()) {
			if (fold.value(name) == shipped.value(name)) {
				continue;
			}
			if (Calibrator.predictions(List.of(pair), fold.with(name, shipped.value(name))).within(0, pair.expectation())) {
				names.add(name);
			}
		}
		return names;
	}

	private static String mark(boolean pass) {
		return pass ? " " : "*";
	}

	private static String observable(Calibrator.Pair pair) {
		String where = org.lithos.model.query.Addresses.describe(pair.expectation());
		return pair.expectation().getObservable() + (where.isEmpty() ? "" : " " + where);
	}

	private static String label(Calibrator.Pair pair) {
		String study = pair.study().getName();
		return study.substring(study.lastIndexOf('.') + 1) + " " + pair.run().getId() + " " + observable(pair);
	}

	private static String shorten(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "~";
	}
}
