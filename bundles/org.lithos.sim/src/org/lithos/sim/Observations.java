package org.lithos.sim;

import java.util.List;
import java.util.Optional;

import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;
import org.lithos.model.names.Observable;
import org.lithos.model.names.SeriesName;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * Reads the predicted value of an observable from a result, in the SI unit of the expectation. Observables the
 * solvers do not predict yet give an empty answer, which reports call "not addressed" rather than failed.
 */
public final class Observations {

	private Observations() {
	}

	/**
	 * @param expectation what was measured
	 * @param input       the run it concerns
	 * @param result      the run's result
	 * @return the prediction in the expectation's SI unit, or empty when not predicted
	 */
	public static Optional<Double> predicted(Expectation expectation, SimulationInput input, SimulationResult result) {
		Summary summary = result.getSummary();
		List<CycleRecord> cycles = result.getCycles();
		int cycleIndex = expectation.getCycle() > 0 ? expectation.getCycle() : 1;
		Optional<CycleRecord> cycle = cycles.stream().filter(c -> c.getIndex() == cycleIndex).findFirst();
		String unit = expectation.getUnit();
		double value;
		Optional<Observable> observable = Observable.of(expectation.getObservable());
		if (observable.isEmpty()) {
			return Optional.empty();
		}
		if (expectation.getStep() != 0) {
			value = StepObservations.atStep(observable.get(), expectation, input, result);
			return Double.isNaN(value) ? Optional.empty() : Optional.of(value);
		}
		switch (observable.get()) {
			case FIRST_CYCLE_EFFICIENCY -> value = summary == null ? Double.NaN : summary.getFirstCycleEfficiency();
			case AVERAGE_EFFICIENCY -> value = expectation.getFirstCycle() > 0
					? averageEfficiency(cycles, expectation.getFirstCycle(), expectation.getLastCycle())
					: summary == null ? Double.NaN : summary.getAverageEfficiency();
			case COULOMBIC_EFFICIENCY -> value = cycle.map(CycleRecord::getCoulombicEfficiency).orElse(Double.NaN);
			case CYCLE_LIFE -> value = is(unit, Dimension.TIME) ? lifeTime(result) : summary == null ? Double.NaN
					: summary.getCycleLife();
			case CAPACITY_RETENTION -> value = expectation.getCycle() > 0 || expectation.getReferenceCycle() > 0
					? retention(cycles, expectation.getCycle() > 0 ? cycleIndex : lastComplete(cycles),
							expectation.getReferenceCycle() > 0 ? expectation.getReferenceCycle() : 1)
					: summary == null ? Double.NaN : summary.getCapacityRetention();
			case VOLTAGE, CURRENT, CAPACITY -> value = StepObservations.atCycleEnd(observable.get(), expectation, input,
					result);
			case DISCHARGE_CAPACITY, SPECIFIC_DISCHARGE_CAPACITY -> value = capacity(unit, input,
					cycle.map(CycleRecord::getDischargeCapacity).orElse(Double.NaN),
					cycle.map(CycleRecord::getSpecificDischargeCapacity).orElse(Double.NaN));
			// as the papers measure it: the charge a half cell returns on the strip of an activation cycle that plates
			// only down to 0 V vs Li, i.e. into the coating (alloy) and not as Li metal
			case REVERSIBLE_ALLOY_CAPACITY -> value = capacity(unit, input,
					cycle.map(CycleRecord::getDischargeCapacity).orElse(Double.NaN), Double.NaN);
			case CHARGE_CAPACITY, SPECIFIC_CHARGE_CAPACITY -> value = capacity(unit, input,
					cycle.map(CycleRecord::getChargeCapacity).orElse(Double.NaN),
					cycle.map(CycleRecord::getSpecificChargeCapacity).orElse(Double.NaN));
			case NUCLEATION_OVERPOTENTIAL -> value = cycle.map(CycleRecord::getNucleationOverpotential).map(v ->
					Double.isNaN(v) ? 0.0 : v).orElse(Double.NaN);
			case PLATING_OVERPOTENTIAL, GROWTH_OVERPOTENTIAL, OVERPOTENTIAL ->
				value = cycle.map(CycleRecord::getPlatingOverpotential).orElse(Double.NaN);
			case STRIPPING_OVERPOTENTIAL -> value = cycle.map(CycleRecord::getStrippingOverpotential).orElse(Double.NaN);
			case CAPACITY_TO_SHORT -> value = summary == null ? Double.NaN
					: capacity(unit, input, summary.getShortCircuitCycle() > 0 ? summary.getShortCircuitCapacity()
							: platedWithoutShort(cycles), Double.NaN);
			case SHORT_CIRCUIT -> value = summary == null ? Double.NaN : summary.getShortCircuitCycle() > 0 ? 1 : 0;
			// a run that never became unstable predicts an onset after its end: the life it ran is a lower bound
			case INSTABILITY_ONSET -> value = result.getEvents().stream()
					.filter(e -> e.getKind() == EventKind.INSTABILITY)
					.mapToDouble(e -> is(unit, Dimension.TIME) ? e.getTime() : e.getCycle()).findFirst()
					.orElse(is(unit, Dimension.TIME) ? lifeTime(result)
							: summary == null ? Double.NaN : summary.getCycleLife());
			case TIME_TO_SHORT -> value = result.getEvents().stream().filter(e -> e.getKind() == EventKind.SHORT_CIRCUIT)
					.mapToDouble(Event::getTime).findFirst().orElse(Double.NaN);
			case BULK_RESISTANCE -> value = resistance(result, SeriesName.BULK_RESISTANCE, expectation.getCycle(),
					input.getCell().getArea());
			case INTERFACE_RESISTANCE -> value = resistance(result, SeriesName.INTERFACE_RESISTANCE, expectation.getCycle(),
					input.getCell().getArea());
			case LI_THICKNESS -> value = maxInCycle(result, SeriesName.LI_THICKNESS, cycleIndex);
			case CORROSION_THICKNESS, SEI_THICKNESS -> value = last(result, SeriesName.SEI2_THICKNESS);
			// the deposit's figures (lithos.kmc) once all of it is deposited: its porosity (the pores below its
			// surface), how much of the collector it covers, its tallest column, roughness and particle size
			case POROSITY -> value = last(result, SeriesName.POROSITY);
			case SUBSTRATE_COVERAGE -> value = last(result, SeriesName.COVERAGE);
			case TIP_HEIGHT -> value = last(result, SeriesName.TIP_HEIGHT);
			case ROUGHNESS -> value = last(result, SeriesName.ROUGHNESS);
			case PARTICLE_SIZE -> value = last(result, SeriesName.PARTICLE_SIZE);
			case DEAD_LI -> value = cycle.map(c -> c.getInventory() == null ? Double.NaN : capacity(unit, input,
					c.getInventory().getDead(), Double.NaN)).orElse(Double.NaN);
			default -> value = Double.NaN;
		}
		return Double.isNaN(value) ? Optional.empty() : Optional.of(value);
	}

