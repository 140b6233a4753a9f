package org.lithos.solver.kmc.internal;

import java.util.List;
import java.util.Locale;

import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.LithosFactory;
import org.lithos.model.Morphology;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;
import org.lithos.solver.kmc.Deposit;
import org.lithos.solver.kmc.KmcResult;
import org.lithos.solver.kmc.KmcSeries;
import org.lithos.solver.kmc.KmcStatus;

/**
 * Writes a {@link KmcResult} as an EMF {@link SimulationResult}: series {@code time} (s), {@code charge} (A*s/m2),
 * {@code coverage}, {@code mean height} (m), {@code tip height} (m), {@code roughness} (m), {@code particles},
 * {@code particle size} (m), {@code porosity}, {@code events}; one {@link Morphology} per snapshot (its sections
 * through a typical and through the tallest column, with the columns they cut through); WARNING events
 * for the reader's assumptions and a STOP event when a budget ended the run.
 */
public final class ResultWriter {

	private ResultWriter() {
	}

	/**
	 * @param r        the run
	 * @param inputId  id of the input
	 * @param solverId id of the solver
	 * @param warnings assumptions made reading the input
	 * @param step     index of the plating step
	 * @param cycle    cycle of the plating step
	 * @param target   charge target in A s/m2
	 * @param wallTime wall-clock time in s
	 * @return the result
	 */
	public static SimulationResult write(KmcResult r, String inputId, String solverId, List<String> warnings,
			int step, int cycle, double target, double wallTime) {
		LithosFactory f = LithosFactory.eINSTANCE;
		SimulationResult result = f.createSimulationResult();
		result.setInputId(inputId);
		result.setSolverId(solverId);
		result.setStatus(r.status() == KmcStatus.COMPLETED ? RunStatus.COMPLETED : RunStatus.STOPPED);
		result.setMessage(r.message());
		result.setWallTime(wallTime);
		KmcSeries s = r.series();
		result.getSeries().add(SeriesName.TIME.create(s.time().clone()));
		result.getSeries().add(SeriesName.CHARGE.create(s.charge().clone()));
		result.getSeries().add(SeriesName.COVERAGE.create(s.coverage().clone()));
		result.getSeries().add(SeriesName.MEAN_HEIGHT.create(s.meanHeight().clone()));
		result.getSeries().add(SeriesName.TIP_HEIGHT.create(s.tipHeight().clone()));
		result.getSeries().add(SeriesName.ROUGHNESS.create(s.roughness().clone()));
		result.getSeries().add(SeriesName.PARTICLES.create(s.particles().clone()));
		result.getSeries().add(SeriesName.PARTICLE_SIZE.create(s.particleSize().clone()));
		result.getSeries().add(SeriesName.POROSITY.create(s.porosity().clone()));
		result.getSeries().add(SeriesName.EVENTS.create(s.events().clone()));
		for (String w : warnings) {
			result.getEvents().add(event(EventKind.WARNING, w, step, cycle, 0, 0));
		}
		int last = s.last();
		if (r.status() != KmcStatus.COMPLETED) {
			result.getEvents().add(event(EventKind.STOP, r.message(), step, cycle, s.time()[last], s.charge()[last]));
		}
		for (Deposit d : r.deposits()) {
			Morphology m = f.createMorphology();
			m.setLabel(String.format(Locale.ROOT, "%.0f %% of %.3g A*s/m2 deposited, t = %.3g s",
					100 * d.charge() / target, target, d.time()));
			m.setTime(d.time());
			m.setCharge(d.charge());
			m.setSiteSize(d.siteSize());
			m.setWidth(d.nx());
			m.setDepth(d.ny());
			m.setHeight(d.nz());
			m.setSection(d.typical().codes().clone());
			m.setSectionTime(doubles(d.typical().times()));
			m.setSectionX(d.typical().x());
			m.setSectionY(d.typical().y());
			m.setTallestSection(d.tallest().codes().clone());
			m.setTallestSectionTime(doubles(d.tallest().times()));
			m.setTallestX(d.tallest().x());
			m.setTallestY(d.tallest().y());
			m.setHeights(d.heights().clone());
			m.setTop(d.top().clone());
			result.getMorphologies().add(m);
		}
		return result;
	}

	private static double[] doubles(float[] values) {
		double[] d = new double[values.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = values[i];
		}
		return d;
	}

	private static Event event(EventKind kind, String message, int step, int cycle, double time, double capacity) {
		Event e = LithosFactory.eINSTANCE.createEvent();
		e.setKind(kind);
		e.setMessage(message);
		e.setStep(step);
		e.setCycle(cycle);
		e.setTime(time);
		e.setCapacity(capacity);
		return e;
	}
}
