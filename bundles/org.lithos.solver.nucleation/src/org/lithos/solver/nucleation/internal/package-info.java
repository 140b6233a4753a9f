/**
 * Implementation of {@code lithos.nucleation}: {@link org.lithos.solver.nucleation.internal.SurfaceReader} finds the
 * surface Li meets and its parameters ({@link org.lithos.solver.nucleation.internal.Surface}),
 * {@link org.lithos.solver.nucleation.internal.NucleationRun} walks the protocol and builds the result, and
 * {@link org.lithos.solver.nucleation.internal.NucleationSolverComponent} registers the solver through Declarative
 * Services. Not API.
 */
package org.lithos.solver.nucleation.internal;