	/**
	 * A cycle life (in cycles or in hours) of a run that did every step of its protocol without a short or a stop
	 * condition is no prediction of the life: the protocol cut it off. The value is then a lower bound. So is the
	 * instability onset of a run that never became unstable.
	 *
	 * @param expectation what was measured
	 * @param result      the run's result
	 * @return whether the predicted value is only a lower bound set by the protocol's end
	 */
	public static boolean censored(Expectation expectation, SimulationResult result) {
		if (result != null && Observable.INSTABILITY_ONSET.word().equals(expectation.getObservable())) {
			// no instability in the whole run: the onset is later than anything the run reached
			return result.getEvents().stream().noneMatch(e -> e.getKind() == EventKind.INSTABILITY);
		}
		return result != null && Observable.CYCLE_LIFE.word().equals(expectation.getObservable())
				&& result.getStatus() == org.lithos.model.RunStatus.COMPLETED
				&& result.getEvents().stream().noneMatch(e -> e.getKind() == EventKind.SHORT_CIRCUIT);
	}

	/**
	 * The one verdict every score shares: {@code lithos validate}, the calibration's cost and the held-out scores.
	 *
	 * @param expectation what was measured
	 * @param predicted   the prediction in its SI unit
	 * @param censored    whether the prediction is only a lower bound ({@link #censored})
	 * @return whether the prediction establishes the expectation within its band
	 */
	public static boolean within(Expectation expectation, double predicted, boolean censored) {
		return censored ? satisfiedByLowerBound(expectation, predicted) : satisfied(expectation, predicted);
	}

