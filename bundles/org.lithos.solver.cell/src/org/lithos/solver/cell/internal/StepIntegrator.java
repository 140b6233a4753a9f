package org.lithos.solver.cell.internal;

import java.util.function.BooleanSupplier;

import org.lithos.model.EventKind;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.nucleation.Nucleation;
import org.lithos.units.Constants;

/**
 * Integrates one protocol step in time. Current steps advance in charge increments of about
 * 1/{@link Defaults#INCREMENTS_PER_STEP} of the step's expected capacity, finer as a reservoir runs out, and bisect
 * the last increment onto a voltage cut-off (and onto a filament crossing the separator); holds solve for the current that keeps the voltage; open-circuit steps
 * only age the interfaces. Every increment moves Li between the pools of {@link CellState} so that their sum is
 * unchanged.
 */
final class StepIntegrator {

	private final CellParameters p;
	private final CellState s;
	private final CellState saved = new CellState();
	private final SeriesBuffer series;
	private final EventLog events;

	// per step
	private StepPlan step;
	private final LiTransfer transfer;
	/** The steps of a Li-free blocking cell. */
	private final BlockingCell blocking;
	private boolean nucleatedThisStep;
	private boolean voidReported;
	/** Whether a filament has started into the separator (reported once per run). */
	private boolean instabilityReported;
	private boolean alloyHeldLiAtStart;
	private double stepCharge;
	/** Overpotential samples of the step being run, for its plateau ({@link #stepOverpotential()}). */
	private final CycleStats.Samples stepSamples = new CycleStats.Samples();
	/** Nucleation overpotential of the step being run, V; NaN when Li met no barrier in it. */
	private double stepNucleation;

	/** Whether the cell shorted. */
	boolean shorted;
	/** Charge passed in the step that shorted, A s/m2. */
	double shortCapacity = Double.NaN;
	/** Run time at which the protocol stops (TOTAL_TIME), s, or NaN. */
	double timeLimit = Double.NaN;

	/** @return whether the total time limit has passed (the step then ends early) */
	boolean timeUp() {
		return s.time >= timeLimit;
	}

	StepIntegrator(CellParameters p, CellState s, SeriesBuffer series, EventLog events) {
		this.p = p;
		this.s = s;
		this.series = series;
		this.events = events;
		this.transfer = new LiTransfer(p, s);
		this.blocking = new BlockingCell(p, s, series, transfer, events);
	}

	/** Runs one step, adding to the cycle's sums. */
	void run(StepPlan st, CycleStats cs) throws SolverException {
		step = st;
		nucleatedThisStep = false;
		voidReported = false;
		s.freshSeiDone = false;
		s.alloyExtracted = 0;
		s.alloyUptakeTime = 0;
		stepCharge = 0;
		stepSamples.clear();
		stepNucleation = Double.NaN;
		transfer.beginStep(st.pressure);
		// ionic conduction and charge transfer are thermally activated
		s.resistanceFactor = 1 / Kinetics.arrhenius(p.k.SE_ACTIVATION, st.temperature, p.conductivityTemperature);
		s.exchangeFactor = Kinetics.arrhenius(p.k.CHARGE_TRANSFER_ACTIVATION, st.temperature, Constants.STANDARD_TEMPERATURE);
		alloyHeldLiAtStart = s.alloyReversible + s.alloyTrapped > 0;
		series.beginStep(st.index);
		if (p.blocking) {
			stepCharge = blocking.run(st, timeLimit);
			series.endStep();
			return;
		}
		if (st.kind == StepPlan.Kind.DISSOLVE) {
			cs.hadDischarge = true; // a strip that cannot start still counts, with zero capacity
		}
		switch (st.kind) {
		case DEPOSIT -> runCurrent(cs, true);
		case DISSOLVE -> runCurrent(cs, false);
		case HOLD -> runHold(cs);
		default -> runOpen();
		}
		if (st.kind == StepPlan.Kind.DISSOLVE) {
			// the first deposit on a fresh collector is porous on its first strip only
			s.firstDeposit = false;
		}
		if (st.kind == StepPlan.Kind.DISSOLVE && p.alloyCapacity > 0) {
			double swing = s.alloyExtracted / p.alloyCapacity;
			s.crackDamage = Math.min(1, s.crackDamage + LossChannels.crackDamagePerSwing(p) * swing);
		}
		if (p.full && st.kind == StepPlan.Kind.DEPOSIT) {
			s.cathodeCapacity *= 1 - p.cathodeFade;
		}
		series.endStep();
	}

