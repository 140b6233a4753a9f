package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * Moves Li between the pools of {@link CellState} for one charge increment (deposition, dissolution) or one time
 * interval (ageing at any current), applying the loss channels on the way. Every method conserves the sum of the
 * pools exactly; it holds no state of its own beyond the step's pressure, so the stepper can undo an increment by
 * restoring the {@link CellState}.
 */
final class LiTransfer {

	private final CellParameters p;
	private final CellState s;
	private double pressure;

	LiTransfer(CellParameters p, CellState s) {
		this.p = p;
		this.s = s;
	}

	/** @param stepPressure stack pressure of the step, Pa */
	void beginStep(double stepPressure) {
		pressure = stepPressure;
	}

	/**
	 * Deposits dq on the working electrode from the cathode or counter, into the reaction that takes it now.
	 *
	 * @return the charge moved, A s/m2
	 */
	double deposit(double dq, double j, double t) {
		double dt = dq / j;
		if (p.full) {
			// The sulfide in the composite cathode oxidises in parallel with delithiation until the part in contact
			// is used up: its Li plates like the cathode's, but the cathode's state of charge does not advance.
			double oxidised = Math.min(s.electrolyte, Defaults.SE_OXIDATION_SHARE * dq);
			s.electrolyte -= oxidised;
			s.cathode -= dq - oxidised;
		} else {
			s.counter -= dq;
		}
		Electrode.Channel channel = Electrode.depositChannel(p, s, j);
		if (channel == Electrode.Channel.CONVERSION) {
			s.conversion += dq;
		} else if (channel == Electrode.Channel.ALLOY) {
			intoAlloy(dq);
			s.alloyUptakeTime += dt;
		} else {
			depositMetal(dq, j, dt);
			soakIntoAlloy(dt);
		}
		age(dt, t, false);
		return dq;
	}

	private void depositMetal(double dq, double j, double dt) {
		double local = j / Math.max(LossChannels.contactFraction(p, s), 1e-12) * Failure.tipFocusing(p, s);
		double velocity = Failure.filamentVelocity(p, local, Failure.criticalCurrent(p, pressure));
		double rest = dq;
		if (velocity > 0) {
			// the filament is built of deposited Li: at most the whole increment goes into it, so its tip cannot
			// outrun the current that feeds it (at high current the capacity to short tends to the filament volume)
			double perLength = p.k.FILAMENT_AREA_FRACTION * Constants.FARADAY / p.liMolarVolume;
			double qf = Math.min(rest, perLength * velocity * dt);
			s.filamentLength += qf / perLength;
			s.crackTrapped += qf;
			rest -= qf;
		}
		double toCracks = rest * p.crackFill;
		s.crackTrapped += toCracks * p.k.CRACK_TRAPPED_FRACTION;
		s.crackActive += toCracks * (1 - p.k.CRACK_TRAPPED_FRACTION);
		s.plated += rest - toCracks;
		s.roughness += Failure.roughening(p) * (rest - toCracks) / Constants.FARADAY * p.liMolarVolume;
		s.chargeSinceNucleation += dq;
		if (!s.freshSeiDone) {
			// New Li | electrolyte contact reduces the electrolyte at once over the fresh area.
			s.freshSeiDone = true;
			double fresh = p.islands ? p.k.FRESH_AREA_ISLANDS : p.k.FRESH_AREA_DENSE;
			double q = Math.min(s.plated,
					fresh * p.k.SEI_INITIAL_THICKNESS * Interphases.sei1ChargePerThickness() * p.wetFraction);
			s.plated -= q;
			s.sei += q;
			s.seiThickness = s.seiThickness * (1 - fresh) + fresh * p.k.SEI_INITIAL_THICKNESS;
		}
	}

	/** Li plated on a not yet saturated alloy keeps diffusing into it at the uptake current. */
	private void soakIntoAlloy(double dt) {
		double room = Electrode.alloyRoom(p, s);
		if (room <= 0 || !(p.alloyDiffusivity > 0)) {
			return;
		}
		double q = Math.min(Math.min(room, s.plated), Electrode.alloyUptakeCurrent(p, s) * dt);
		s.alloyUptakeTime += dt;
		if (q <= 0) {
			return;
		}
		s.plated -= q;
		intoAlloy(q);
	}

	/** Alloys q into the layers; until the trapped share is full, a fraction (1 - reversible) of it is trapped. */
	private void intoAlloy(double q) {
		double trappedMax = (1 - p.alloyReversible) * p.alloyCapacity;
		double trapped = Math.max(0, Math.min(q * (1 - p.alloyReversible), trappedMax - s.alloyTrapped));
		s.alloyTrapped += trapped;
		s.alloyReversible += q - trapped;
		s.alloyActivated = true;
	}