	/**
	 * A lower bound decides only "at least" expectations it already meets; against any other it proves nothing, and
	 * an observation the run did not reach counts as failed (like a run that ended before the cycle it is about).
	 *
	 * @param expectation the expectation
	 * @param bound       the censored prediction (the true value is at least this), SI
	 * @return whether the bound alone establishes the expectation
	 */
	public static boolean satisfiedByLowerBound(Expectation expectation, double bound) {
		return switch (expectation.getComparison()) {
			case GT, GE -> satisfied(expectation, bound);
			case EQ, LT, LE -> false;
		};
	}

	/**
	 * @param expectation the expectation
	 * @param predicted   the prediction in its SI unit
	 * @return whether the prediction satisfies the comparison within the tolerance
	 */
	public static boolean satisfied(Expectation expectation, double predicted) {
		double expected = expectation.getValue();
		double tolerance = band(expectation, 0);
		return switch (expectation.getComparison()) {
			case EQ -> Math.abs(predicted - expected) <= tolerance + 1e-12 * Math.abs(expected);
			case LT -> predicted < expected + tolerance;
			case LE -> predicted <= expected + tolerance;
			case GT -> predicted > expected - tolerance;
			case GE -> predicted >= expected - tolerance;
		};
	}

	/**
	 * @param expectation an expectation
	 * @param fallback    band to use when the expectation states no tolerance, SI
	 * @return the half-width of its tolerance band in its SI unit (absolute, or relative times the value)
	 */
	public static double band(Expectation expectation, double fallback) {
		if (!Double.isNaN(expectation.getToleranceAbsolute())) {
			return expectation.getToleranceAbsolute();
		}
		if (!Double.isNaN(expectation.getToleranceRelative())) {
			return expectation.getToleranceRelative() * Math.abs(expectation.getValue());
		}
		return fallback;
	}

	/** @return the largest value of a series column within one cycle (e.g. the plated Li thickness), or NaN */
	private static double maxInCycle(SimulationResult result, SeriesName column, int cycle) {
		double[] values = column(result, column);
		double[] cycles = column(result, SeriesName.CYCLE);
		if (values == null || cycles == null) {
			return Double.NaN;
		}
		double max = Double.NaN;
		for (int i = 0; i < Math.min(values.length, cycles.length); i++) {
			if ((int) cycles[i] == cycle && (Double.isNaN(max) || values[i] > max)) {
				max = values[i];
			}
		}
		return max;
	}

	/**
	 * @return an areal resistance column (ohm m2) as the cell's resistance in ohm: before cycling (cycle 0) the
	 *         first point, at cycle N the last point of that cycle, without a cycle the last point
	 */
	private static double resistance(SimulationResult result, SeriesName column, int cycle, double area) {
		double[] values = column(result, column);
		double[] cycles = column(result, SeriesName.CYCLE);
		if (values == null || values.length == 0 || !(area > 0)) {
			return Double.NaN;
		}
		double areal = Double.NaN;
		if (cycle == 0) {
			areal = values[0];
		} else if (cycle < 0 || cycles == null) {
			areal = values[values.length - 1];
		} else {
			for (int i = 0; i < Math.min(values.length, cycles.length); i++) {
				if ((int) cycles[i] == cycle) {
					areal = values[i];
				}
			}
		}
		return areal / area;
	}

