package org.lithos.dsl.ide.internal.services;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.PlotSeries;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Quantity;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.Study;
import org.lithos.dsl.lithos.Symbol;
import org.lithos.dsl.lithos.Variable;
import org.lithos.materials.MaterialLibrary;

/**
 * Semantic colouring, as LSP token types (the style ids are the protocol's token type and modifier names):
 * materials are types (from the built-in library: {@code defaultLibrary}), cells classes, protocols functions,
 * parameters and sweep variables parameters and variables, property names properties, observables enum members,
 * numbers numbers and their units decorators.
 */
public class LithosHighlighting extends DefaultSemanticHighlightingCalculator {

	static final String TYPE = "type";
	static final String CLASS = "class";
	static final String FUNCTION = "function";
	static final String NAMESPACE = "namespace";
	static final String PARAMETER = "parameter";
	static final String VARIABLE = "variable";
	static final String PROPERTY = "property";
	static final String ENUM_MEMBER = "enumMember";
	static final String NUMBER = "number";
	static final String DECORATOR = "decorator";
	static final String DECLARATION = "declaration";
	static final String DEFAULT_LIBRARY = "defaultLibrary";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		declaration(object, acceptor);
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment()) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
				Object target = reference.isMany() ? null : object.eGet(reference, false);
				String type = tokenType(reference.getEReferenceType().getInstanceClass(), target);
				if (type != null) {
					if (target instanceof Material material && !material.eIsProxy() && isLibrary(material)) {
						highlightNode(acceptor, node, type, DEFAULT_LIBRARY);
					} else {
						highlightNode(acceptor, node, type);
					}
				}
			}
		}
		if (object instanceof Setting) {
			highlightWhole(acceptor, object, Literals.SETTING__NAME, PROPERTY);
		} else if (object instanceof Expectation) {
			highlightWhole(acceptor, object, Literals.EXPECTATION__OBSERVABLE, ENUM_MEMBER);
		} else if (object instanceof PlotSeries) {
			highlightWhole(acceptor, object, Literals.PLOT_SERIES__Y, ENUM_MEMBER);
			highlightWhole(acceptor, object, Literals.PLOT_SERIES__X, ENUM_MEMBER);
		} else if (object instanceof Quantity) {
			highlightWhole(acceptor, object, Literals.QUANTITY__VALUE, NUMBER);
			highlightWhole(acceptor, object, Literals.QUANTITY__UNIT, DECORATOR);
		}
		return false;
	}

	/**
	 * One token for a multi-word name ({@code first cycle efficiency}) or a compound unit ({@code mA/cm2}), not one
	 * per word, as long as it stays on one line (a token cannot span lines).
	 */
	private void highlightWhole(IHighlightedPositionAcceptor acceptor, EObject object, EStructuralFeature feature,
			String style) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			int start = -1;
			int end = -1;
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					start = start < 0 ? leaf.getOffset() : start;
					end = leaf.getEndOffset();
				}
			}
			if (start < 0) {
				continue;
			}
			if (node.getText().strip().indexOf('\n') >= 0) {
				highlightNode(acceptor, node, style);
			} else {
				acceptor.addPosition(start, end - start, style);
			}
		}
	}

	private void declaration(EObject object, IHighlightedPositionAcceptor acceptor) {
		String type = object instanceof Material ? TYPE
				: object instanceof Cell ? CLASS
				: object instanceof Protocol ? FUNCTION
				: object instanceof Study ? NAMESPACE
				: object instanceof Parameter ? PARAMETER
				: object instanceof Variable ? VARIABLE : null;
		if (type != null) {
			highlightFeature(acceptor, object, object.eClass().getEStructuralFeature("name"), type, DECLARATION);
		}
	}

	private static String tokenType(Class<?> referenced, Object target) {
		if (referenced == Material.class) {
			return TYPE;
		}
		if (referenced == Cell.class) {
			return CLASS;
		}
		if (referenced == Protocol.class) {
			return FUNCTION;
		}
		if (referenced == Parameter.class || target instanceof Parameter) {
			return PARAMETER;
		}
		if (referenced == Variable.class || referenced == Symbol.class) {
			return VARIABLE;
		}
		return null;
	}

	private static boolean isLibrary(Material material) {
		Model model = EcoreUtil2.getContainerOfType(material, Model.class);
		return model != null && MaterialLibrary.PACKAGE.equals(model.getName());
	}
}
