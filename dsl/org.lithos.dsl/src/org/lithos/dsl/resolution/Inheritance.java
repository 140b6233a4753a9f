package org.lithos.dsl.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lithos.dsl.lithos.Area;
import org.lithos.dsl.lithos.Cathode;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.CellFormat;
import org.lithos.dsl.lithos.Collector;
import org.lithos.dsl.lithos.Counter;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.MaterialKind;
import org.lithos.dsl.lithos.Separator;
import org.lithos.dsl.lithos.Setting;

/** Walks {@code extends} chains safely (cycles end the walk) and merges what they declare. */
public final class Inheritance {

	private Inheritance() {
	}

	/** @return the cell followed by its ancestors, nearest first; a cycle ends the list */
	public static List<Cell> chain(Cell cell) {
		return chain(cell, Cell::getParent);
	}

	/** @return the material followed by its ancestors, nearest first; a cycle ends the list */
	public static List<Material> chain(Material material) {
		return chain(material, Material::getParent);
	}

	/** @return whether following {@code extends} from this cell comes back to it */
	public static boolean isCyclic(Cell cell) {
		return cycles(cell, Cell::getParent);
	}

	/** @return whether following {@code extends} from this material comes back to it */
	public static boolean isCyclic(Material material) {
		return cycles(material, Material::getParent);
	}

	/** @return the format written nearest in the chain, if any */
	public static Optional<CellFormat> format(Cell cell) {
		for (Cell c : chain(cell)) {
			if (isWritten(c, Literals.CELL__FORMAT)) {
				return Optional.of(c.getFormat());
			}
		}
		return Optional.empty();
	}

	/** @return the kind written nearest in the chain, if any */
	public static Optional<MaterialKind> kind(Material material) {
		for (Material m : chain(material)) {
			if (isWritten(m, Literals.MATERIAL__KIND)) {
				return Optional.of(m.getKind());
			}
		}
		return Optional.empty();
	}

	/** @return the nearest area declaration */
	public static Optional<Area> area(Cell cell) {
		return nearest(cell, Cell::getArea);
	}

	/** @return the nearest counter electrode */
	public static Optional<Counter> counter(Cell cell) {
		return nearest(cell, Cell::getCounter);
	}

	/** @return the nearest separator */
	public static Optional<Separator> separator(Cell cell) {
		return nearest(cell, Cell::getSeparator);
	}

	/** @return the nearest collector */
	public static Optional<Collector> collector(Cell cell) {
		return nearest(cell, Cell::getCollector);
	}

	/** @return the nearest cathode */
	public static Optional<Cathode> cathode(Cell cell) {
		return nearest(cell, Cell::getCathode);
	}

	/** @return cell-level settings by name, the nearest declaration winning, in first-declared order */
	public static Map<String, Setting> settings(Cell cell) {
		Map<String, Setting> merged = new LinkedHashMap<>();
		List<Cell> chain = chain(cell);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (Setting setting : chain.get(i).getSettings()) {
				merged.put(setting.getName(), setting);
			}
		}
		return merged;
	}

	/**
	 * @return material settings, the nearest declaration winning; repeatable properties (several plateaus)
	 *         come from the nearest material that declares them
	 */
	public static List<Setting> settings(Material material) {
		Map<String, List<Setting>> merged = new LinkedHashMap<>();
		List<Material> chain = chain(material);
		for (int i = chain.size() - 1; i >= 0; i--) {
			Map<String, List<Setting>> own = new LinkedHashMap<>();
			for (Setting setting : chain.get(i).getSettings()) {
				own.computeIfAbsent(setting.getName(), n -> new ArrayList<>()).add(setting);
			}
			merged.putAll(own);
		}
		List<Setting> flat = new ArrayList<>();
		merged.values().forEach(flat::addAll);
		return flat;
	}

	/** @return whether the feature was written in the source (enums cannot tell an explicit default from unset) */
	public static boolean isWritten(EObject object, EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty() || object.eIsSet(feature);
	}

	private static <T> Optional<T> nearest(Cell cell, Function<Cell, T> part) {
		for (Cell c : chain(cell)) {
			T value = part.apply(c);
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static <T extends EObject> List<T> chain(T start, Function<T, T> parent) {
		Set<T> seen = new LinkedHashSet<>();
		T current = start;
		while (current != null && !current.eIsProxy() && seen.add(current)) {
			current = parent.apply(current);
		}
		return new ArrayList<>(seen);
	}

	private static <T extends EObject> boolean cycles(T start, Function<T, T> parent) {
		Set<T> seen = new LinkedHashSet<>();
		T current = parent.apply(start);
		while (current != null && !current.eIsProxy()) {
			if (current == start) {
				return true;
			}
			if (!seen.add(current)) {
				return false;
			}
			current = parent.apply(current);
		}
		return false;
	}
}
