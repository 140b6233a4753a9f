package org.lithos.solver.api;

/**
 * How an application hands a calibration file to the solvers of its process: it sets the system property
 * {@value #PROPERTY} to the file's path before any solver starts ({@code lithos run --calibration FILE}). A
 * calibrated solver reads it instead of its shipped constants; solvers without calibration ignore it.
 */
public final class CalibrationFile {

	/** The system property naming the calibration file. */
	public static final String PROPERTY = "lithos.calibration";

	private CalibrationFile() {
	}
}