	/**
	 * @return the plateau overpotential of the step last run, V: the charge-weighted median of its samples, read as
	 *         the cycle's plating and stripping overpotentials are, but over this step alone; NaN when no Li metal
	 *         carried its charge (a half cell's alloying or conversion step)
	 */
	double stepOverpotential() {
		return stepSamples.median();
	}

	/** @return the nucleation overpotential of the step last run, V; NaN when Li met no barrier in it */
	double stepNucleation() {
		return stepNucleation;
	}

	private SolverException diverged(String what) {
		return new SolverException(SolverException.Kind.DIVERGED, what, p.runId, step.index, step.cycle, null);
	}

	private void record(double v, double signedCurrent) {
		series.add(s.time, v, signedCurrent, stepCharge, step.cycle, s.sei2Thickness,
				s.plated * p.liMolarVolume / Constants.FARADAY, CellVoltage.bulkResistance(p, s),
				CellVoltage.interfaceResistance(p, s, step.temperature));
	}

	/** Direction in which the voltage moves while the step drives current: +1 rises, -1 falls. */
	private int voltageDirection(boolean deposit) {
		return p.full == deposit ? 1 : -1;
	}

	private void runCurrent(CycleStats cs, boolean deposit) throws SolverException {
		double j = step.current;
		double t = step.temperature;
		double signed = deposit ? j : -j;
		int vdir = voltageDirection(deposit);
		double qMax = Math.min(Double.isFinite(step.capacityLimit) ? step.capacityLimit : Double.POSITIVE_INFINITY,
				Double.isFinite(step.durationLimit) ? step.durationLimit * j : Double.POSITIVE_INFINITY);
		double vLim = step.voltageLimit;
		double expected = Double.isFinite(qMax) ? qMax : expectedCapacity(deposit);
		double dqBase = Math.max(expected / Defaults.INCREMENTS_PER_STEP, 1e-9);
		if (deposit) {
			s.lastDepositCurrent = j;
		}
		double v = CellVoltage.voltage(p, s, signed, t);
		record(v, signed);
		if (Double.isFinite(vLim) && vdir * (v - vLim) >= 0 && !(deposit && nucleationPending(j))) {
			events.add(EventKind.CUTOFF, step.cycle, step.index, s.time, 0, "already at the " + vLim + " V cut-off");
			return;
		}
		int guard = 0;
		while (true) {
			if (++guard > 2_000_000) {
				throw diverged("the step does not terminate (" + step.label + ")");
			}
			if (deposit) {
				maybeNucleate(j, t);
			}
			double dq = dqBase;
			if (Double.isFinite(qMax)) {
				dq = Math.min(dq, qMax - stepCharge);
			}
			Electrode.Channel channel;
			if (deposit) {
				channel = Electrode.depositChannel(p, s, j);
				if (channel == Electrode.Channel.CONVERSION) {
					dq = Math.min(dq, p.conversionCapacity - s.conversion);
				} else if (channel == Electrode.Channel.ALLOY) {
					dq = Math.min(dq, Electrode.alloyRoom(p, s));
				}
				double source = p.full ? s.cathode : s.counter;
				if (source <= 0) {
					events.add(EventKind.WARNING, step.cycle, step.index, s.time, stepCharge,
							p.full ? "the cathode has no Li left" : "the counter electrode has no Li left");
					break;
				}
				dq = Math.min(dq, source);
			} else {
				channel = Electrode.dissolveChannel(p, s, j, t);
				double amount = channel == Electrode.Channel.METAL ? s.strippableMetal() : s.alloyReversible;
				dq = Math.min(dq, Math.max(dqBase / 512, 0.5 * amount));
			}
			if (!(dq > 0)) {
				break;
			}
			saved.copyFrom(s);
			double moved = advance(deposit, dq, j, t);
			if (moved <= 0) {
				s.copyFrom(saved);
				events.add(Double.isFinite(vLim) ? EventKind.CUTOFF : EventKind.WARNING, step.cycle, step.index, s.time,
						stepCharge, "nothing left to dissolve");
				break;
			}
			v = CellVoltage.voltage(p, s, signed, t);
			if (!Double.isFinite(v) || !Double.isFinite(s.total())) {
				throw diverged("voltage or inventory is not finite");
			}
			boolean cut = Double.isFinite(vLim) && vdir * (v - vLim) >= 0;
			if (cut) {
				moved = bisect(deposit, dq, j, t, () -> vdir * (CellVoltage.voltage(p, s, signed, t) - vLim) >= 0);
				v = CellVoltage.voltage(p, s, signed, t);
			} else if (deposit && s.filamentLength >= p.separatorThickness) {
				// the charge to short is an observable: find where in the increment the filament got across
				moved = bisect(true, dq, j, t, () -> s.filamentLength >= p.separatorThickness);
				v = CellVoltage.voltage(p, s, signed, t);
			}
			stepCharge += moved;
			accumulate(cs, deposit, channel, moved, v, t);
			record(v, signed);
			reportVoids();
			if (checkShort() || timeUp()) {
				return;
			}
			if (cut) {
				events.add(EventKind.CUTOFF, step.cycle, step.index, s.time, stepCharge, "reached " + vLim + " V");
				break;
			}
			if (Double.isFinite(qMax) && stepCharge >= qMax * (1 - 1e-12)) {
				break;
			}
		}
	}

