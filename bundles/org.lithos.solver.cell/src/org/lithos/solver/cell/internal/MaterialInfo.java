package org.lithos.solver.cell.internal;

import java.util.List;

import org.lithos.model.InterfaceSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/**
 * Reads material and interface properties by name and decides material identity by simple name: a material is "Mg"
 * when its own simple name or that of any ancestor is Mg (so a user's MgFilm extends Mg counts).
 */
final class MaterialInfo {

	private MaterialInfo() {
	}

	/** @return the simple name of a qualified name ("lithos.materials.Cu" gives "Cu") */
	static String simpleName(String qualified) {
		if (qualified == null) {
			return "";
		}
		int dot = qualified.lastIndexOf('.');
		return dot < 0 ? qualified : qualified.substring(dot + 1);
	}

	/** @return whether the material or one of its ancestors has one of the simple names */
	static boolean is(MaterialSpec m, String... names) {
		if (m == null) {
			return false;
		}
		for (String n : names) {
			if (n.equals(simpleName(m.getName()))) {
				return true;
			}
			for (String a : m.getAncestors()) {
				if (n.equals(simpleName(a))) {
					return true;
				}
			}
		}
		return false;
	}

	/** @return the first value of the named property, or NaN */
	static double value(List<Property> properties, String name) {
		if (properties != null) {
			for (Property p : properties) {
				if (name.equalsIgnoreCase(p.getName())) {
					return p.getValue();
				}
			}
		}
		return Double.NaN;
	}

	/** @return all finite values of the named property, in order */
	static double[] values(List<Property> properties, String name) {
		if (properties == null) {
			return new double[0];
		}
		return properties.stream().filter(p -> name.equalsIgnoreCase(p.getName()))
				.mapToDouble(Property::getValue).filter(Double::isFinite).toArray();
	}

	/** @return the named material property, or NaN */
	static double value(MaterialSpec m, String name) {
		return m == null ? Double.NaN : value(m.getProperties(), name);
	}

	/** @return the value if finite, else the fallback */
	static double or(double value, double fallback) {
		return Double.isFinite(value) ? value : fallback;
	}

	/**
	 * @return the named property of the interface between deposit and substrate (either order), NaN when absent
	 */
	static double interfaceValue(List<InterfaceSpec> interfaces, MaterialSpec deposit, MaterialSpec substrate,
			String name) {
		if (interfaces == null || substrate == null) {
			return Double.NaN;
		}
		for (InterfaceSpec i : interfaces) {
			boolean match = i.getFirst() == deposit && i.getSecond() == substrate
					|| i.getFirst() == substrate && i.getSecond() == deposit
					|| sameName(i.getFirst(), deposit) && sameName(i.getSecond(), substrate);
			if (match) {
				double v = value(i.getProperties(), name);
				if (Double.isFinite(v)) {
					return v;
				}
			}
		}
		return Double.NaN;
	}

	/** @return the named property of the Li | substrate interface, matched by identity or simple name "Li" */
	static double liInterfaceValue(List<InterfaceSpec> interfaces, MaterialSpec substrate, String name) {
		if (interfaces == null || substrate == null) {
			return Double.NaN;
		}
		for (InterfaceSpec i : interfaces) {
			boolean match = is(i.getFirst(), "Li") && i.getSecond() == substrate
					|| is(i.getSecond(), "Li") && i.getFirst() == substrate && !is(substrate, "Li");
			if (match) {
				double v = value(i.getProperties(), name);
				if (Double.isFinite(v)) {
					return v;
				}
			}
		}
		return Double.NaN;
	}

	private static boolean sameName(MaterialSpec a, MaterialSpec b) {
		return a != null && b != null && a.getName() != null && a.getName().equals(b.getName());
	}
}
