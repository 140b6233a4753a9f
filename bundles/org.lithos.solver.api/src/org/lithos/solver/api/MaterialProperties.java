package org.lithos.solver.api;

import java.util.ArrayList;
import java.util.List;

import org.lithos.model.InterfaceSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/**
 * Reading a compiled input's materials and interfaces, as every solver must: properties by name (values in SI
 * units, as the compiler writes them), material identity by simple name through inheritance (a user's
 * {@code MgFilm extends Mg} is Mg), and interface properties where a declaration for an ancestor applies to its
 * descendants (Li | Li6PS5Cl covers Li | LPSCl_milled), the nearest declaration winning. Shared by the solvers of
 * this project and open to partner labs, so that all read the library the same way.
 */
public final class MaterialProperties {

	private MaterialProperties() {
	}

	/**
	 * @param qualified a qualified name, e.g. {@code lithos.materials.Cu}
	 * @return its last segment ("Cu"), "" for null
	 */
	public static String simpleName(String qualified) {
		if (qualified == null) {
			return "";
		}
		int dot = qualified.lastIndexOf('.');
		return dot < 0 ? qualified : qualified.substring(dot + 1);
	}

	/**
	 * @param m a material
	 * @return the simple names of the material and its ancestors, nearest first
	 */
	public static List<String> lineage(MaterialSpec m) {
		List<String> names = new ArrayList<>();
		names.add(simpleName(m.getName()));
		for (String a : m.getAncestors()) {
			names.add(simpleName(a));
		}
		return names;
	}

	/**
	 * @param m     a material, may be null
	 * @param names simple names
	 * @return whether the material or one of its ancestors has one of the names
	 */
	public static boolean is(MaterialSpec m, String... names) {
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

	/** The chemical formula of lithium metal, the phase every solver plates and strips. */
	public static final String LITHIUM = "Li";

	/**
	 * The one place that says which material is lithium metal: the library's {@code Li} (formula "Li") or a material
	 * derived from it or with that formula.
	 *
	 * @param m a material, may be null
	 * @return whether it is lithium metal
	 */
	public static boolean isLithium(MaterialSpec m) {
		return is(m, LITHIUM) || LITHIUM.equals(text(m, "formula"));
	}

	/**
	 * @param properties properties, may be null
	 * @param name       a property name, compared without case
	 * @return its first declaration, or null
	 */
	public static Property find(List<Property> properties, String name) {
		if (properties != null) {
			for (Property p : properties) {
				if (name.equalsIgnoreCase(p.getName())) {
					return p;
				}
			}
		}
		return null;
	}

	/**
	 * @param properties properties, may be null
	 * @param name       a property name
	 * @return the value of its first declaration in SI units, NaN when absent
	 */
	public static double value(List<Property> properties, String name) {
		Property p = find(properties, name);
		return p == null ? Double.NaN : p.getValue();
	}

	/**
	 * @param properties properties, may be null
	 * @param name       a property name that may be declared more than once (e.g. plateaus)
	 * @return all its finite values in SI units, in order
	 */
	public static double[] values(List<Property> properties, String name) {
		if (properties == null) {
			return new double[0];
		}
		return properties.stream().filter(p -> name.equalsIgnoreCase(p.getName())).mapToDouble(Property::getValue)
				.filter(Double::isFinite).toArray();
	}

	/**
	 * @param m    a material, may be null
	 * @param name a property name
	 * @return the material's value in SI units, NaN when absent
	 */
	public static double value(MaterialSpec m, String name) {
		return m == null ? Double.NaN : value(m.getProperties(), name);
	}

	/**
	 * @param m    a material, may be null
	 * @param name a text property, e.g. {@code conversion product}
	 * @return its text, or null when absent
	 */
	public static String text(MaterialSpec m, String name) {
		Property p = m == null ? null : find(m.getProperties(), name);
		return p == null ? null : p.getText();
	}

	/**
	 * @param value    a value
	 * @param fallback what to use when it is not finite
	 * @return the value if finite, else the fallback
	 */
	public static double or(double value, double fallback) {
		return Double.isFinite(value) ? value : fallback;
	}

	/**
	 * The nearest declaration of a property on the interface between two materials, in either order. A declared but
	 * non-finite value is returned as it is, so that a caller can reject it rather than fall back to a default.
	 *
	 * @param interfaces the input's interfaces, may be null
	 * @param deposit    one side, e.g. Li
	 * @param substrate  the other side, e.g. Cu
	 * @param name       the property
	 * @return the declaration, or null
	 */
	public static Property interfaceProperty(List<InterfaceSpec> interfaces, MaterialSpec deposit,
			MaterialSpec substrate, String name) {
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

	/**
	 * Like {@link #interfaceProperty} but skipping declarations without a finite value.
	 *
	 * @return the value of the nearest finite declaration in SI units, NaN when there is none
	 */
	public static double interfaceValue(List<InterfaceSpec> interfaces, MaterialSpec deposit, MaterialSpec substrate,
			String name) {
		if (interfaces == null || deposit == null || substrate == null) {
			return Double.NaN;
		}
		List<String> d = lineage(deposit);
		List<String> s = lineage(substrate);
		double best = Double.NaN;
		int bestRank = Integer.MAX_VALUE;
		for (InterfaceSpec i : interfaces) {
			int rank = Math.min(rank(i.getFirst(), i.getSecond(), d, s), rank(i.getSecond(), i.getFirst(), d, s));
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

	/**
	 * @param li        the input's Li material, or null when the input has none (a plain "Li" is assumed)
	 * @param substrate the other side
	 * @return {@link #interfaceValue} of the Li | substrate interface
	 */
	public static double liInterfaceValue(List<InterfaceSpec> interfaces, MaterialSpec li, MaterialSpec substrate,
			String name) {
		if (li == null) {
			li = LithosFactory.eINSTANCE.createMaterialSpec();
			li.setName(LITHIUM);
		}
		return interfaceValue(interfaces, li, substrate, name);
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
