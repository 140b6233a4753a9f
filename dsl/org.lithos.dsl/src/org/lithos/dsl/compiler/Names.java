package org.lithos.dsl.compiler;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lithos.dsl.lithos.Element;
import org.lithos.dsl.lithos.Model;

/** Qualified names, source text and lines of language elements. */
public final class Names {

	private Names() {
	}

	/** @return {@code package.Name} of a top-level element, or its simple name outside a package */
	public static String qualified(Element element) {
		Model model = EcoreUtil2Lite.containerOf(element, Model.class);
		String name = simple(element);
		return model == null || model.getName() == null ? name : model.getName() + "." + name;
	}

	/** @return the simple name of a top-level element ({@code A|B} for interfaces) */
	public static String simple(Element element) {
		var feature = element.eClass().getEStructuralFeature("name");
		if (feature != null) {
			return String.valueOf(element.eGet(feature));
		}
		return element.eClass().getName();
	}

	/** @return the source text of a node, whitespace collapsed */
	public static String text(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** @return the 1-based line of a node, 0 if unknown */
	public static int line(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}

	/** Minimal container lookup, to keep this class free of Xtext's EcoreUtil2 overloads. */
	static final class EcoreUtil2Lite {
		private EcoreUtil2Lite() {
		}

		static <T extends EObject> T containerOf(EObject object, Class<T> type) {
			EObject current = object;
			while (current != null && !type.isInstance(current)) {
				current = current.eContainer();
			}
			return type.cast(current);
		}
	}

	/** @return the root of the resource an object lives in */
	public static EObject root(EObject object) {
		return EcoreUtil.getRootContainer(object);
	}
}