	/**
	 * Dissolves up to dq from the working electrode back to the cathode or counter; the dead-Li fraction stays behind.
	 *
	 * @return the charge moved, A s/m2 (0 when nothing is left)
	 */
	double dissolve(double dq, double j, double t) {
		Electrode.Channel channel = Electrode.dissolveChannel(p, s, j, t);
		double moved;
		if (channel == Electrode.Channel.METAL) {
			double gamma = LossChannels.deadFraction(p, s, j, pressure);
			double g = gamma / (1 - gamma);
			double metal = s.strippableMetal();
			double need = dq * (1 + g);
			moved = dq;
			if (need > metal) {
				need = metal;
				moved = metal / (1 + g);
			}
			double fp = metal > 0 ? s.plated / metal : 1;
			// the thickness spread shrinks with the thickness it is a spread of
			s.roughness *= metal > 0 ? Math.max(0, 1 - need / metal) : 0;
			s.plated -= need * fp;
			s.crackActive -= need * (1 - fp);
			s.dead += need - moved;
			if (s.plated < 0) { // round-off only
				s.dead += s.plated;
				s.plated = 0;
			}
			double dt = moved / j;
			double local = j / Math.max(LossChannels.contactFraction(p, s), 1e-12);
			double critical = Failure.criticalStrippingCurrent(p, pressure, t);
			if (local > critical) {
				s.voidFraction = Math.min(0.95,
						s.voidFraction + (local - critical) * p.liMolarVolume / Constants.FARADAY * dt / p.k.COVER_THICKNESS);
			}
		} else if (channel == Electrode.Channel.ALLOY) {
			moved = Math.min(dq, s.alloyReversible);
			s.alloyReversible -= moved;
			s.alloyExtracted += moved;
		} else {
			return 0;
		}
		if (p.full) {
			s.cathode += moved;
		} else {
			s.counter += moved;
		}
		age(moved / j, t, true);
		return moved;
	}

	/**
	 * The collector's corrosion product (Cu2S) in electronic contact with Li metal sits at the Li potential, far below
	 * the potential at which Li reduces it (Cu2S + 2 Li -> Li2S + 2 Cu; from the free energies of formation of Li2S
	 * and Cu2S, about 1.8 V vs Li), so every bit of it not yet reduced binds Li from the plated metal; the reverse
	 * needs the collector above that potential, which no stripping cut-off of a Li-metal anode reaches, so the Li stays.
	 * Sulfide grown while no Li was on the collector (at rest, in storage) is reduced by the next Li plated. This is
	 * the Li the corrosion costs: a Cu collector loses Li where Ni, stainless steel or a refractory barrier do not.
	 */
	private void reduceCorrosionProduct() {
		double unreduced = s.sei2Thickness - s.sei2Reduced;
		if (unreduced <= 0 || s.plated <= 0) {
			return;
		}
		double q = Math.min(s.plated, unreduced * Defaults.CORROSION_LI_CHARGE);
		s.plated -= q;
		s.sei += q;
		s.sei2Reduced += q / Defaults.CORROSION_LI_CHARGE;
	}

	/** Ageing that runs whatever the current: SEI-1 on Li, SEI-2 on exposed Cu, void healing by creep. */
	void age(double dt, double t, boolean stripping) {
		if (s.plated > 0) {
			double dl = Interphases.sei1Rate(p.k, s.seiThickness, t, p.alloyCapacity > 0, s.sei2Thickness) * dt;
			// SEI-1 forms on the Li | electrolyte contact, which shrinks with the Li that covers the collector
			double cover = s.plated / (s.plated + LossChannels.coverCharge(p));
			double q = Math.min(s.plated, dl * Interphases.sei1ChargePerThickness() * p.wetFraction * cover);
			s.plated -= q;
			s.sei += q;
			s.seiThickness += dl;
		}
		double exposed = Interphases.exposedCopper(p, s);
		if (exposed > 0) {
			s.sei2Variable += exposed * Interphases.sei2Rate(p.k, t) * dt;
			s.sei2Thickness = Interphases.sei2Thickness(p.k, s.sei2Variable);
		}
		reduceCorrosionProduct();
		if (!stripping && s.voidFraction > 0) {
			s.voidFraction *= Math.exp(-Failure.creepRate(p, pressure, t) * dt);
		}
		s.time += dt;
	}
}
