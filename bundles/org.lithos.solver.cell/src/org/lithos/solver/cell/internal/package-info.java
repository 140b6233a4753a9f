/**
 * Implementation of the {@code lithos.cell} solver (docs/physics.md, scale 3), split into
 * <ul>
 * <li><b>state</b>: {@link org.lithos.solver.cell.internal.CellParameters} (the input as plain numbers, read once by
 * {@link org.lithos.solver.cell.internal.InputReader}), {@link org.lithos.solver.cell.internal.StepPlan},
 * {@link org.lithos.solver.cell.internal.StopPlan} and {@link org.lithos.solver.cell.internal.CellState} (Li pools
 * and
 * interface state);</li>
 * <li><b>equations</b>: {@link org.lithos.solver.cell.internal.CathodeOcv}, {@link
 * org.lithos.solver.cell.internal.Kinetics},
 * {@link org.lithos.solver.cell.internal.Interphases}, {@link org.lithos.solver.cell.internal.LossChannels},
 * {@link org.lithos.solver.cell.internal.Failure}, {@link org.lithos.solver.cell.internal.Electrode},
 * {@link org.lithos.solver.cell.internal.CellVoltage}, {@link org.lithos.solver.cell.internal.CathodeTransport} and {@link org.lithos.solver.nucleation.Nucleation};</li>
 * <li><b>stepping</b>: {@link org.lithos.solver.cell.internal.StepIntegrator} (one step),
 * {@link org.lithos.solver.cell.internal.ProtocolRunner} (the protocol, stops, balance) and
 * {@link org.lithos.solver.cell.internal.ResultBuilder} (EMF result).</li>
 * </ul>
 * Literature defaults are in {@link org.lithos.solver.cell.internal.Defaults}; the global calibration constants come
 * from the {@link org.lithos.solver.cell.Calibration} the solver was built with, through {@link org.lithos.solver.cell.internal.Cal}.
 * <p>
 * <b>Li inventory.</b> Charge equivalents per m2 (A s/m2): cathode + counter + plated + dead + SEI-1 + alloy +
 * conversion + cracks is constant; every increment moves charge between pools, and the balance is checked to 1e-9
 * after every step (an {@code INTERNAL} error otherwise).
 * <p>
 * <b>Voltage.</b> Half cells: V = E_we - U_counter -/+ (j L/sigma + eta_ct,counter), E_we the collector potential vs
 * Li: deposition goes to the most positive available reaction (Cu2Te conversion plateaus, then alloy plateaus, then
 * Li metal at -(eta_ct(j_local) + j R_SEI + eta_nucleation)); dissolution takes the least positive (Li metal, whose
 * overpotential diverges as its covering fraction m/(m + m_cover) vanishes, then the reversible alloy). So stripping
 * ends at the cut-off when the plated Li is exhausted, after the alloy has delithiated at its plateau. Full cells:
 * V = U_cathode(y_s) - E_we +/- (j (L/sigma + R_composite + R_cathode) + eta_ct,cathode) - eta_lim(y_s) on
 * discharge, where eta_lim = s (RT/F) (1/(1 - y_s/y_max) - 1) holds back the cathode's first-cycle loss (the Li
 * stays on the anode as a reservoir). Rate capability ({@link org.lithos.solver.cell.internal.CathodeTransport}):
 * y_s is the lithiation at the particles' surface, which leads the mean by R^2/(15 D) x j/Q (single-particle
 * diffusion, polynomial reduction), and R_composite = L/(3 sigma phi^m) is the ionic resistance of the composite
 * (thickness from the loading and the densities, electrolyte volume fraction phi, the pellet's Archie exponent).
 * Charge transfer is symmetric Butler-Volmer solved for eta; at the counter electrode with the exchange current
 * density of its interface with the separator if the input gives one, else that of Li (a Li counter) or the
 * calibration constant kinetics.j0AlloyCounter (an alloy counter such as In-Li).
 * <p>
 * <b>Morphology.</b> The outermost collector layer sets the contact angle theta (interface property "contact
 * angle", else a class default: bare metal, refractory, alloy, noble seed, lithiophilic compound; a DFT "binding
 * energy" above or below Li-Li moves a surface across 90 degrees); a film thinner than it takes to be continuous
 * mixes with the surface below by Cassie-Baxter, cos theta = sum f_i cos theta_i; theta sets the nucleation barrier.
 * Wetted fraction and morphology class: where the input has DFT binding energies of Li on the (continuous) outermost
 * surface and on Li ({@code Li | Cu}, {@code Li | Li2Te}, {@code Li | Li} in the library; a Cu2Te layer plates on
 * its product Li2Te), they come from the kinetic Monte Carlo model through
 * {@link org.lithos.solver.cell.internal.MorphologySurrogate}, a table of {@code lithos.kmc} runs written by
 * {@code lithos surrogate} (resource {@code morphology-surrogate.csv}): the KMC substrate coverage c of a 50 nm
 * deposit (the coalescence thickness morphology.coverThickness) at k_sub/k_LiLi = exp(alpha (E_b,sub - E_b,LiLi)/kT)
 * and the first plating current density; later Li wets the composite of Li patches and bare surface, cos theta* = c
 * + (1 - c) cos theta (Cassie-Baxter), wetted fraction (1 + cos theta*)/2; Li grows as islands unless the KMC class
 * is dense. Elsewhere (no
 * binding energy in the library for Mg, Au, Ag, W, Ni, SS; films thinner than continuous) wetted fraction = (1 + cos
 * theta)/2 (normalised Young-Dupre work of adhesion), islands below the calibration constant
 * morphology.islandWetting. The cell property "wetted fraction" wins over both. Local current = j / (wetted fraction x dead-Li blocking x (1 - voids) / (1 + L_SEI2 / L_ref)).
 * The thickness spread sigma_h of the deposit grows with the Li plated (16 % of the thickness for dense Li, as
 * S25's tomography measured; more for islands) and shrinks in proportion on stripping; the tallest protrusions carry
 * the local current times (1 + (sigma_h / l)^2) (the apex of a protrusion that grows taller on a fixed base also
 * grows sharper), and that is the current compared with the critical one for filaments.
 * <p>
 * <b>Loss channels.</b> SEI-1: instant layer on fresh contact each plating (all of it for islands, a small fraction
 * for dense Li), then dL/dt = k(T) L_d / (L_d + L); Mg-rich alloy surfaces react less; Cu sulfide accelerates it.
 * Alloys: Li is stored up to a capacity from the layer's specific capacity, or its Li-richest phase (Li per metal
 * atom x density / molar mass x thickness x F), at the material's plateaus; a fraction stays trapped. With a Li
 * "diffusivity" the layer takes Li only as fast as Cottrell diffusion allows, j_d = F c_s sqrt(D / (pi t)); above it
 * Li metal plates on the saturated surface and keeps soaking into the layer.
 * Dead Li: a fraction gamma of stripped Li is isolated (dense less than islands; more on the first strip of a fresh
 * collector and for Li stripped from within the island layer of a lithiophobic collector, i.e. while less Li is left
 * than morphology.islandLayerThickness, the more so the faster it was plated; slow stripping after fast plating,
 * low stack pressure, as (p_ref / p)^n on every term, and porous pellets). Alloys keep a trapped fraction;
 * conversion is irreversible. Porous pellets take a fraction of plated Li into pores and cracks, part of it trapped.
 * SEI-2: Cu exposed to the sulfide corrodes as L = [A exp(-Ea/RT) t]^n also at open circuit; an intact W/Mo/Nb layer
 * blocks it (a film too thin to be continuous only in part); an alloy layer blocks it until its cracking damage (per
 * lithiation swing, larger for thinner layers)
 * exposes Cu. The product, Cu2S, is reduced by the Li metal it touches (Cu2S + 2 Li -> Li2S + 2 Cu, about 1.8 V vs
 * Li), so whatever sulfide grew binds 2 Li per formula unit, from the CRC density: the Li a corroding collector costs.
 * <p>
 * <b>Choices that differ from docs/physics.md, and why.</b> (1) SEI-2 is not forced parabolic: fitting L = [A
 * exp(-Ea/RT) t]^n to the six collector-corrosion thicknesses gives n = 1.05 (near-linear, interface-controlled
 * growth through a conductive sulfide) with a log-rms error of 0.43, against 0.62 for n = 1/2. (2) The galvanostatic
 * nucleation overpotential solves j = j_n exp(-dG*(eta)/kT) exp(alpha F eta/RT): nucleation probability times
 * Butler-Volmer growth of the nuclei, which rises with j as measured, instead of a rate threshold alone. (3) The
 * critical current for filaments is compared with the local, not the applied, current; the collector contact lost
 * to dead Li and corrosion over many cycles is what makes lithiophobic collectors short after tens of cycles at a
 * current far below the critical one. (4) Instability is reported as its own event once a filament has started
 * into the separator (soft shorts), apart from and before the hard short when it crosses.
 * <p>
 * <b>Observables.</b> Plating and stripping overpotentials of a cycle are the charge-weighted medians of |V - E_eq|
 * over the Li-metal charge (the plateau an experiment reads off the trace, not folding in the nucleation spike or the
 * end-of-strip rise); the average CE is Li stripped over Li plated in all completed cycles after the first (formation)
 * cycle, i.e. the Aurbach-Adams (n Q_c + Q_s)/(n Q_c + Q_t) for a reservoir test. Series {@code bulk resistance} and
 * {@code interface resistance} (ohm m2) give the ohmic and the R_SEI + R_ct (linearised, both electrodes) parts an
 * impedance fit separates.
 * <p>
 * <b>Pellet conductivity.</b> A pellet packed less densely than a fine-powder pellet (from particle size or porosity)
 * conducts sigma (rho / rho_ref)^m, m from the calibration (Bruggeman 1.5 to Archie-type 2-3). In a half cell with
 * two electrode areas the bulk path is the smaller electrode's footprint widened at its rim: the current spreads into
 * the pellet as if the radius were (2 ln 2 / pi) t longer, t the pellet thickness (edge correction of an electrode on
 * a slab, checked against a finite-difference solution).
 * <p>
 * Not API.
 */
package org.lithos.solver.cell.internal;