	/**
	 * Finds, by bisection from the state before the increment, the least part of it after which the condition holds
	 * (a voltage cut-off reached, a filament across), and leaves the state advanced by that part.
	 *
	 * @return the charge moved, A s/m2
	 */
	private double bisect(boolean deposit, double dq, double j, double t, BooleanSupplier reached) {
		double lo = 0;
		double hi = dq;
		for (int k = 0; k < 60 && hi - lo > 1e-9 * dq + 1e-12; k++) {
			double mid = 0.5 * (lo + hi);
			s.copyFrom(saved);
			advance(deposit, mid, j, t);
			if (reached.getAsBoolean()) {
				hi = mid;
			} else {
				lo = mid;
			}
		}
		s.copyFrom(saved);
		return advance(deposit, hi, j, t);
	}

	private void accumulate(CycleStats cs, boolean deposit, Electrode.Channel channel, double moved, double v, double t) {
		// overpotential against the equilibrium of the reaction that carried the charge (Li metal: Li/Li+)
		double eq = CellVoltage.openCircuit(p, s, channel == Electrode.Channel.METAL ? 0 : CellVoltage.restPotential(p, s));
		double eta = Math.abs(v - eq);
		boolean counts = p.full || channel == Electrode.Channel.METAL;
		if (deposit) {
			cs.charge += moved;
			if (counts) {
				cs.platingEtaWeighted += eta * moved;
				cs.platingEtaCharge += moved;
				cs.plating.add(eta, moved);
				stepSamples.add(eta, moved);
			}
		} else {
			cs.discharge += moved;
			cs.hadDischarge = true;
			if (counts) {
				cs.strippingEtaWeighted += eta * moved;
				cs.strippingEtaCharge += moved;
				cs.stripping.add(eta, moved);
				stepSamples.add(eta, moved);
			}
		}
		if (nucleatedThisStep && s.nucleationOverpotential > 0) {
			stepNucleation = s.nucleationOverpotential;
			if (Double.isNaN(cs.nucleation)) {
				cs.nucleation = s.nucleationOverpotential;
			}
		}
	}

	private double expectedCapacity(boolean deposit) {
		if (deposit) {
			double room = Math.max(0, p.conversionCapacity - s.conversion)
					+ Math.max(0, p.alloyCapacity - s.alloyReversible - s.alloyTrapped);
			if (p.full) {
				return Math.max(room, s.cathode - 0.2 * s.cathodeCapacity);
			}
			return room > 0 ? room : 36000;
		}
		double avail = s.strippableMetal() + s.alloyReversible;
		return avail > 0 ? avail : 1;
	}

	private boolean nucleationPending(double j) {
		return !nucleatedThisStep && Electrode.depositChannel(p, s, j) == Electrode.Channel.METAL
				&& s.strippableMetal() < p.k.BARE_SURFACE_FRACTION * LossChannels.coverCharge(p);
	}

	/** Starts Li metal on a surface without Li: nucleation barrier, fresh SEI. */
	private void maybeNucleate(double j, double t) {
		if (!nucleationPending(j)) {
			return;
		}
		nucleatedThisStep = true;
		boolean barrier = !(p.alloyCapacity > 0 && alloyHeldLiAtStart);
		double eta = barrier ? Nucleation.galvanostaticOverpotential(j, t, p.nucleationGamma, p.liMolarVolume,
				p.contactAngle, p.k.NUCLEATION_PREFACTOR, Defaults.NUCLEATION_ALPHA) : 0;
		s.nucleationOverpotential = eta > 1e-4 ? eta : 0;
		s.chargeSinceNucleation = 0;
		// the very first deposit on a pristine collector loses more on its first strip whatever its wetting (later
		// deposits meet a surface that has already formed its SEI)
		s.firstDeposit = !s.collectorUsed;
		s.collectorUsed = true;
		if (s.nucleationOverpotential > 0) {
			events.add(EventKind.NUCLEATION, step.cycle, step.index, s.time, stepCharge,
					String.format("Li nucleated at %.1f mV", eta * 1e3));
		}
	}

