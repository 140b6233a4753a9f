package org.lithos.dsl.validation;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The ids of the installed solvers, for checking {@code solver "id"} in studies. The language knows nothing of
 * solvers (the compiler is the only bridge), so the application that has a solver registry installs a supplier
 * here; until one is installed, solver names are not judged. The supplier is asked at most once, and only when
 * a study names a solver, so {@code lithos check} pays for the registry only when it needs it.
 */
public final class SolverIds {

	private static volatile Supplier<Set<String>> source = Set::of;
	private static volatile Set<String> known;

	private SolverIds() {
	}

	/**
	 * @param ids supplies the installed solvers' ids (an empty set: unknown, nothing is judged)
	 * @return closing it restores what was installed before (commands run in-process one after another in tests)
	 */
	public static synchronized Installation install(Supplier<Set<String>> ids) {
		Supplier<Set<String>> previous = source;
		source = ids;
		known = null;
		return () -> {
			synchronized (SolverIds.class) {
				source = previous;
				known = null;
			}
		};
	}

	/** An installed supplier; closing it restores the previous one. */
	public interface Installation extends AutoCloseable {
		@Override
		void close();
	}

	/** @return the installed solvers' ids; empty when nobody installed them */
	public static synchronized Set<String> known() {
		if (known == null) {
			known = Set.copyOf(source.get());
		}
		return known;
	}
}
