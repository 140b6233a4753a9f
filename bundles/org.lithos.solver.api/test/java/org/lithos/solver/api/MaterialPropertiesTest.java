package org.lithos.solver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/** Identity through inheritance and the nearest interface declaration, as every solver reads the library. */
class MaterialPropertiesTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private static MaterialSpec material(String name, String... ancestors) {
		MaterialSpec m = F.createMaterialSpec();
		m.setName(name);
		m.getAncestors().addAll(List.of(ancestors));
		return m;
	}

	private static InterfaceSpec contact(MaterialSpec a, MaterialSpec b, String property, double value) {
		InterfaceSpec i = F.createInterfaceSpec();
		i.setFirst(a);
		i.setSecond(b);
		Property p = F.createProperty();
		p.setName(property);
		p.setValue(value);
		i.getProperties().add(p);
		return i;
	}

	@Test
	void identityFollowsInheritance() {
		MaterialSpec film = material("ref.MgFilm", "lithos.materials.Mg");
		assertTrue(MaterialProperties.is(film, "Mg"));
		assertFalse(MaterialProperties.is(film, "W"));
		assertEquals(List.of("MgFilm", "Mg"), MaterialProperties.lineage(film));
		assertEquals("Cu", MaterialProperties.simpleName("lithos.materials.Cu"));
	}

	@Test
	void theNearestInterfaceDeclarationWinsInEitherOrder() {
		MaterialSpec li = material("lithos.materials.Li");
		MaterialSpec se = material("lithos.materials.Li6PS5Cl");
		MaterialSpec milled = material("ref.LPSCl_milled", "lithos.materials.Li6PS5Cl");
		List<InterfaceSpec> interfaces = List.of(contact(se, li, "exchange current density", 10),
				contact(li, milled, "exchange current density", 20));
		assertEquals(20, MaterialProperties.interfaceValue(interfaces, li, milled, "exchange current density"), 0);
		assertEquals(10, MaterialProperties.interfaceValue(interfaces, li, se, "exchange current density"), 0,
				"declared Li6PS5Cl | Li, asked Li | Li6PS5Cl");
		assertEquals(10, MaterialProperties.liInterfaceValue(interfaces, null, se, "exchange current density"), 0);
		assertTrue(Double.isNaN(MaterialProperties.interfaceValue(interfaces, li, se, "contact angle")));
	}

	@Test
	void aDeclaredNonFiniteValueIsFoundSoCallersCanRejectIt() {
		MaterialSpec li = material("lithos.materials.Li");
		MaterialSpec cu = material("lithos.materials.Cu");
		List<InterfaceSpec> interfaces = List.of(contact(li, cu, "contact angle", Double.NaN));
		assertTrue(Double.isNaN(MaterialProperties.interfaceProperty(interfaces, li, cu, "contact angle").getValue()));
		assertTrue(Double.isNaN(MaterialProperties.interfaceValue(interfaces, li, cu, "contact angle")),
				"the value reader skips it");
		assertNull(MaterialProperties.interfaceProperty(interfaces, li, cu, "binding energy"));
		assertEquals(3, MaterialProperties.or(Double.NaN, 3), 0);
	}
}
