package org.lithos.solver.kmc;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param status    how it ended
 * @param message   why, in words
 * @param series    sampled observables
 * @param deposits  snapshots in time order
 * @param events    events executed
 * @param arrivals  ions (sites) arrived
 * @param deposited Li sites on the lattice at the end; always equal to {@code arrivals}
 */
public record KmcResult(KmcStatus status, String message, KmcSeries series, List<Deposit> deposits, long events,
		long arrivals, long deposited) {
}
