package org.lithos.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.lithos.model.text.Suggest;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.CellFormat;
import org.lithos.dsl.lithos.Element;
import org.lithos.dsl.lithos.Import;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.MaterialKind;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Study;
import org.lithos.dsl.lithos.Variable;
import org.lithos.dsl.resolution.Inheritance;

import com.google.inject.Inject;

/** Names, imports, inheritance, cell completeness and the roles materials play. */
public class StructureValidator extends QuantityChecks {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Check
	public void checkUniqueNamesInFile(Model model) {
		Map<String, Element> seen = new HashMap<>();
		for (Element element : model.getElements()) {
			String name = nameOf(element);
			if (name == null) {
				continue;
			}
			Element first = seen.putIfAbsent(name, element);
			if (first != null) {
				error("'" + name + "' is already defined in this file (line " + org.lithos.dsl.compiler.Names.line(first)
						+ ")", element, nameFeature(element), IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueNamesAcrossFiles(Model model) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(model.eResource());
		// names are scoped per project (plus the library), as the language server's containers say: copies of one
		// example in two projects define nothing twice
		List<IContainer> visible = containers.getVisibleContainers(
				descriptions.getResourceDescription(model.eResource()), index);
		for (Element element : model.getElements()) {
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name == null) {
				continue;
			}
			URI other = definedElsewhere(visible, element, name, model.eResource().getURI());
			if (other != null) {
				error("'" + name + "' is also defined in " + other.lastSegment(), element, nameFeature(element),
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	/** @return the first other file of the visible containers that exports the name, or null */
	private static URI definedElsewhere(List<IContainer> visible, Element element, QualifiedName name, URI self) {
		for (IContainer container : visible) {
			for (IEObjectDescription other : container.getExportedObjects(element.eClass(), name, false)) {
				if (!other.getEObjectURI().trimFragment().equals(self)) {
					return other.getEObjectURI().trimFragment();
				}
			}
		}
		return null;
	}

	@Check
	public void checkUniqueParameters(Protocol protocol) {
		Set<String> seen = new HashSet<>();
		for (Parameter parameter : protocol.getParameters()) {
			if (!seen.add(parameter.getName())) {
				error("parameter '" + parameter.getName() + "' is declared twice", parameter, Literals.SYMBOL__NAME,
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkUniqueVariables(Study study) {
		Set<String> seen = new HashSet<>();
		for (Variable variable : study.getVariables()) {
			if (!seen.add(variable.getName())) {
				error("sweep variable '" + variable.getName() + "' is declared twice", variable, Literals.SYMBOL__NAME,
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImport(Import anImport) {
		String imported = anImport.getImportedNamespace();
		if (imported == null) {
			return;
		}
		boolean wildcard = imported.endsWith(".*");
		String target = wildcard ? imported.substring(0, imported.length() - 2) : imported;
		IResourceDescriptions index = indexProvider.getResourceDescriptions(anImport.eResource());
		Set<String> packages = new TreeSet<>();
		for (IEObjectDescription description : index.getExportedObjects()) {
			QualifiedName name = description.getQualifiedName();
			String full = name.toString();
			if (wildcard ? full.startsWith(target + ".") : full.equals(target)) {
				return;
			}
			if (name.getSegmentCount() > 1) {
				packages.add(name.skipLast(1).toString());
			}
		}
		String suggestion = Suggest.closest(target, packages).map(p -> "; did you mean '" + p + (wildcard ? ".*" : "") + "'?")
				.orElse("");
		error("nothing to import from '" + imported + "': no package or element of that name in the workspace or the "
				+ "material library" + suggestion, anImport, Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.UNKNOWN_IMPORT);
	}

	@Check
	public void checkMaterialCycle(Material material) {
		if (material.getParent() != null && Inheritance.isCyclic(material)) {
			error("material '" + material.getName() + "' extends itself through " + cyclePath(material), material,
					Literals.MATERIAL__PARENT, IssueCodes.INHERITANCE_CYCLE);
		}
	}

	@Check
	public void checkCellCycle(Cell cell) {
		if (cell.getParent() != null && Inheritance.isCyclic(cell)) {
			error("cell '" + cell.getName() + "' extends itself through " + cyclePath(cell), cell, Literals.CELL__PARENT,
					IssueCodes.INHERITANCE_CYCLE);
		}
	}

	/** Completeness is checked only where the format is known: a base cell without format may be partial. */
	@Check
	public void checkCellParts(Cell cell) {
		if (Inheritance.isCyclic(cell)) {
			return;
		}
		Optional<CellFormat> format = Inheritance.format(cell);
		if (format.isEmpty()) {
			return;
		}
		String name = "'" + cell.getName() + "'";
		if (format.get() == CellFormat.FULL && Inheritance.cathode(cell).isEmpty()) {
			error("full cell " + name + " has no cathode: add 'cathode NMC811 { areal capacity 1 mAh/cm2 }' or make it a "
					+ "half cell", cell, Literals.CELL__NAME, IssueCodes.FULL_CELL_WITHOUT_CATHODE);
		}
		if (format.get() == CellFormat.BLOCKING) {
			// inherited ones are dropped, as a full cell drops the counter of the half cell it extends
			if (cell.getCounter() != null) {
				error("blocking cell " + name + " has the collector on both sides and no Li: remove the counter electrode",
						cell.getCounter(), null, IssueCodes.BLOCKING_CELL);
			}
			if (cell.getCathode() != null) {
				error("blocking cell " + name + " has the collector on both sides and no Li: remove the cathode",
						cell.getCathode(), null, IssueCodes.BLOCKING_CELL);
			}
		}
		if (format.get() != CellFormat.FULL && format.get() != CellFormat.BLOCKING && Inheritance.counter(cell).isEmpty()) {
			error(format.get().getName() + " cell " + name + " has no counter electrode: add e.g. 'counter Li foil 100 um'",
					cell, Literals.CELL__NAME, IssueCodes.HALF_CELL_WITHOUT_COUNTER);
		}
		if (Inheritance.area(cell).isEmpty()) {
			error("cell " + name + " has no area: add e.g. 'area 12 mm diameter'", cell, Literals.CELL__NAME,
					IssueCodes.MISSING_PART);
		}
		if (Inheritance.separator(cell).isEmpty()) {
			error("cell " + name + " has no separator: add e.g. 'separator Li6PS5Cl 150 mg'", cell, Literals.CELL__NAME,
					IssueCodes.MISSING_PART);
		}
		if (Inheritance.collector(cell).isEmpty()) {
			error("cell " + name + " has no current collector: add e.g. 'collector Cu 9 um'", cell, Literals.CELL__NAME,
					IssueCodes.MISSING_PART);
		}
		if (!Inheritance.settings(cell).containsKey("pressure")) {
			error("cell " + name + " has no stack pressure: add e.g. 'pressure 9 MPa'", cell, Literals.CELL__NAME,
					IssueCodes.MISSING_PART);
		}
	}

	@Check
	public void checkRoles(Cell cell) {
		if (cell.getSeparator() != null) {
			role(cell.getSeparator().getMaterial(), List.of(MaterialKind.ELECTROLYTE), "separator", cell.getSeparator(),
					Literals.SEPARATOR__MATERIAL);
		}
		if (cell.getCathode() != null) {
			role(cell.getCathode().getMaterial(), List.of(MaterialKind.CATHODE), "cathode", cell.getCathode(),
					Literals.CATHODE__MATERIAL);
		}
		if (cell.getCollector() != null) {
			role(cell.getCollector().getMaterial(), List.of(MaterialKind.METAL, MaterialKind.ALLOY), "current collector",
					cell.getCollector(), Literals.COLLECTOR__MATERIAL);
		}
		if (cell.getCounter() != null) {
			role(cell.getCounter().getMaterial(), List.of(MaterialKind.METAL, MaterialKind.ALLOY), "counter electrode",
					cell.getCounter(), Literals.COUNTER__MATERIAL);
		}
	}

	/**
	 * A counter electrode is Li, or a Li alloy whose potential vs Li is given (InLi at 0.62 V): the cell model shifts
	 * the cell voltage by that potential. Anything else would have to be taken for Li, which it never is.
	 */
	@Check
	public void checkCounter(Cell cell) {
		if (cell.getCounter() == null) {
			return;
		}
		Material material = cell.getCounter().getMaterial();
		if (material == null || material.eIsProxy() || Inheritance.isCyclic(material)) {
			return;
		}
		List<Setting> settings = Inheritance.settings(material);
		boolean lithium = Inheritance.chain(material).stream().anyMatch(m -> LITHIUM.equals(m.getName()))
				|| settings.stream().anyMatch(s -> "formula".equals(s.getName())
						&& s.getValue() instanceof org.lithos.dsl.lithos.Text text && LITHIUM.equals(text.getText()));
		boolean alloy = Inheritance.kind(material).orElse(null) == MaterialKind.ALLOY
				&& settings.stream().anyMatch(s -> "potential".equals(s.getName()));
		if (!lithium && !alloy) {
			error("counter electrode '" + material.getName() + "' is neither Li nor a Li alloy with a 'potential' (vs Li):"
					+ " the cell model cannot tell the cell voltage against it and will not take it for Li; use Li, or an"
					+ " alloy such as InLi (potential 0.62 V)", cell.getCounter(), Literals.COUNTER__MATERIAL,
					IssueCodes.COUNTER_NOT_LITHIUM);
		}
	}

	/** The name of lithium metal in the material library (its formula, too). */
	private static final String LITHIUM = "Li";

	private void role(Material material, List<MaterialKind> kinds, String role, EObject source,
			EStructuralFeature feature) {
		if (material == null || material.eIsProxy()) {
			return;
		}
		Optional<MaterialKind> kind = Inheritance.kind(material);
		if (kind.isPresent() && !kinds.contains(kind.get())) {
			warning("'" + material.getName() + "' is " + org.lithos.dsl.catalog.Dimensions.a(kind.get().getLiteral()) + " material; a " + role
					+ " is usually " + kinds.stream().map(MaterialKind::getLiteral).reduce((a, b) -> a + " or " + b).orElse(""),
					source, feature, IssueCodes.WRONG_MATERIAL_KIND);
		}
	}

	private static String cyclePath(EObject start) {
		StringBuilder path = new StringBuilder(nameOf(start));
		EObject current = parentOf(start);
		for (int i = 0; current != null && i < 20; i++) {
			path.append(" -> ").append(nameOf(current));
			if (current == start) {
				break;
			}
			current = parentOf(current);
		}
		return path.toString();
	}

	private static EObject parentOf(EObject object) {
		if (object instanceof Cell cell) {
			return cell.getParent();
		}
		return object instanceof Material material ? material.getParent() : null;
	}

	private static String nameOf(EObject element) {
		EStructuralFeature feature = nameFeature(element);
		return feature == null ? null : (String) element.eGet(feature);
	}

	private static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}
}
