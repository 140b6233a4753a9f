package org.lithos.solver.cell.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.lithos.solver.cell.Calibration;

/**
 * The tunable constants of {@code lithos.cell}, one declaration each: an annotated field ({@link Constant}: name, unit,
 * default, bounds, source or "fitted", the papers that inform it, its meaning), from which {@link Calibration} (the
 * calibration files, {@code lithos calibrate}) and the documentation table of constants derive; the solver reads the
 * fields. One instance holds the values of one run (copied once from a {@link Calibration}, so the time loop does no
 * map look-ups); the fields are assigned only here.
 */
public final class Cal {

	@Constant(name = "creep.refRate", unit = "1/s", value = 1e-05, lower = 1e-06, upper = 0.0001,
			source = "fitted", papers = {},
			meaning = "Li creep strain rate at CREEP_REF_STRESS and CREEP_REF_T, 1/s: order of magnitude of the room-temperature power-law creep data of LePage et al. 2019 (doi:10.1149/2.0221902jes).")
	public double CREEP_REF_RATE;

	@Constant(name = "creep.length", unit = "m", value = 1e-07, lower = 1e-08, upper = 1e-06,
			source = "fitted", papers = {},
			meaning = "Interfacial asperity length over which creep refills a stripped interface, m (critical stripping currents of Kasemchainan et al., Nat. Mater. 18 (2019) 1105, doi:10.1038/s41563-019-0438-9, set its order).")
	public double CREEP_LENGTH;

