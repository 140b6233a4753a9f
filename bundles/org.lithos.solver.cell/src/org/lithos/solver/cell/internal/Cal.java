package org.lithos.solver.cell.internal;

import org.lithos.solver.cell.Calibration;

/**
 * The global calibration constants of one run as plain fields (read once from a {@link Calibration}, so the time
 * loop does no map look-ups). Field names are those the constants had in {@link Defaults}; what each is, its unit and
 * bounds are in {@link Calibration#description(String)} and the shipped calibration.properties. Immutable.
 */
public final class Cal {

	/** creep.refRate */
	public final double CREEP_REF_RATE;
	/** creep.length */
	public final double CREEP_LENGTH;
	/** nucleation.surfaceEnergy */
	public final double NUCLEATION_SURFACE_ENERGY;
	/** nucleation.prefactor */
	public final double NUCLEATION_PREFACTOR;
	/** nucleation.decayCharge */
	public final double NUCLEATION_DECAY_CHARGE;
	/** kinetics.j0Li */
	public final double J0_LI;
	/** kinetics.j0Layer */
	public final double J0_LAYER;
	/** kinetics.j0Cathode */
	public final double J0_CATHODE;
	/** electrolyte.conductivityActivation */
	public final double SE_ACTIVATION;
	/** kinetics.activation */
	public final double CHARGE_TRANSFER_ACTIVATION;
	/** sei.conductivity */
	public final double SEI_CONDUCTIVITY;
	/** cathode.resistance */
	public final double CATHODE_RESISTANCE;
	/** wetting.thetaBare */
	public final double THETA_BARE;
	/** wetting.thetaRefractory */
	public final double THETA_REFRACTORY;
	/** wetting.thetaAlloy */
	public final double THETA_ALLOY;
	/** wetting.thetaNoble */
	public final double THETA_NOBLE;
	/** wetting.thetaCompound */
	public final double THETA_COMPOUND;
	/** morphology.coverThickness */
	public final double COVER_THICKNESS;
	/** morphology.bareSurfaceFraction */
	public final double BARE_SURFACE_FRACTION;
	/** alloy.coverFraction */
	public final double ALLOY_COVER_FRACTION;
	/** morphology.islandCoalescenceFactor */
	public final double ISLAND_COALESCENCE_FACTOR;
	/** dead.fractionDense */
	public final double DEAD_FRACTION_DENSE;
	/** dead.fractionIslands */
	public final double DEAD_FRACTION_ISLANDS;
	/** dead.fractionIslandLayer */
	public final double DEAD_FRACTION_ISLAND_LAYER;
	/** morphology.islandLayerThickness */
	public final double ISLAND_LAYER_THICKNESS;
	/** dead.pressureExponent */
	public final double DEAD_PRESSURE_EXPONENT;
	/** dead.fractionFirstFresh */
	public final double DEAD_FRACTION_FIRST_FRESH;
	/** dead.refPressure */
	public final double DEAD_REF_PRESSURE;
	/** dead.refCurrent */
	public final double DEAD_REF_CURRENT;
	/** dead.rateExponent */
	public final double DEAD_RATE_EXPONENT;
	/** dead.blockingThickness */
	public final double DEAD_BLOCKING_THICKNESS;
	/** dead.denseBlockingRatio */
	public final double DENSE_BLOCKING_RATIO;
	/** sei.initialThickness */
	public final double SEI_INITIAL_THICKNESS;
	/** sei.rate */
	public final double SEI_RATE;
	/** sei.diffusionThickness */
	public final double SEI_DIFFUSION_THICKNESS;
	/** sei.activation */
	public final double SEI_ACTIVATION;
	/** sei.freshAreaDense */
	public final double FRESH_AREA_DENSE;
	/** sei.freshAreaIslands */
	public final double FRESH_AREA_ISLANDS;
	/** sei.alloyFactor */
	public final double SEI_ALLOY_FACTOR;
	/** sei2.lnPrefactor */
	public final double SEI2_LN_PREFACTOR;
	/** sei2.damageThickness */
	public final double SEI2_DAMAGE_THICKNESS;
	/** alloy.crackRate */
	public final double CRACK_RATE;
	/** barrier.continuousFilmThickness */
	public final double CONTINUOUS_FILM_THICKNESS;
	/** alloy.reversibleFraction */
	public final double ALLOY_REVERSIBLE_FRACTION;
	/** ccd.dense */
	public final double CCD_DENSE;
	/** ccd.pressureExponent */
	public final double CCD_PRESSURE_EXPONENT;
	/** ccd.particleSize */
	public final double CCD_PARTICLE_SIZE;
	/** filament.focusing */
	public final double FILAMENT_FOCUSING;
	/** filament.areaFraction */
	public final double FILAMENT_AREA_FRACTION;
	/** crack.fillFraction */
	public final double CRACK_FILL_FRACTION;
	/** crack.trappedFraction */
	public final double CRACK_TRAPPED_FRACTION;
	/** cathode.nmcFirstCycleLoss */
	public final double NMC_FIRST_CYCLE_LOSS;
	/** cathode.lcoFirstCycleLoss */
	public final double LCO_FIRST_CYCLE_LOSS;
	/** cathode.limitScale */
	public final double CATHODE_LIMIT_SCALE;
	/** cathode.seOxidation */
	public final double SE_OXIDATION;
	/** cathode.fadePerCycle */
	public final double CATHODE_FADE_PER_CYCLE;
	/** alloy.plateauMg */
	public final double PLATEAU_MG;
	/** collector.barePotential */
	public final double BARE_COLLECTOR_POTENTIAL;
	/** pellet.poreThreshold */
	public final double PORE_THRESHOLD;
	/** pellet.conductivityExponent */
	public final double PELLET_CONDUCTIVITY_EXPONENT;
	/** pellet.poreRange */
	public final double PORE_RANGE;
	/** morphology.islandWetting */
	public final double ISLAND_WETTING;
	/** ccd.wettingWeight */
	public final double CCD_WETTING_WEIGHT;
	/** dead.currentExponent */
	public final double DEAD_CURRENT_EXPONENT;
	/** dead.poreFactor */
	public final double DEAD_PORE_FACTOR;
	/** sei2.activation */
	public final double SEI2_ACTIVATION;
	/** sei2.exponent */
	public final double SEI2_EXPONENT;
	/** roughness.dense */
	public final double ROUGHENING_DENSE;
	/** roughness.islands */
	public final double ROUGHENING_ISLANDS;
	/** roughness.length */
	public final double ROUGHNESS_LENGTH;
	/** kinetics.j0AlloyCounter */
	public final double J0_ALLOY_COUNTER;
	/** kinetics.uncoatedCathodeFactor */
	public final double UNCOATED_CATHODE_FACTOR;

