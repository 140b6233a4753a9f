package org.lithos.solver.cell.internal.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.lithos.cli.api.UsageException;
import org.lithos.model.text.Suggest;
import org.lithos.sim.HeldOutScoring.Score;
import org.lithos.solver.cell.Calibration;

/**
 * Scores earned on data the fit did not see. The observations of the reference studies are split two ways:
 * <ul>
 * <li>k-fold: the runs (one cell under one protocol at one sweep point of one study) are shuffled with a fixed seed
 * and dealt round-robin into {@link #FOLDS} folds, so that every observation of a run stays in its run's fold;</li>
 * <li>leave one paper out: the observations of each source (the DOI of their {@code expect}) form one hold-out.</li>
 * </ul>
 * {@code lithos calibrate --hold-out} fits the constants without one hold-out and writes them as
 * {@code HOLDOUT.properties}; the shipped fold fits sit beside the shipped calibration in the solver bundle
 * ({@link #RESOURCE_FOLDER}). Each observation of a hold-out is then predicted with the constants fitted without
 * it, and the count within their bands is the held-out score.
 */
final class CrossValidation {

	/** Number of k-fold hold-outs: five gives every fold about 30 observations and each fit 80 % of the data. */
	static final int FOLDS = 5;
	/** Seed of the deal of runs into folds: fixed, so the folds, and therefore the fold fits, can be repeated. */
	static final long SEED = 20261207L;
	/** Where the shipped fold fits lie, relative to the shipped {@link Calibration#RESOURCE}. */
	static final String RESOURCE_FOLDER = "folds/";

	private final List<Calibrator.Pair> observations;
	private final Map<String, Integer> foldOfRun = new LinkedHashMap<>();
	private final List<String> papers;

	/** @param observations every observation of the reference studies ({@link Calibrator#observations}) */
	CrossValidation(List<Calibrator.Pair> observations) {
		this.observations = observations;
		List<String> runs = new ArrayList<>(new TreeSet<>(observations.stream().map(CrossValidation::run).toList()));
		Collections.shuffle(runs, new Random(SEED));
		for (int i = 0; i < runs.size(); i++) {
			foldOfRun.put(runs.get(i), i % FOLDS);
		}
		papers = List.copyOf(new TreeSet<>(observations.stream().map(CrossValidation::paper).toList()));
	}

	/** @return the key of an observation's run: study and run id */
	static String run(Calibrator.Pair pair) {
		return pair.study().getName() + "/" + pair.run().getId();
	}

	/** @return the key of an observation's paper: its source, or "unsourced" */
	static String paper(Calibrator.Pair pair) {
		String source = pair.expectation().getSource();
		return source == null || source.isBlank() ? "unsourced" : source;
	}

	/** @return every hold-out name: fold-1 .. fold-K, then paper-KEY for each source */
	List<String> holdOuts() {
		List<String> all = new ArrayList<>();
		for (int f = 1; f <= FOLDS; f++) {
			all.add("fold-" + f);
		}
		for (String paper : papers) {
			all.add(paperHoldOut(paper));
		}
		return all;
	}

	/** @return the k-fold hold-outs only */
	List<String> folds() {
		return holdOuts().subList(0, FOLDS);
	}

	/** @return the leave-one-paper-out hold-outs only */
	List<String> paperHoldOuts() {
		return holdOuts().subList(FOLDS, FOLDS + papers.size());
	}

	/** @return the hold-out name of a source: "paper-" and the source with every non-alphanumeric run as one '-' */
	static String paperHoldOut(String source) {
		return "paper-" + source.replaceFirst("^doi:", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "")
				.toLowerCase(Locale.ROOT);
	}

	/**
	 * @param holdOut a name of {@link #holdOuts()}
	 * @return whether an observation belongs to that hold-out
	 * @throws UsageException for an unknown name
	 */
	Predicate<Calibrator.Pair> heldOut(String holdOut) {
		if (holdOut.startsWith("fold-")) {
			int fold;
			try {
				fold = Integer.parseInt(holdOut.substring(5)) - 1;
			} catch (NumberFormatException e) {
				fold = -1;
			}
			if (fold < 0 || fold >= FOLDS) {
				throw new UsageException("unknown hold-out '" + holdOut + "': folds are fold-1 to fold-" + FOLDS);
			}
			int f = fold;
			return pair -> foldOfRun.get(run(pair)) == f;
		}
		for (String paper : papers) {
			if (paperHoldOut(paper).equals(holdOut)) {
				return pair -> paper(pair).equals(paper);
			}
		}
		throw new UsageException("unknown hold-out '" + holdOut + "'" + Suggest.didYouMean(holdOut,
				holdOuts()) + "; the hold-outs are " + String.join(", ", holdOuts()));
	}

	/**
	 * @param holdOuts   the hold-outs whose observations together are scored (the folds, or the papers)
	 * @param constants  the constants fitted without a hold-out, by its name (empty when not shipped)
	 * @return the held-out score; a hold-out without constants counts all its observations as outside their band
	 */
	Score score(List<String> holdOuts, java.util.function.Function<String, Optional<Calibration>> constants) {
		int within = 0;
		int total = 0;
		List<String> missing = new ArrayList<>();
		for (String holdOut : holdOuts) {
			List<Calibrator.Pair> held = observations.stream().filter(heldOut(holdOut)).toList();
			total += held.size();
			Optional<Calibration> fitted = constants.apply(holdOut);
			if (fitted.isEmpty()) {
				missing.add(holdOut);
				continue;
			}
			Predictions predicted = Calibrator.predictions(held, fitted.get());
			for (int i = 0; i < held.size(); i++) {
				if (predicted.within(i, held.get(i).expectation())) {
					within++;
				}
			}
		}
		return new Score(within, total, missing);
	}

	/**
	 * @param holdOut a hold-out name
	 * @return the shipped constants fitted without it, if the solver bundle has them
	 */
	static Optional<Calibration> shipped(String holdOut) {
		try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE_FOLDER + holdOut + ".properties")) {
			return in == null ? Optional.empty() : Optional.of(Calibration.read(in));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return how the shipped fold fits were made, for the reader of validate's output */
	static String shippedProcedure() {
		return Calibration.class.getResource(RESOURCE_FOLDER + "fold-1.properties") == null ? "none shipped"
				: "lithos calibrate --hold-out from the declared defaults; each file's command in its header";
	}

	/**
	 * @return the constants the fold fits vary (else the shipped fit), read from the {@code --params} of the
	 *         "# Reproduce:" line of the shipped file (the number of fitted constants stands next to the scores)
	 */
	static List<String> fittedConstants() {
		List<String> folds = fittedConstants(RESOURCE_FOLDER + "fold-1.properties");
		return folds.isEmpty() ? fittedConstants(Calibration.RESOURCE) : folds;
	}

	/** @return the constants the fit that wrote a shipped resource varies (its "# Reproduce:" line's --params) */
	private static List<String> fittedConstants(String resource) {
		try (InputStream in = Calibration.class.getResourceAsStream(resource)) {
			if (in == null) {
				return List.of();
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("^# Reproduce: .*--params \"([^\"]*)\"")
						.matcher(line);
				if (m.find()) {
					return List.copyOf(new TreeSet<>(java.util.Arrays.stream(m.group(1).split("[;,]")).map(String::trim)
							.filter(s -> !s.isEmpty()).toList()));
				}
			}
			return List.of();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