	@Constant(name = "nucleation.surfaceEnergy", unit = "J/m2", value = 0.05, lower = 0.005, upper = 0.5,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Effective Li | substrate interfacial energy of the nucleation barrier, J/m2 (bulk Li surface energy ~0.5 J/m2 overestimates the barrier of a nucleus on a substrate under an electrolyte).")
	public double NUCLEATION_SURFACE_ENERGY;

	@Constant(name = "nucleation.prefactor", unit = "A/m2", value = 20.0, lower = 2.0, upper = 200.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Current density carried by nucleation and early growth per unit nucleation probability, A/m2 (the prefactor J0 (sites x attempt frequency) times the charge of early growth).")
	public double NUCLEATION_PREFACTOR;

	@Constant(name = "nucleation.decayCharge", unit = "A s/m2", value = 36.0, lower = 3.6, upper = 360.0,
			source = "fitted", papers = {},
			meaning = "Plated charge over which the nucleation spike decays to the growth plateau, A s/m2 (36 A s/m2 is about 5 nm of Li).")
	public double NUCLEATION_DECAY_CHARGE;

	@Constant(name = "kinetics.j0Li", unit = "A/m2", value = 50.0, lower = 5.0, upper = 500.0,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Exchange current density of Li | sulfide electrolyte, A/m2: of order 1-10 mA/cm2 from Li | Li6PS5Cl impedance (Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9). Default 50 A/m2: no single literature value: centre of the bounds (5-500 A/m2, within the 10-100 A/m2 of that order; raised by hand from 10 without a stated reason when the solver was first written, ae5ecf1).")
	public double J0_LI;

	@Constant(name = "kinetics.j0Layer", unit = "A/m2", value = 5.0, lower = 0.5, upper = 50.0,
			source = "fitted", papers = { "M24" },
			meaning = "Exchange current density of the alloy and conversion reactions, A/m2.")
	public double J0_LAYER;

	@Constant(name = "kinetics.j0Cathode", unit = "A/m2", value = 20.0, lower = 2.0, upper = 200.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Exchange current density at a coated cathode | electrolyte interface, A/m2 (per geometric area; an uncoated one has kinetics.uncoatedCathodeFactor of it).")
	public double J0_CATHODE;

	@Constant(name = "electrolyte.conductivityActivation", unit = "J/mol", value = 30000.0, lower = 18000.0, upper = 39000.0,
			source = "fitted", papers = { "M24" },
			meaning = "Activation energy of the electrolyte's ionic conductivity, J/mol (argyrodites: about 0.2-0.4 eV, the bounds of the fit); a conductivity is taken at the \"temperature\" condition of its property, else at T_ROOM.")
	public double SE_ACTIVATION;

	@Constant(name = "kinetics.activation", unit = "J/mol", value = 40000.0, lower = 10000.0, upper = 90000.0,
			source = "fitted", papers = { "M24" },
			meaning = "Activation energy of the exchange current densities, J/mol.")
	public double CHARGE_TRANSFER_ACTIVATION;

	@Constant(name = "sei.conductivity", unit = "S/m", value = 0.0001, lower = 1e-05, upper = 0.001,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Ionic conductivity of SEI-1 (Li2S, Li3P, LiCl), S/m.")
	public double SEI_CONDUCTIVITY;

	@Constant(name = "cathode.resistance", unit = "ohm m2", value = 0.002, lower = 0.0002, upper = 0.02,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Areal resistance of the composite cathode, ohm m2.")
	public double CATHODE_RESISTANCE;

	@Constant(name = "wetting.thetaBare", unit = "rad", value = 1.7453292519943295, lower = 0.0174533, upper = 3.12414,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Contact angle of Li on a bare non-alloying metal (Cu, Ni, SS), rad.")
	public double THETA_BARE;

	@Constant(name = "wetting.thetaRefractory", unit = "rad", value = 1.6057029118347832, lower = 0.0174533, upper = 3.12414,
			source = "fitted", papers = { "M24" },
			meaning = "Contact angle of Li on a refractory barrier (W, Mo, Nb), rad.")
	public double THETA_REFRACTORY;

	@Constant(name = "wetting.thetaAlloy", unit = "rad", value = 0.9599310885968813, lower = 0.0174533, upper = 3.12414,
			source = "fitted", papers = { "M24" },
			meaning = "Contact angle of Li on a fresh solid-solution alloy (Mg, Zn, Sn, In), rad.")
	public double THETA_ALLOY;

	@Constant(name = "wetting.thetaNoble", unit = "rad", value = 0.2617993877991494, lower = 0.0174533, upper = 3.12414,
			source = "fitted", papers = { "Z25", "S25" },
			meaning = "Contact angle of Li on an intermetallic-forming noble seed (Au, Ag), rad.")
	public double THETA_NOBLE;

	@Constant(name = "wetting.thetaCompound", unit = "rad", value = 0.7853981633974483, lower = 0.0174533, upper = 3.12414,
			source = "fitted", papers = { "M23" },
			meaning = "Contact angle of Li on Li2Te and similar lithiophilic compounds, rad.")
	public double THETA_COMPOUND;

	@Constant(name = "morphology.coverThickness", unit = "m", value = 5e-08, lower = 5e-09, upper = 5e-07,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24" },
			meaning = "Li thickness at which islands coalesce, m (dense planar deposit); island deposits use ISLAND_COALESCENCE_FACTOR times this.")
	public double COVER_THICKNESS;

	@Constant(name = "morphology.bareSurfaceFraction", unit = "1", value = 0.01, lower = 0.001, upper = 0.1,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = {},
			meaning = "Li on the collector, as a fraction of the coalescence charge, below which the surface counts as bare and Li must nucleate again.")
	public double BARE_SURFACE_FRACTION;

	@Constant(name = "alloy.coverFraction", unit = "1", value = 0.02, lower = 0.002, upper = 0.2,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = {},
			meaning = "Reversible alloy content, as a fraction of its capacity, below which its active area shrinks.")
	public double ALLOY_COVER_FRACTION;

	@Constant(name = "morphology.islandCoalescenceFactor", unit = "1", value = 4.0, lower = 0.4, upper = 40.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24" },
			meaning = "Ratio of coalescence thickness of island to planar deposits.")
	public double ISLAND_COALESCENCE_FACTOR;

	@Constant(name = "dead.fractionDense", unit = "1", value = 0.008, lower = 0.0008, upper = 0.08,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Dead-Li fraction of stripped Li for a dense planar deposit at the reference pressure and rate (R24 review: dense, columnar deposits lose least).")
	public double DEAD_FRACTION_DENSE;

	@Constant(name = "dead.fractionIslands", unit = "1", value = 0.012, lower = 0.0012, upper = 0.12,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Extra dead-Li fraction per unit non-wetted area (islands lose contact).")
	public double DEAD_FRACTION_ISLANDS;

	@Constant(name = "dead.fractionIslandLayer", unit = "1", value = 0.5, lower = 0.012, upper = 1.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Extra dead-Li fraction of the Li stripped from within the island layer of an island-forming collector (morphology.islandLayerThickness), per unit non-wetted area, at the reference plating current and pressure (scales as (j / dead.refCurrent)^dead.currentExponent): separate islands neck and lose contact as they thin, so a strip through the island layer loses an areal amount of Li, whatever was plated on top.")
	public double DEAD_FRACTION_ISLAND_LAYER;

	@Constant(name = "morphology.islandLayerThickness", unit = "m", value = 2e-06, lower = 1e-07, upper = 1e-05,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Li thickness on an island-forming (lithiophobic) collector below which the deposit is still a layer of separate islands rather than a continuous film, m: Li nucleates on Cu as separate particles of 20-200 nm (Z25 SEM) that must grow well beyond their own size before they merge.")
	public double ISLAND_LAYER_THICKNESS;

	@Constant(name = "dead.fractionFirstFresh", unit = "1", value = 0.04, lower = 0.0, upper = 0.3,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Dead-Li fraction on the first strip of Li grown on a fresh collector surface whatever its wetting, at the reference plating current (scales as (j / dead.refCurrent)^dead.currentExponent): the first deposit is more porous and meets fresh electrolyte (lithiophilic Li2Te-Cu still loses 4-18 % in its first cycle between 0.5 and 8 mA/cm2 while its average CE on a Li reservoir is 99.7 %).")
	public double DEAD_FRACTION_FIRST_FRESH;

	@Constant(name = "dead.refPressure", unit = "Pa", value = 10000000.0, lower = 1000000.0, upper = 100000000.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Reference stack pressure of the dead-Li fractions, Pa.")
	public double DEAD_REF_PRESSURE;

	@Constant(name = "dead.pressureExponent", unit = "1", value = 0.5, lower = 0.0, upper = 2.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Exponent n of the stack-pressure factor (p_ref / p)^n of every dead-Li fraction (bounded to 0.2-5): pressure keeps stripping Li pressed against the collector, so less of it is isolated (R24; the factor covers the low-pressure side of R24's optimum only).")
	public double DEAD_PRESSURE_EXPONENT;

	@Constant(name = "dead.refCurrent", unit = "A/m2", value = 10.0, lower = 1.0, upper = 100.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Reference current density of the dead-Li fractions, A/m2.")
	public double DEAD_REF_CURRENT;

	@Constant(name = "dead.rateExponent", unit = "1", value = 0.5, lower = 0.0, upper = 2.0,
			source = "R24 review (qualitative: slow strip after fast plate); hand-set", papers = {},
			meaning = "Exponent of the plate/strip rate ratio in the dead-Li fraction (R24: slow strip after fast plate).")
	public double DEAD_RATE_EXPONENT;

	@Constant(name = "dead.blockingThickness", unit = "m", value = 2.45e-06, lower = 2e-07, upper = 2e-05,
			source = "fitted", papers = { "M23", "M24", "S25" },
			meaning = "Dead-Li thickness that blocks the collector contact by 1/e when the deposit is porous (islands), m: Dense deposits block DENSE_BLOCKING_RATIO times less.")
	public double DEAD_BLOCKING_THICKNESS;

	@Constant(name = "dead.denseBlockingRatio", unit = "1", value = 0.04, lower = 0.004, upper = 0.4,
			source = "fitted", papers = { "M24", "S25" },
			meaning = "Blocking of dense over porous dead Li.")
	public double DENSE_BLOCKING_RATIO;

	@Constant(name = "sei.initialThickness", unit = "m", value = 5e-09, lower = 5e-10, upper = 5e-08,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "SEI-1 thickness formed at once on fresh Li | electrolyte contact, m.")
	public double SEI_INITIAL_THICKNESS;

	@Constant(name = "sei.rate", unit = "m/s", value = 2e-12, lower = 2e-13, upper = 2e-11,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "SEI-1 reaction-limited growth rate at SEI_REF_T, m/s; growth slows as L0/(L0 + L).")
	public double SEI_RATE;

	@Constant(name = "sei.diffusionThickness", unit = "m", value = 2e-08, lower = 2e-09, upper = 2e-07,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M24" },
			meaning = "SEI-1 thickness at which diffusion halves the growth rate, m.")
	public double SEI_DIFFUSION_THICKNESS;

	@Constant(name = "sei.activation", unit = "J/mol", value = 40000.0, lower = 10000.0, upper = 90000.0,
			source = "order of sulfide reduction kinetics; hand-set", papers = {},
			meaning = "SEI-1 activation energy, J/mol (order of sulfide reduction kinetics).")
	public double SEI_ACTIVATION;

	@Constant(name = "sei.freshAreaDense", unit = "1", value = 0.05, lower = 0.005, upper = 0.5,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24", "Z25" },
			meaning = "Fresh Li | electrolyte area per cycle of a dense deposit, fraction of geometric area.")
	public double FRESH_AREA_DENSE;

	@Constant(name = "sei.freshAreaIslands", unit = "1", value = 1.0, lower = 0.05, upper = 1.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24", "Z25" },
			meaning = "Fresh area per cycle of an island deposit, fraction of geometric area.")
	public double FRESH_AREA_ISLANDS;

	@Constant(name = "sei.alloyFactor", unit = "1", value = 0.6, lower = 0.05, upper = 1.0,
			source = "docs/physics.md (a Mg-rich surface reacts less); hand-set", papers = { "M24", "Z25" },
			meaning = "Relative SEI-1 rate on a Mg-rich alloy surface (docs/physics.md: it reacts less).")
	public double SEI_ALLOY_FACTOR;

	@Constant(name = "sei2.lnPrefactor", unit = "ln(m^(1/n)/s)", value = -10.4534, lower = -16.4534, upper = -4.4534,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "SEI-2 (Cu corrosion by the sulfide) as L = [A exp(-Ea/RT) t]^n, written as d(L^(1/n))/dt = (A exp(-Ea/RT))^(1/n): fitted to collector-corrosion data (6 thicknesses at 296 and 333 K, log least squares; the fitted exponent n ~ 1 says interface-controlled, near-linear growth through a conductive Cu sulfide, and fits better, rms 0.43 in ln L, than the parabolic n = 1/2, rms 0.62). ln A with L in m and t in s. Default: no literature value for Cu sulfidation by an argyrodite (Li et al., Adv. Energy Mater., doi:10.1002/aenm.202303156, find Cu practically inert to dry sulfide electrolyte and its Cu2S growth driven by H2S from trace water, with no rate law): centre of the bounds, which are the least-squares fit to M24's six corrosion thicknesses +- 6, so this default still comes from those observations.")
	public double SEI2_LN_PREFACTOR;

	@Constant(name = "sei2.damageThickness", unit = "m", value = 2e-07, lower = 1e-08, upper = 1e-06,
			source = "fitted", papers = { "M23", "M24" },
			meaning = "SEI-2 thickness that halves the collector contact and doubles SEI-1 growth, m.")
	public double SEI2_DAMAGE_THICKNESS;

	@Constant(name = "alloy.crackRate", unit = "1", value = 0.025, lower = 0.0009, upper = 0.09,
			source = "fitted", papers = { "M24" },
			meaning = "Cracking damage per full alloy cycle of a layer of CRACK_REF_THICKNESS; damage scales as (h_ref / h) since a thinner layer carries larger cycling strain.")
	public double CRACK_RATE;

	@Constant(name = "barrier.continuousFilmThickness", unit = "m", value = 2e-08, lower = 2e-09, upper = 2e-07,
			source = "coalescence of sputtered metal films at ~10-20 nm; hand-set", papers = { "M24", "Z25", "S25" },
			meaning = "Thickness at which a sputtered barrier film becomes continuous, m (thin metal films coalesce at ~10-20 nm; thinner ones leave the collector partly exposed).")
	public double CONTINUOUS_FILM_THICKNESS;

	@Constant(name = "alloy.reversibleFraction", unit = "1", value = 0.7, lower = 0.05, upper = 1.0,
			source = "fitted", papers = { "M24", "Z25", "S25" },
			meaning = "Reversible fraction of an alloy layer's Li (the rest stays trapped).")
	public double ALLOY_REVERSIBLE_FRACTION;

	@Constant(name = "ccd.dense", unit = "A/m2", value = 95.0, lower = 9.5, upper = 950.0,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Critical local current density for filament initiation into a dense (fine-powder) sulfide pellet at CCD_REF_PRESSURE, A/m2 (critical current densities of Li | argyrodite of order 1-10 mA/cm2, Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9). Default 95 A/m2: no literature value for this local quantity: centre of the bounds (9.5-950 A/m2; measured macroscopic plating CCDs of Li | Li6PS5Cl run from about 1 mA/cm2 at 83 % density to 9 mA/cm2 at 99 %, \"High plating currents without dendrites at the interface between a lithium anode and solid electrolyte\", Nat. Energy (2025), doi:10.1038/s41560-025-01847-0; raised by hand from 85 without a stated reason in ae5ecf1).")
	public double CCD_DENSE;

	@Constant(name = "ccd.pressureExponent", unit = "1", value = 0.5, lower = 0.0, upper = 2.0,
			source = "fitted", papers = { "M23", "M24" },
			meaning = "Exponent of the pressure dependence of the critical current.")
	public double CCD_PRESSURE_EXPONENT;

	@Constant(name = "ccd.particleSize", unit = "m", value = 2e-05, lower = 2e-06, upper = 0.0002,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Particle size at which the pellet density factor halves, m.")
	public double CCD_PARTICLE_SIZE;

	@Constant(name = "filament.focusing", unit = "1", value = 3000.0, lower = 300.0, upper = 30000.0,
			source = "fitted", papers = { "M23", "M24", "S25" },
			meaning = "Ratio of filament-tip to excess local current (current focusing at tips). Default 3000: no literature value: centre of the bounds (300-30,000; raised by hand from 30 without a stated reason in ae5ecf1).")
	public double FILAMENT_FOCUSING;

	@Constant(name = "filament.areaFraction", unit = "1", value = 0.001, lower = 0.0001, upper = 0.01,
			source = "fitted", papers = { "M23", "M24", "S25" },
			meaning = "Areal fraction of filaments (Li volume per length and area).")
	public double FILAMENT_AREA_FRACTION;

	@Constant(name = "crack.fillFraction", unit = "1", value = 0.6, lower = 0.05, upper = 1.0,
			source = "fitted", papers = { "S25" },
			meaning = "Fraction of plated Li that fills pores and cracks of a fully porous pellet.")
	public double CRACK_FILL_FRACTION;

	@Constant(name = "crack.trappedFraction", unit = "1", value = 0.2, lower = 0.02, upper = 1.0,
			source = "fitted", papers = { "S25" },
			meaning = "Fraction of crack Li that stays trapped on stripping.")
	public double CRACK_TRAPPED_FRACTION;

	@Constant(name = "cathode.nmcFirstCycleLoss", unit = "1", value = 0.12, lower = 0.012, upper = 0.5,
			source = "fitted", papers = { "M23", "M24" },
			meaning = "First-cycle irreversible loss of NMC811 as a fraction of its theoretical Li (kinetic hindrance of the last lithiation, Kasnatscheew et al., Phys. Chem. Chem. Phys. 18 (2016) 3956, doi:10.1039/C5CP07718D, plus cathode | sulfide interphase formation): ~0.12 x 275 mAh/g.")
	public double NMC_FIRST_CYCLE_LOSS;

	@Constant(name = "cathode.lcoFirstCycleLoss", unit = "1", value = 0.03, lower = 0.0, upper = 0.3,
			source = "fitted", papers = { "Z25" },
			meaning = "First-cycle loss of LCO as a fraction of its theoretical Li.")
	public double LCO_FIRST_CYCLE_LOSS;

	@Constant(name = "cathode.limitScale", unit = "1", value = 0.1, lower = 0.001, upper = 10.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Scale of the cathode's lithiation-limit overpotential on discharge at 1C, eta = s (I/I_1C) (RT/F) (1/(1 - y/y_max) - 1): the sites left for Li run out hyperbolically as y approaches y_max, and the Li must diffuse to them against a gradient proportional to the current (Fick), so faster discharges end earlier (M24: 192 mAh/g at 0.1C, 135-139 at 0.33C).")
	public double CATHODE_LIMIT_SCALE;

	@Constant(name = "cathode.seOxidation", unit = "A s/kg", value = 360000.0, lower = 1000.0, upper = 1800000.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Li that the sulfide electrolyte mixed into a composite cathode releases by oxidation on the first charges, per mass of that electrolyte, A s/kg. Argyrodites are oxidised above about 2.0 V vs Li (Zhu, He, Mo, ACS Appl. Mater. Interfaces 7 (2015) 23685, doi:10.1021/acsami.5b07517), so a cathode charged to 4.3 V oxidises the electrolyte it touches; complete oxidation of Li6PS5Cl to S, P2S5 and LiCl would release 5 Li per formula unit (about 1.8e6 A s/kg), the upper bound. Only the part in contact reacts before the interphase passivates.")
	public double SE_OXIDATION;

	@Constant(name = "cathode.fadePerCycle", unit = "1", value = 0.0005, lower = 5e-05, upper = 0.005,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Cathode-side capacity fade per cycle (cathode | sulfide degradation), fraction.")
	public double CATHODE_FADE_PER_CYCLE;

	@Constant(name = "alloy.plateauMg", unit = "V", value = 0.03, lower = 0.005, upper = 0.1,
			source = "fitted", papers = {},
			meaning = "Default alloy plateau of Li-Mg (bcc solid solution within tens of mV of Li), V.")
	public double PLATEAU_MG;

	@Constant(name = "collector.barePotential", unit = "V", value = 2.0, lower = 1.0, upper = 3.0,
			source = "fitted", papers = {},
			meaning = "Open-circuit potential of a Li-free collector vs Li, V (inside the sulfide's stability window).")
	public double BARE_COLLECTOR_POTENTIAL;

	@Constant(name = "pellet.poreThreshold", unit = "1", value = 0.25, lower = 0.05, upper = 1.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Pellet porosity below which no Li enters pores and cracks.")
	public double PORE_THRESHOLD;

	@Constant(name = "pellet.conductivityExponent", unit = "1", value = 2.5, lower = 1.0, upper = 4.0,
			source = "between Bruggeman (1.5; Ann. Phys. 416 (1935) 636) and Archie-type 2-3; hand-set", papers = { "M23", "M24", "S25" },
			meaning = "Exponent m of the effective ionic conductivity of a less densely packed pellet, sigma_eff = sigma (rho / rho_ref)^m, rho_ref the packing of a fine-powder pellet: between the Bruggeman value 1.5 (Bruggeman, Ann. Phys. 416 (1935) 636, doi:10.1002/andp.19354160705) and Archie-type 2-3 of poorly consolidated granular media.")
	public double PELLET_CONDUCTIVITY_EXPONENT;

	@Constant(name = "pellet.poreRange", unit = "1", value = 0.5, lower = 0.1, upper = 1.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "S25" },
			meaning = "Porosity range over which pore and crack filling rises to CRACK_FILL_FRACTION.")
	public double PORE_RANGE;

	@Constant(name = "morphology.islandWetting", unit = "1", value = 0.6, lower = 0.05, upper = 1.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "M24", "Z25", "S25" },
			meaning = "Wetted fraction above which Li grows dense and planar rather than as islands.")
	public double ISLAND_WETTING;

	@Constant(name = "ccd.wettingWeight", unit = "1", value = 0.6, lower = 0.05, upper = 1.0,
			source = "fitted", papers = { "M23", "M24" },
			meaning = "Weight of wetting in the critical current, j_c ~ (1 - w) + w x wetted fraction.")
	public double CCD_WETTING_WEIGHT;

	@Constant(name = "dead.currentExponent", unit = "1", value = 0.5, lower = 0.0, upper = 2.0,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Exponent of the plating current in the dead-Li fraction (faster plating, more porous deposits).")
	public double DEAD_CURRENT_EXPONENT;

	@Constant(name = "dead.poreFactor", unit = "1", value = 2.0, lower = 0.2, upper = 20.0,
			source = "hand-set (a reference point or a model choice, not fitted)", papers = { "S25" },
			meaning = "Extra dead Li per unit pore-filling fraction (Li in pores loses contact).")
	public double DEAD_PORE_FACTOR;

	@Constant(name = "sei2.activation", unit = "J/mol", value = 45607.0, lower = 10000.0, upper = 90000.0,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "SEI-2 activation energy, J/mol (same fit as SEI2_LN_PREFACTOR).")
	public double SEI2_ACTIVATION;

	@Constant(name = "sei2.exponent", unit = "1", value = 1.05366, lower = 0.4, upper = 1.5,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "SEI-2 time exponent n (same fit as SEI2_LN_PREFACTOR).")
	public double SEI2_EXPONENT;

	@Constant(name = "roughness.dense", unit = "1", value = 0.16, lower = 0.02, upper = 0.5,
			source = "Sandoval et al., EES Batteries 2025, doi:10.1039/d5eb00111k (S25 tomography)", papers = { "M23", "M24", "S25" },
			meaning = "Thickness spread of a dense planar Li deposit as a fraction of its mean thickness (standard deviation over mean): operando tomography of Li plated through a dense argyrodite pellet gives 2.4 / 2.6 / 2.8 / 3.3 um at 14.2 / 15.0 / 17.4 / 21.3 um, 0.16 throughout (Sandoval et al., EES Batteries 2025, doi:10.1039/d5eb00111k).")
	public double ROUGHENING_DENSE;

	@Constant(name = "roughness.islands", unit = "1", value = 0.4, lower = 0.16, upper = 2.0,
			source = "fitted", papers = { "M23", "M24", "Z25" },
			meaning = "Thickness spread of an island (porous, non-wetting) Li deposit as a fraction of its mean thickness:, at least the dense-film value (islands grow taller and sparser than dense films: M23 kinetic Monte Carlo, doi:10.1002/adma.202206762).")
	public double ROUGHENING_ISLANDS;

	@Constant(name = "roughness.length", unit = "m", value = 5e-06, lower = 1e-07, upper = 0.0001,
			source = "fitted", papers = { "M23", "M24", "Z25", "S25" },
			meaning = "Thickness spread at which the current on the tallest protrusions is twice the mean, m: the tip current is j (1 + (sigma_h / length)^2), current focusing at the apex of a protrusion that grows taller on a base of fixed width (hemi-ellipsoid on a plane: aspect ratio squared over a logarithm, Forbes, Edgcombe and Valdre, Ultramicroscopy 95 (2003) 57).")
	public double ROUGHNESS_LENGTH;

	@Constant(name = "kinetics.j0AlloyCounter", unit = "A/m2", value = 2.0, lower = 0.1, upper = 1000.0,
			source = "fitted", papers = { "Z25" },
			meaning = "Exchange current density of an alloy counter electrode (In-Li) | sulfide electrolyte, A/m2, used when its interface gives none.")
	public double J0_ALLOY_COUNTER;

	@Constant(name = "kinetics.uncoatedCathodeFactor", unit = "1", value = 0.3, lower = 0.01, upper = 1.0,
			source = "fitted", papers = { "M23" },
			meaning = "Exchange current density of an uncoated oxide cathode | sulfide electrolyte interface as a fraction of that of a coated one (kinetics.j0Cathode): the bare interface forms a resistive space-charge layer and interphase that a LiNbO3-type buffer coating suppresses (Ohta et al., Electrochem. Commun. 9 (2007) 1486, doi:10.1016/j.elecom.2007.02.008).")
	public double UNCOATED_CATHODE_FACTOR;

	private static final List<Field> DECLARED = new ArrayList<>();

	static {
		// fields in declaration order (the order of the calibration files)
		for (Field f : Cal.class.getDeclaredFields()) {
			if (f.isAnnotationPresent(Constant.class) && !Modifier.isStatic(f.getModifiers())) {
				DECLARED.add(f);
			}
		}
	}

	/** @return every declaration, in the order of the calibration files */
	public static List<Constant> declarations() {
		return DECLARED.stream().map(f -> f.getAnnotation(Constant.class)).toList();
	}

	/** @param c the calibration the solver was built with */
	public Cal(Calibration c) {
		try {
			for (Field f : DECLARED) {
				f.setDouble(this, c.value(f.getAnnotation(Constant.class).name()));
			}
		} catch (IllegalAccessException e) {
			throw new IllegalStateException("a declared constant is not a public double field", e);
		}
	}
}
