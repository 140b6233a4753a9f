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
	 * @return the named property of the interface between deposit and substrate (either order), NaN when absent. An
	 *         interface declared for an ancestor (Li | Li6PS5Cl) applies to its descendants (LPSCl_milled), the
	 *         nearest declaration winning.
	 */
	static double interfaceValue(List<InterfaceSpec> interfaces, MaterialSpec deposit, MaterialSpec substrate,
			String name) {
		if (interfaces == null || deposit == null || substrate == null) {
			return Double.NaN;
		}
		List<String> depositNames = lineage(deposit);
		List<String> substrateNames = lineage(substrate);
		double best = Double.NaN;
		int bestRank = Integer.MAX_VALUE;
		for (InterfaceSpec i : interfaces) {
			int rank = rank(i.getFirst(), i.getSecond(), depositNames, substrateNames);
			rank = Math.min(rank, rank(i.getSecond(), i.getFirst(), depositNames, substrateNames));
			if (rank < bestRank) {
				double v = value(i.getProperties(), name);
				if (Double.isFinite(v)) {
					best = v;
					bestRank = rank;
				}
			}
		}
		return best;
	}

	/** @return the named property of the Li | substrate interface, NaN when absent */
	static double liInterfaceValue(List<InterfaceSpec> interfaces, MaterialSpec li, MaterialSpec substrate,
			String name) {
		if (li == null) {
			MaterialSpec plain = org.lithos.model.LithosFactory.eINSTANCE.createMaterialSpec();
			plain.setName("Li");
			li = plain;
		}
		return interfaceValue(interfaces, li, substrate, name);
	}

	/** @return the simple names of a material and its ancestors, nearest first */
	private static List<String> lineage(MaterialSpec m) {
		List<String> names = new java.util.ArrayList<>();
		names.add(simpleName(m.getName()));
		for (String a : m.getAncestors()) {
			names.add(simpleName(a));
		}
		return names;
	}

	/** @return how far the declared pair is from the wanted one (0 exact), or MAX_VALUE when it does not apply */
	private static int rank(MaterialSpec first, MaterialSpec second, List<String> deposit, List<String> substrate) {
		if (first == null || second == null) {
			return Integer.MAX_VALUE;
		}
		int a = deposit.indexOf(simpleName(first.getName()));
		int b = substrate.indexOf(simpleName(second.getName()));
		return a < 0 || b < 0 ? Integer.MAX_VALUE : a + b;
	}
}
