package org.lithos.solver.nucleation.internal;

import java.util.ArrayList;
import java.util.List;

import org.lithos.model.InterfaceSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/**
 * Reads material and interface properties by name and decides material identity by simple name: a material is "Au"
 * when its own simple name or that of an ancestor is Au (so a user's AuSeed extends Au counts).
 */
final class Props {

	private Props() {
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
		List<String> lineage = lineage(m);
		for (String n : names) {
			if (lineage.contains(n)) {
				return true;
			}
		}
		return false;
	}

	/** @return the first declaration of the named property, or null */
	static Property find(List<Property> properties, String name) {
		if (properties != null) {
			for (Property p : properties) {
				if (name.equalsIgnoreCase(p.getName())) {
					return p;
				}
			}
		}
		return null;
	}

	/** @return the value of the named material property (NaN when absent) */
	static double value(MaterialSpec m, String name) {
		Property p = m == null ? null : find(m.getProperties(), name);
		return p == null ? Double.NaN : p.getValue();
	}

	/**
	 * @return the nearest declaration of the named property on the interface between deposit and substrate (either
	 *         order; a declaration for an ancestor applies to its descendants), or null. A declared but non-finite
	 *         value is returned as it is, so that callers can reject it instead of silently using a default.
	 */
	static Property interfaceProperty(List<InterfaceSpec> interfaces, MaterialSpec deposit, MaterialSpec substrate,
			String name) {
		if (interfaces == null || deposit == null || substrate == null) {
			return null;
		}
		List<String> d = lineage(deposit);
		List<String> s = lineage(substrate);
		Property best = null;
		int bestRank = Integer.MAX_VALUE;
		for (InterfaceSpec i : interfaces) {
			int rank = Math.min(rank(i.getFirst(), i.getSecond(), d, s), rank(i.getSecond(), i.getFirst(), d, s));
			Property p = rank < bestRank ? find(i.getProperties(), name) : null;
			if (p != null) {
				best = p;
				bestRank = rank;
			}
		}
		return best;
	}

	/** @return the simple names of a material and its ancestors, nearest first */
	private static List<String> lineage(MaterialSpec m) {
		List<String> names = new ArrayList<>();
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