	/** @return the last value of a series column, or NaN */
	private static double last(SimulationResult result, SeriesName column) {
		double[] values = column(result, column);
		return values == null || values.length == 0 ? Double.NaN : values[values.length - 1];
	}

	static double[] column(SimulationResult result, SeriesName name) {
		return name.in(result).map(s -> s.getValues()).orElse(null);
	}

	static boolean is(String unit, Dimension dimension) {
		return Quantity.siSymbol(dimension).equals(unit);
	}

	private static double lifeTime(SimulationResult result) {
		int life = result.getSummary() == null ? 0 : result.getSummary().getCycleLife();
		return result.getCycles().stream().filter(c -> c.getIndex() == life).mapToDouble(CycleRecord::getEndTime)
				.findFirst().orElse(Double.NaN);
	}

	/** @return discharge capacity of a cycle over that of the reference cycle; NaN when either was not reached */
	private static double retention(List<CycleRecord> cycles, int cycle, int reference) {
		double base = discharge(cycles, reference);
		return base > 0 ? discharge(cycles, cycle) / base : Double.NaN;
	}

	private static double discharge(List<CycleRecord> cycles, int cycle) {
		return cycles.stream().filter(c -> c.getIndex() == cycle).mapToDouble(CycleRecord::getDischargeCapacity)
				.findFirst().orElse(Double.NaN);
	}

	/** @return the last cycle with an efficiency (a charge and a discharge), 0 without one */
	private static int lastComplete(List<CycleRecord> cycles) {
		return cycles.stream().filter(c -> Double.isFinite(c.getCoulombicEfficiency())).mapToInt(CycleRecord::getIndex)
				.max().orElse(0);
	}

	/**
	 * The average efficiency over cycles {@code first} to {@code last}, charge-weighted as the run's average is
	 * (Li returned over Li put in; the mean of the cycles' efficiencies when they pass equal charge).
	 *
	 * @return NaN when a cycle of the range was not completed (the run ended or shorted before): the cell did not
	 *         show that average
	 */
	static double averageEfficiency(List<CycleRecord> cycles, int first, int last) {
		double in = 0;
		double out = 0;
		int seen = 0;
		for (CycleRecord record : cycles) {
			if (record.getIndex() < first || record.getIndex() > last) {
				continue;
			}
			if (!Double.isFinite(record.getCoulombicEfficiency())) {
				return Double.NaN;
			}
			in += record.getChargeCapacity();
			out += record.getDischargeCapacity();
			seen++;
		}
		return seen == last - first + 1 && in > 0 ? out / in : Double.NaN;
	}

	/** Areal capacity in the expectation's unit: per area, per cell (times the area) or per gram of cathode. */
	/**
	 * A run that ended without a short bounds the capacity to short from below by all it plated: "> 15 mAh/cm2"
	 * passes after 20 mAh/cm2 without a short, "= 3.1 mAh/cm2" fails as it should (the model predicts no short).
	 *
	 * @return charge plated or charged over the whole run, A s/m2; NaN for a run without cycles
	 */
	private static double platedWithoutShort(List<CycleRecord> cycles) {
		if (cycles.isEmpty()) {
			return Double.NaN;
		}
		return cycles.stream().mapToDouble(CycleRecord::getChargeCapacity).filter(Double::isFinite).sum();
	}

	static double capacity(String unit, SimulationInput input, double areal, double specific) {
		if (is(unit, Dimension.SPECIFIC_CAPACITY)) {
			if (!Double.isNaN(specific)) {
				return specific;
			}
			var cathode = input.getCell().getCathode();
			return cathode == null ? Double.NaN : areal / cathode.getActiveLoading();
		}
		if (is(unit, Dimension.CHARGE)) {
			return areal * input.getCell().getArea();
		}
		return areal;
	}
}
