package org.lithos.cli.api;

import java.io.PrintStream;

/**
 * A group of figures that {@code lithos bench} measures, contributed as an OSGi service by the bundle whose code it
 * measures. Each also gets its own option, {@code lithos bench --ID-only}.
 */
public interface Benchmark {

	/** @return a short lower-case word, e.g. {@code kmc}; gives the option {@code --kmc-only} */
	String id();

	/** @return what it measures in a few words, e.g. {@code kinetic Monte Carlo} */
	String title();

	/**
	 * @return the item of {@code lithos bench --help} that says what it measures: lines indented by four spaces after
	 *         the first, without a trailing newline
	 */
	String description();

	/**
	 * @return how the figures are taken, for the header above them: {@code in-process after warm-up} (the default)
	 *         or, for figures of whole processes, how those are started and counted
	 */
	default String method() {
		return "in-process after warm-up";
	}

	/** Measures and prints its figures as rows of the bench table ({@code %-52s} label, value, unit). */
	void run(PrintStream out);
}
