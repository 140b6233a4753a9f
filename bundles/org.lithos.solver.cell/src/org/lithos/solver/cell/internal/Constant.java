package org.lithos.solver.cell.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a tunable constant of {@code lithos.cell}, on its field in {@link Cal}: everything else (the
 * calibration files, {@code lithos calibrate}, the solver and the documentation table of constants) derives from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Constant {

	/** @return the name in calibration files, e.g. "kinetics.j0Li" */
	String name();

	/** @return the SI unit of the value, "1" for a number */
	String unit();

	/** @return the default: the value set by hand before any fit, with the reasoning in {@link #meaning()} */
	double value();

	/** @return the lowest physically sensible value (the fit's bound) */
	double lower();

	/** @return the highest physically sensible value (the fit's bound) */
	double upper();

	/** @return "fitted" when {@code lithos calibrate} fits it, else where the default comes from */
	String source();

	/**
	 * @return the reference papers (Z25, M23, S25, M24 of docs/reference-data.md) whose observations move when the constant
	 *         goes across its bounds ({@code lithos calibrate --sensitivity}); one paper means it is informed by that
	 *         paper alone
	 */
	String[] papers();

	/** @return what it is, with the sources of its order of magnitude */
	String meaning();
}
