package org.lithos.solver.cell.internal.calibrate;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.lithos.data.VoltageStep;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.cell.Calibration;
import org.lithos.solver.cell.CellSolver;

/**
 * Fits calibration constants of {@code lithos.cell} to one cell's measured voltage curves: least squares on voltage
 * against the charge passed in each step, at the measured points of the chosen cycles, with Hipparchus'
 * Levenberg-Marquardt optimiser. Constants are fitted as logarithms (they are positive and span decades) and kept
 * within their bounds; the Jacobian is a forward difference of one solver run per constant. The confidence intervals
 * come from the covariance (J^T J)^-1 scaled by the residual variance, so they hold for independent noise of equal
 * variance on every point.
 */
public final class DataFit {

	/** Two-sided 95 % quantile of the normal distribution. */
	private static final double Z95 = 1.959963984540054;
	/** Relative step of the forward differences, in log space: small against the constants' uncertainty. */
	private static final double STEP = 1e-3;
	/** Points compared per measured step, spread evenly over it. */
	private static final int POINTS_PER_STEP = 40;

	private final SimulationInput input;
	private final List<String> names;
	private final Calibration start;
	private final List<VoltageStep> measured = new ArrayList<>();
	private final double[] q;
	private final double[] target;
	private final int[] step;
	private int runs;

	/**
	 * @param input    the measured cell's run (its protocol as the cycler ran it)
	 * @param measured the measured steps to fit (of the cycles chosen), capacities per cell area
	 * @param names    the constants to fit
	 * @param start    the other constants, and the start values
	 */
	public DataFit(SimulationInput input, List<VoltageStep> measured, List<String> names, Calibration start) {
		this.input = input;
		this.names = List.copyOf(names);
		this.start = start;
		List<double[]> points = new ArrayList<>();
		for (VoltageStep s : measured) {
			for (int i : compared(s.capacity().length)) {
				points.add(new double[] { s.capacity()[i], s.voltage()[i], this.measured.size() });
			}
			this.measured.add(s);
		}
		q = points.stream().mapToDouble(p -> p[0]).toArray();
		target = points.stream().mapToDouble(p -> p[1]).toArray();
		step = points.stream().mapToInt(p -> (int) p[2]).toArray();
	}

	/**
	 * @param step a measured step
	 * @return the capacities of its points the fit compares, C/m2, in the order of {@link Result#residuals()}
	 */
	public static double[] comparedCapacities(VoltageStep step) {
		return java.util.Arrays.stream(compared(step.capacity().length)).mapToDouble(i -> step.capacity()[i])
				.toArray();
	}

	/** At most {@link #POINTS_PER_STEP} indices spread evenly over a step of n points. */
	private static int[] compared(int n) {
		int k = Math.min(POINTS_PER_STEP, n);
		int[] indices = new int[k];
		for (int j = 0; j < k; j++) {
			indices[j] = k == 1 ? n - 1 : (int) Math.round((double) j * (n - 1) / (k - 1));
		}
		return indices;
	}

	/**
	 * The fit's outcome.
	 *
	 * @param calibration the start calibration with the fitted constants
	 * @param names       the fitted constants
	 * @param values      their fitted values
	 * @param low         the lower ends of their 95 % confidence intervals
	 * @param high        the upper ends
	 * @param rmsStart    RMS voltage residual at the start values, V
	 * @param rms         RMS voltage residual at the fitted values, V
	 * @param points      the number of compared points
	 * @param runs        the solver runs the fit took
	 * @param residuals   predicted less measured voltage at each compared point, V
	 */
	public record Result(Calibration calibration, List<String> names, double[] values, double[] low, double[] high,
			double rmsStart, double rms, int points, int runs, double[] residuals) {
	}

