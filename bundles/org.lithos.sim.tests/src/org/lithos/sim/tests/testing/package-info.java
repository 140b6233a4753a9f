/**
 * What the runner's and the command line's tests share: {@link org.lithos.sim.tests.testing.StandInSolver}, the base of
 * the solvers they make up. Exported to {@code org.lithos.cli.tests} only (x-friends); nothing ships it.
 */
package org.lithos.sim.tests.testing;
