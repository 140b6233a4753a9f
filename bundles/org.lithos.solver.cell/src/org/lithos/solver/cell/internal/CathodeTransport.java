package org.lithos.solver.cell.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.lithos.model.CathodeSpec;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.solver.api.MaterialProperties;

/**
 * Rate capability of a composite cathode: the two transport limits of docs/physics.md (cathode).
 * <p>
 * <b>Solid-state diffusion in the active particles.</b> The single-particle model in its two-parameter polynomial
 * reduction (Subramanian, Diwakar and Tapriyal, J. Electrochem. Soc. 152 (2005) A2002, doi:10.1149/1.2032427): a
 * sphere of radius R whose Li diffuses with D and whose surface takes a flux J holds a parabolic profile whose
 * surface concentration leads the mean by R J / (5 D). With the flux of an areal current j spread over the particles'
 * surface, 3 eps L / R per geometric area, and the areal capacity Q = F c_max eps L, the lead in lithiation is
 * dy = R^2 / (15 D) x j / Q: only the particles' diffusion time and the current over the capacity. The open-circuit
 * potential and the lithiation limit see the surface, so a faster discharge reaches the cut-off, and the last free
 * sites, earlier and delivers less (a faster charge likewise reaches the upper cut-off earlier).
 * <p>
 * <b>Ionic transport through the composite.</b> The electrolyte mixed into the cathode conducts over its volume
 * fraction phi with the tortuosity of a granular packing, sigma_eff = sigma phi^m (Archie; the exponent
 * pellet.conductivityExponent of the separator's packing), and a porous electrode whose reaction spreads evenly
 * through its thickness L has the ionic resistance L / (3 sigma_eff) (the transmission-line limit: Ogihara et al.,
 * J. Electrochem. Soc. 159 (2012) A1034, doi:10.1149/2.057207jes). A thick, highly loaded cathode polarises in
 * proportion to its loading squared at a given C-rate, and so reaches its cut-offs earlier.
 */
final class CathodeTransport {

	private CathodeTransport() {
	}

	/**
	 * @param radius      active particle radius, m (NaN or not positive: not given)
	 * @param diffusivity Li diffusivity in the active material, m2/s
	 * @return the diffusion time R^2 / (15 D), s; 0 when either is not given (diffusion never limits)
	 */
	static double diffusionTime(double radius, double diffusivity) {
		return radius > 0 && diffusivity > 0 && Double.isFinite(radius * radius / diffusivity)
				? radius * radius / (15 * diffusivity)
				: 0;
	}

	/**
	 * @param current signed current density, A/m2: positive delithiates the cathode (charge), negative lithiates it
	 * @return lithiation at the particles' surface, Li per formula unit: the mean plus the diffusion lead
	 */
	static double surfaceLithiation(CellParameters p, CellState s, double current) {
		double y = CellVoltage.lithiation(s);
		if (p.cathodeDiffusionTime <= 0 || current == 0 || s.cathodeCapacity <= 0) {
			return y;
		}
		return y - p.cathodeDiffusionTime * current / s.cathodeCapacity;
	}

	/**
	 * The ionic areal resistance of the composite cathode, L / (3 sigma phi^m). The thickness is that of the dense
	 * compact of the active material and the mix components whose densities are known; the conductivity is that of
	 * the electrolyte components (volume-weighted) times the in-cell compaction factor of the pellet the cathode was
	 * pressed with.
	 *
	 * @param c           the cathode
	 * @param loading     active mass, kg/m2
	 * @param compaction  in-cell over measured conductivity of an electrolyte material (Heckel), 1 when unknown
	 * @param exponent    Archie exponent m
	 * @return ohm m2; 0 when the mix names no electrolyte with a density and a conductivity (nothing to compute from)
	 */
	static double compositeResistance(CathodeSpec c, double loading, ToDoubleFunction<MaterialSpec> compaction,
			double exponent) {
		MaterialSpec active = c.getMaterial();
		List<Double> fractions = c.getMassFractions();
		List<MaterialSpec> mix = c.getMixComponents();
		double activeDensity = MaterialProperties.value(active, "density");
		if (fractions.isEmpty() || !(fractions.get(0) > 0) || !(activeDensity > 0)) {
			return 0;
		}
		double volume = loading / activeDensity;
		double electrolyteVolume = 0;
		double conductance = 0;
		for (int i = 0; i < mix.size() && i + 1 < fractions.size(); i++) {
			MaterialSpec m = mix.get(i);
			double rho = MaterialProperties.value(m, "density");
			if (!(rho > 0)) {
				continue;
			}
			double v = loading * fractions.get(i + 1) / fractions.get(0) / rho;
			volume += v;
			double sigma = MaterialProperties.value(m, "conductivity");
			if (m.getKind() == MaterialKind.ELECTROLYTE && sigma > 0) {
				electrolyteVolume += v;
				conductance += v * sigma * compaction.applyAsDouble(m);
			}
		}
		if (electrolyteVolume <= 0) {
			return 0;
		}
		double sigma = conductance / electrolyteVolume;
		double phi = electrolyteVolume / volume;
		return volume / (3 * sigma * Math.pow(phi, exponent));
	}
}
