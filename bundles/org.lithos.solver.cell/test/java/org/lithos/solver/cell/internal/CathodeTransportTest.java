package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lithos.model.CathodeSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/** The composite cathode's ionic resistance and the particles' diffusion time, against hand calculations. */
class CathodeTransportTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private static MaterialSpec material(String name, MaterialKind kind, double density, double conductivity) {
		MaterialSpec m = F.createMaterialSpec();
		m.setName(name);
		m.setKind(kind);
		m.getProperties().add(property("density", density));
		if (conductivity > 0) {
			m.getProperties().add(property("conductivity", conductivity));
		}
		return m;
	}

	private static Property property(String name, double value) {
		Property p = F.createProperty();
		p.setName(name);
		p.setValue(value);
		return p;
	}

	/** NMC811 : Li6PS5Cl 7 : 3 by mass, 5 mg/cm2 of NMC811 (1 mAh/cm2 at 200 mAh/g), 0.8 mS/cm. */
	@Test
	void compositeResistanceIsItsThicknessOverThreeEffectiveConductivities() {
		CathodeSpec c = F.createCathodeSpec();
		c.setMaterial(material("NMC811", MaterialKind.CATHODE, 4780, 0));
		MaterialSpec se = material("LPSCl", MaterialKind.ELECTROLYTE, 1860, 0.08);
		c.getMixComponents().add(se);
		c.getMassFractions().add(0.7);
		c.getMassFractions().add(0.3);
		double loading = 0.05; // kg/m2
		double vActive = loading / 4780;
		double vSe = loading * 3 / 7 / 1860;
		double thickness = vActive + vSe; // about 22 um
		double phi = vSe / thickness;
		double expected = thickness / (3 * 0.08 * Math.pow(phi, 2.5));
		assertEquals(22e-6, thickness, 1e-6);
		assertEquals(expected, CathodeTransport.compositeResistance(c, loading, m -> 1.0, 2.5), 1e-12 * expected);
		// pressed denser in the cell: the electrolyte conducts better by the compaction factor
		assertEquals(expected / 2.5, CathodeTransport.compositeResistance(c, loading, m -> m == se ? 2.5 : 1, 2.5),
				1e-12 * expected);
		// ten times the loading, ten times the thickness at the same fractions
		assertEquals(10 * expected, CathodeTransport.compositeResistance(c, 10 * loading, m -> 1.0, 2.5), 1e-9 * expected);
	}

	@Test
	void withoutAnElectrolyteInTheMixThereIsNothingToComputeFrom() {
		CathodeSpec c = F.createCathodeSpec();
		c.setMaterial(material("NMC811", MaterialKind.CATHODE, 4780, 0));
		assertEquals(0, CathodeTransport.compositeResistance(c, 0.05, m -> 1.0, 2.5));
	}

	@Test
	void diffusionTimeIsRadiusSquaredOverFifteenDiffusivities() {
		assertEquals(5.22e-6 * 5.22e-6 / (15 * 4e-15), CathodeTransport.diffusionTime(5.22e-6, 4e-15), 1e-9);
		assertEquals(0, CathodeTransport.diffusionTime(Double.NaN, 4e-15));
		assertEquals(0, CathodeTransport.diffusionTime(5e-6, 0));
	}
}
