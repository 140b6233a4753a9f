/**
 * {@code lithos calibrate}: fits the cycling solver's global calibration constants to the reference observations.
 * It lives beside the solver it calibrates and reaches the language only through the command line's
 * {@link org.lithos.cli.api.CellFiles} service.
 */
package org.lithos.solver.cell.internal.calibrate;