	/**
	 * @param maxIterations the most Levenberg-Marquardt iterations
	 * @return the fitted constants with their confidence intervals and residuals
	 */
	public Result fit(int maxIterations) {
		double[] p0 = new double[names.size()];
		for (int i = 0; i < p0.length; i++) {
			p0[i] = Math.log(start.value(names.get(i)));
		}
		double rmsStart = rms(predict(p0), target);
		Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder().start(p0)
				.target(target).model(this::valueAndJacobian).parameterValidator(this::withinBounds)
				.maxEvaluations(10 * maxIterations).maxIterations(maxIterations).build());
		double[] p = optimum.getPoint().toArray();
		double[] residuals = predictMinusTarget(predict(p));
		int m = target.length;
		int n = p.length;
		double variance = sumOfSquares(residuals) / Math.max(1, m - n);
		RealMatrix covariance = optimum.getCovariances(1e-14).scalarMultiply(variance);
		double[] values = new double[n];
		double[] low = new double[n];
		double[] high = new double[n];
		Calibration fitted = start;
		for (int i = 0; i < n; i++) {
			double sigma = Math.sqrt(covariance.getEntry(i, i));
			values[i] = Math.exp(p[i]);
			low[i] = Math.exp(p[i] - Z95 * sigma);
			high[i] = Math.exp(p[i] + Z95 * sigma);
			fitted = fitted.with(names.get(i), values[i]);
		}
		return new Result(fitted, names, values, low, high, rmsStart, Math.sqrt(sumOfSquares(residuals) / m), m, runs,
				residuals);
	}

	private RealVector withinBounds(RealVector p) {
		double[] bounded = p.toArray();
		for (int i = 0; i < bounded.length; i++) {
			bounded[i] = Math.max(Math.log(start.lower(names.get(i))),
					Math.min(Math.log(start.upper(names.get(i))), bounded[i]));
		}
		return new ArrayRealVector(bounded, false);
	}

	private Pair<RealVector, RealMatrix> valueAndJacobian(RealVector point) {
		double[] p = point.toArray();
		double[] value = predict(p);
		double[][] jacobian = new double[value.length][p.length];
		for (int j = 0; j < p.length; j++) {
			double[] moved = p.clone();
			moved[j] += STEP;
			double[] v = predict(moved);
			for (int i = 0; i < value.length; i++) {
				jacobian[i][j] = (v[i] - value[i]) / STEP;
			}
		}
		return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
	}

	/** Predicted voltage at each compared point; past the end of a predicted step, the step's last voltage. */
	double[] predict(double[] logValues) {
		Calibration calibration = start;
		for (int i = 0; i < logValues.length; i++) {
			calibration = calibration.with(names.get(i), Math.exp(logValues[i]));
		}
		SimulationResult result;
		try {
			result = new CellSolver(calibration).solve(input, ProgressMonitor.NULL);
		} catch (SolverException e) {
			throw new IllegalStateException("lithos.cell failed during the fit: " + e.getMessage(), e);
		}
		runs++;
		List<VoltageStep> predicted = VoltageStep.ofSeries(column(result, SeriesName.CAPACITY),
				column(result, SeriesName.VOLTAGE), column(result, SeriesName.CYCLE),
				column(result, SeriesName.CURRENT));
		double[] v = new double[q.length];
		for (int i = 0; i < q.length; i++) {
			VoltageStep p = VoltageStep.matching(predicted, measured.get(step[i])).orElse(null);
			if (p == null) {
				v[i] = 0;
				continue;
			}
			double at = p.voltageAt(q[i]);
			v[i] = Double.isNaN(at) ? p.voltage()[q[i] < p.capacity()[0] ? 0 : p.voltage().length - 1] : at;
		}
		return v;
	}

	private double[] predictMinusTarget(double[] predicted) {
		double[] r = new double[predicted.length];
		for (int i = 0; i < r.length; i++) {
			r[i] = predicted[i] - target[i];
		}
		return r;
	}

	private double rms(double[] predicted, double[] measuredValues) {
		double sum = 0;
		for (int i = 0; i < predicted.length; i++) {
			sum += (predicted[i] - measuredValues[i]) * (predicted[i] - measuredValues[i]);
		}
		return Math.sqrt(sum / predicted.length);
	}

	private static double sumOfSquares(double[] r) {
		double sum = 0;
		for (double v : r) {
			sum += v * v;
		}
		return sum;
	}

	private static double[] column(SimulationResult result, SeriesName name) {
		return name.in(result).map(Series::getValues).orElse(new double[0]);
	}
}