	private double advance(boolean deposit, double dq, double j, double t) {
		return deposit ? transfer.deposit(dq, j, t) : transfer.dissolve(dq, j, t);
	}

	/** Reports voids once per step, after an accepted increment. */
	private void reportVoids() {
		if (!voidReported && s.voidFraction > 0.1) {
			voidReported = true;
			events.add(EventKind.VOID, step.cycle, step.index, s.time, stepCharge,
					"stripping outruns Li creep: voids open at the interface");
		}
	}

	/**
	 * Instability, its own failure mode (docs/physics.md, failure): once a filament has started into the separator
	 * the cell is unstable before it is shorted. Its tip makes and breaks contact through the pellet's pores and grain
	 * boundaries (soft shorts: an erratic voltage, a fluctuating CE), and a cell whose filament never crosses stays
	 * unstable without a hard short. Reported once, after an accepted increment.
	 */
	private void reportInstability() {
		if (!instabilityReported && s.filamentLength > 0) {
			instabilityReported = true;
			events.add(EventKind.INSTABILITY, step.cycle, step.index, s.time, stepCharge,
					"a Li filament grows into the separator: soft shorts make the voltage erratic");
		}
	}

	private boolean checkShort() {
		reportInstability();
		if (s.filamentLength >= p.separatorThickness) {
			shorted = true;
			shortCapacity = stepCharge;
			events.add(EventKind.SHORT_CIRCUIT, step.cycle, step.index, s.time, stepCharge,
					"a Li filament crossed the separator");
			record(0, 0);
			return true;
		}
		return false;
	}

	private void runHold(CycleStats cs) throws SolverException {
		double t = step.temperature;
		double vh = step.voltage;
		double duration = Double.isFinite(step.durationLimit) ? step.durationLimit : Double.POSITIVE_INFINITY;
		double jTerm = Double.isFinite(step.currentLimit) ? step.currentLimit : 0;
		if (!Double.isFinite(duration) && jTerm <= 0) {
			throw new SolverException(SolverException.Kind.INVALID_INPUT,
					"a hold step needs a duration or a current limit", p.runId, step.index, step.cycle, null);
		}
		double ocv = CellVoltage.voltage(p, s, 0, t);
		boolean deposit = p.full ? vh > ocv : vh < ocv;
		int vdir = voltageDirection(deposit);
		double jMax = 1000;
		double dt = 1;
		double elapsed = 0;
		record(ocv, 0);
		for (int guard = 0; guard < 100_000 && elapsed < duration * (1 - 1e-12); guard++) {
			double lo = 0;
			double hi = jMax;
			for (int k = 0; k < 60; k++) {
				double mid = 0.5 * (lo + hi);
				double v = CellVoltage.voltage(p, s, deposit ? mid : -mid, t);
				if (vdir * (v - vh) >= 0) {
					hi = mid;
				} else {
					lo = mid;
				}
			}
			double j = lo;
			if (j <= jTerm || j <= 0) {
				break;
			}
			double h = Math.min(dt, duration - elapsed);
			double dq = j * h;
			if (deposit) {
				maybeNucleate(j, t);
				Electrode.Channel channel = Electrode.depositChannel(p, s, j);
				if (channel == Electrode.Channel.CONVERSION) {
					dq = Math.min(dq, p.conversionCapacity - s.conversion);
				} else if (channel == Electrode.Channel.ALLOY) {
					dq = Math.min(dq, Electrode.alloyRoom(p, s));
				}
			}
			double moved = advance(deposit, dq, j, t);
			if (moved <= 0) {
				break;
			}
			elapsed += moved / j;
			stepCharge += moved;
			accumulate(cs, deposit, Electrode.Channel.METAL, moved, vh, t);
			record(vh, deposit ? j : -j);
			if (checkShort() || timeUp()) {
				return;
			}
			dt = Math.min(dt * 1.5, Double.isFinite(duration) ? Math.max(1, duration / 50) : 600);
		}
	}

	private void runOpen() {
		double t = step.temperature;
		int n = Defaults.INCREMENTS_PER_REST;
		double dt = step.durationLimit / n;
		record(CellVoltage.voltage(p, s, 0, t), 0);
		for (int i = 0; i < n && !timeUp(); i++) {
			transfer.age(Double.isFinite(timeLimit) ? Math.min(dt, timeLimit - s.time) : dt, t, false);
			record(CellVoltage.voltage(p, s, 0, t), 0);
		}
	}
}
