package org.lithos.dsl.compiler;

import java.util.Locale;
import java.util.OptionalDouble;

import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredObservables;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.names.Observable;
import org.lithos.units.Dimension;

/**
 * The value of an {@code expect ... = measured} clause, derived from the cell's measured file as {@code lithos.cell}
 * derives its prediction: efficiencies as fractions, capacities per cell area, cycle life as a count. The text is the
 * value alone (reports format predictions like it); the file is the expectation's source.
 */
public final class MeasuredValues {

	/** What {@code = measured} can stand for, for messages. */
	static final String MEASURABLE = "first cycle efficiency, average efficiency, coulombic efficiency, "
			+ "charge capacity, discharge capacity, capacity retention (at cycle N) and cycle life";
	/** C/m2 in one mAh/cm2. */
	private static final double MAH_PER_CM2 = 36_000;

	private MeasuredValues() {
	}

	/**
	 * @param expectation an expectation with {@code = measured}
	 * @param curve       its cell's measured curve
	 * @param area        the cell's area, m2
	 * @return the measured value and its text
	 * @throws CompileException when the file does not give the observable
	 */
	public static Value of(Expectation expectation, MeasuredCurve curve, double area) throws CompileException {
		MeasuredObservables measured = new MeasuredObservables(curve);
		int cycle = (int) expectation.getCycle();
		String file = curve.source().getFileName().toString();
		Observable observable = Observable.of(expectation.getObservable()).orElse(null);
		if (observable == null) {
			throw notMeasurable(expectation);
		}
		return switch (observable) {
			case FIRST_CYCLE_EFFICIENCY -> fraction(expectation, measured.firstCycleEfficiency(), file);
			case AVERAGE_EFFICIENCY -> fraction(expectation,
					Inheritance.isWritten(expectation, Literals.EXPECTATION__FIRST_CYCLE)
							? averageOver(curve, (int) expectation.getFirstCycle(), (int) expectation.getLastCycle())
							: measured.averageEfficiency(), file);
			case COULOMBIC_EFFICIENCY -> fraction(expectation, efficiency(curve, atCycle(expectation, cycle)), file);
			case CAPACITY_RETENTION -> fraction(expectation, measured.retention(atCycle(expectation, cycle),
					Inheritance.isWritten(expectation, Literals.EXPECTATION__REFERENCE_CYCLE)
							? (int) expectation.getReferenceCycle() : 1), file);
			case CHARGE_CAPACITY -> areal(expectation, measured.chargeCapacity(atCycle(expectation, cycle)), area,
					file);
			case DISCHARGE_CAPACITY -> areal(expectation, measured.dischargeCapacity(atCycle(expectation, cycle)),
					area, file);
			case CYCLE_LIFE -> new Value(measured.cycleLife(), Dimension.DIMENSIONLESS,
					measured.cycleLife() + " cycles");
			default -> throw notMeasurable(expectation);
		};
	}

	/** @return charge back over charge forward in cycles first to last, as lithos.cell averages; empty unless all complete */
	private static OptionalDouble averageOver(MeasuredCurve curve, int first, int last) {
		double forward = 0;
		double back = 0;
		int seen = 0;
		for (var c : curve.cycles()) {
			if (c.index() >= first && c.index() <= last && c.complete()) {
				forward += c.forward();
				back += c.back();
				seen++;
			}
		}
		return seen == last - first + 1 && forward > 0 ? OptionalDouble.of(back / forward) : OptionalDouble.empty();
	}

	private static OptionalDouble efficiency(MeasuredCurve curve, int cycle) {
		return curve.cycles().stream().filter(c -> c.index() == cycle && c.complete())
				.mapToDouble(c -> c.efficiency()).findFirst();
	}

	private static int atCycle(Expectation expectation, int cycle) throws CompileException {
		if (cycle < 1) {
			throw new CompileException(expectation, "a measured " + expectation.getObservable()
					+ " needs 'at cycle N'", IssueCodes.NOT_MEASURED);
		}
		return cycle;
	}

	private static Value fraction(Expectation expectation, OptionalDouble value, String file)
			throws CompileException {
		double v = present(expectation, value, file);
		return new Value(v, Dimension.DIMENSIONLESS, String.format(Locale.ROOT, "%.1f %%", 100 * v));
	}

	private static Value areal(Expectation expectation, OptionalDouble charge, double area, String file)
			throws CompileException {
		double v = present(expectation, charge, file) / area;
		return new Value(v, Dimension.AREAL_CAPACITY, String.format(Locale.ROOT, "%.3f mAh/cm2", v / MAH_PER_CM2));
	}

	private static double present(Expectation expectation, OptionalDouble value, String file)
			throws CompileException {
		if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
			throw new CompileException(expectation, file + " has no " + expectation.getObservable()
					+ (expectation.getCycle() > 0 ? " at cycle " + (int) expectation.getCycle() : "")
					+ " (no complete cycle there)", IssueCodes.NOT_MEASURED);
		}
		return value.getAsDouble();
	}

	private static CompileException notMeasurable(Expectation expectation) {
		return new CompileException(expectation, "'" + expectation.getObservable()
				+ "' cannot be taken from a data file; measured values are " + MEASURABLE, IssueCodes.NOT_MEASURED);
	}
}