	/** @param c the calibration the solver was built with */
	public Cal(Calibration c) {
		CREEP_REF_RATE = c.value("creep.refRate");
		CREEP_LENGTH = c.value("creep.length");
		NUCLEATION_SURFACE_ENERGY = c.value("nucleation.surfaceEnergy");
		NUCLEATION_PREFACTOR = c.value("nucleation.prefactor");
		NUCLEATION_DECAY_CHARGE = c.value("nucleation.decayCharge");
		J0_LI = c.value("kinetics.j0Li");
		J0_LAYER = c.value("kinetics.j0Layer");
		J0_CATHODE = c.value("kinetics.j0Cathode");
		SE_ACTIVATION = c.value("electrolyte.conductivityActivation");
		CHARGE_TRANSFER_ACTIVATION = c.value("kinetics.activation");
		SEI_CONDUCTIVITY = c.value("sei.conductivity");
		CATHODE_RESISTANCE = c.value("cathode.resistance");
		THETA_BARE = c.value("wetting.thetaBare");
		THETA_REFRACTORY = c.value("wetting.thetaRefractory");
		THETA_ALLOY = c.value("wetting.thetaAlloy");
		THETA_NOBLE = c.value("wetting.thetaNoble");
		THETA_COMPOUND = c.value("wetting.thetaCompound");
		COVER_THICKNESS = c.value("morphology.coverThickness");
		BARE_SURFACE_FRACTION = c.value("morphology.bareSurfaceFraction");
		ALLOY_COVER_FRACTION = c.value("alloy.coverFraction");
		ISLAND_COALESCENCE_FACTOR = c.value("morphology.islandCoalescenceFactor");
		DEAD_FRACTION_DENSE = c.value("dead.fractionDense");
		DEAD_FRACTION_ISLANDS = c.value("dead.fractionIslands");
		DEAD_FRACTION_ISLAND_LAYER = c.value("dead.fractionIslandLayer");
		ISLAND_LAYER_THICKNESS = c.value("morphology.islandLayerThickness");
		DEAD_PRESSURE_EXPONENT = c.value("dead.pressureExponent");
		DEAD_FRACTION_FIRST_FRESH = c.value("dead.fractionFirstFresh");
		DEAD_REF_PRESSURE = c.value("dead.refPressure");
		DEAD_REF_CURRENT = c.value("dead.refCurrent");
		DEAD_RATE_EXPONENT = c.value("dead.rateExponent");
		DEAD_BLOCKING_THICKNESS = c.value("dead.blockingThickness");
		DENSE_BLOCKING_RATIO = c.value("dead.denseBlockingRatio");
		SEI_INITIAL_THICKNESS = c.value("sei.initialThickness");
		SEI_RATE = c.value("sei.rate");
		SEI_DIFFUSION_THICKNESS = c.value("sei.diffusionThickness");
		SEI_ACTIVATION = c.value("sei.activation");
		FRESH_AREA_DENSE = c.value("sei.freshAreaDense");
		FRESH_AREA_ISLANDS = c.value("sei.freshAreaIslands");
		SEI_ALLOY_FACTOR = c.value("sei.alloyFactor");
		SEI2_LN_PREFACTOR = c.value("sei2.lnPrefactor");
		SEI2_DAMAGE_THICKNESS = c.value("sei2.damageThickness");
		CRACK_RATE = c.value("alloy.crackRate");
		CONTINUOUS_FILM_THICKNESS = c.value("barrier.continuousFilmThickness");
		ALLOY_REVERSIBLE_FRACTION = c.value("alloy.reversibleFraction");
		CCD_DENSE = c.value("ccd.dense");
		CCD_PRESSURE_EXPONENT = c.value("ccd.pressureExponent");
		CCD_PARTICLE_SIZE = c.value("ccd.particleSize");
		FILAMENT_FOCUSING = c.value("filament.focusing");
		FILAMENT_AREA_FRACTION = c.value("filament.areaFraction");
		CRACK_FILL_FRACTION = c.value("crack.fillFraction");
		CRACK_TRAPPED_FRACTION = c.value("crack.trappedFraction");
		NMC_FIRST_CYCLE_LOSS = c.value("cathode.nmcFirstCycleLoss");
		LCO_FIRST_CYCLE_LOSS = c.value("cathode.lcoFirstCycleLoss");
		CATHODE_LIMIT_SCALE = c.value("cathode.limitScale");
		CATHODE_FADE_PER_CYCLE = c.value("cathode.fadePerCycle");
		SE_OXIDATION = c.value("cathode.seOxidation");
		PLATEAU_MG = c.value("alloy.plateauMg");
		BARE_COLLECTOR_POTENTIAL = c.value("collector.barePotential");
		PORE_THRESHOLD = c.value("pellet.poreThreshold");
		PELLET_CONDUCTIVITY_EXPONENT = c.value("pellet.conductivityExponent");
		PORE_RANGE = c.value("pellet.poreRange");
		ISLAND_WETTING = c.value("morphology.islandWetting");
		CCD_WETTING_WEIGHT = c.value("ccd.wettingWeight");
		DEAD_CURRENT_EXPONENT = c.value("dead.currentExponent");
		DEAD_PORE_FACTOR = c.value("dead.poreFactor");
		SEI2_ACTIVATION = c.value("sei2.activation");
		SEI2_EXPONENT = c.value("sei2.exponent");
		ROUGHENING_DENSE = c.value("roughness.dense");
		ROUGHENING_ISLANDS = c.value("roughness.islands");
		ROUGHNESS_LENGTH = c.value("roughness.length");
		J0_ALLOY_COUNTER = c.value("kinetics.j0AlloyCounter");
		UNCOATED_CATHODE_FACTOR = c.value("kinetics.uncoatedCathodeFactor");
	}
}
