package org.lithos.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.lithos.dsl.lithos.Cathode;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.Collector;
import org.lithos.dsl.lithos.Counter;
import org.lithos.dsl.lithos.Element;
import org.lithos.dsl.lithos.Import;
import org.lithos.dsl.lithos.Interface;
import org.lithos.dsl.lithos.Layer;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Repeat;
import org.lithos.dsl.lithos.Separator;
import org.lithos.dsl.lithos.Stop;
import org.lithos.dsl.lithos.Study;

/**
 * The canonical layout: one declaration per line, blocks indented by one tab-width (four spaces), a blank line
 * between top-level elements, single spaces inside a line. Comments are kept where they are.
 */
public class LithosFormatter extends AbstractJavaFormatter {

	protected void format(Model model, IFormattableDocument doc) {
		ISemanticRegion name = regionFor(model).feature(Literals.MODEL__NAME);
		if (name != null) {
			doc.prepend(name, it -> it.oneSpace());
			doc.append(name, it -> it.setNewLines(2));
		}
		for (Import anImport : model.getImports()) {
			boolean last = anImport == model.getImports().get(model.getImports().size() - 1);
			doc.append(anImport, it -> it.setNewLines(last && !model.getElements().isEmpty() ? 2 : 1));
		}
		List<Element> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			Element element = elements.get(i);
			if (i == elements.size() - 1) {
				doc.append(element, it -> it.setNewLines(1));
			} else if (staysOnOneLine(element) && staysOnOneLine(elements.get(i + 1))) {
				// a run of one-line elements (variants of a cell) may stay together without blank lines
				doc.append(element, it -> it.setNewLines(1, 2, 2));
			} else {
				doc.append(element, it -> it.setNewLines(2));
			}
			doc.format(element);
		}
	}

	protected void format(Material material, IFormattableDocument doc) {
		block(material, doc);
	}

	protected void format(Interface contact, IFormattableDocument doc) {
		block(contact, doc);
	}

	protected void format(Cell cell, IFormattableDocument doc) {
		block(cell, doc);
	}

	protected void format(Counter counter, IFormattableDocument doc) {
		block(counter, doc);
	}

	protected void format(Separator separator, IFormattableDocument doc) {
		block(separator, doc);
	}

	protected void format(Collector collector, IFormattableDocument doc) {
		block(collector, doc);
	}

	protected void format(Layer layer, IFormattableDocument doc) {
		block(layer, doc);
	}

	protected void format(Cathode cathode, IFormattableDocument doc) {
		block(cathode, doc);
	}

	protected void format(Protocol protocol, IFormattableDocument doc) {
		block(protocol, doc);
		regionFor(protocol).keywords(",").forEach(comma -> {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		});
		regionFor(protocol).keywords("(").forEach(open -> doc.append(open, it -> it.noSpace()));
		regionFor(protocol).keywords(")").forEach(close -> doc.prepend(close, it -> it.noSpace()));
	}

	protected void format(Repeat repeat, IFormattableDocument doc) {
		block(repeat, doc);
	}

	protected void format(Study study, IFormattableDocument doc) {
		block(study, doc);
	}

	/**
	 * @return the statements inside an element's braces, in source order: what goes on a line of its own (a
	 *         collector's thickness, for one, belongs on the header line)
	 */
	static List<EObject> children(EObject owner) {
		List<EObject> children = new java.util.ArrayList<>();
		if (owner instanceof Material material) {
			children.addAll(material.getSettings());
		} else if (owner instanceof Interface contact) {
			children.addAll(contact.getSettings());
		} else if (owner instanceof Cell || owner instanceof Study) {
			children.addAll(owner.eContents());
		} else if (owner instanceof Counter counter) {
			children.addAll(counter.getSettings());
		} else if (owner instanceof Separator separator) {
			children.addAll(separator.getSettings());
		} else if (owner instanceof Collector collector) {
			children.addAll(collector.getLayers());
			children.addAll(collector.getSettings());
		} else if (owner instanceof Layer layer) {
			children.addAll(layer.getSettings());
		} else if (owner instanceof Cathode cathode) {
			children.addAll(cathode.getSettings());
			if (cathode.getMix() != null) {
				children.add(cathode.getMix());
			}
		} else if (owner instanceof Protocol protocol) {
			children.addAll(protocol.getSteps());
			children.addAll(protocol.getStops());
		} else if (owner instanceof Repeat repeat) {
			children.addAll(repeat.getSteps());
		}
		children.sort(java.util.Comparator.comparingInt(LithosFormatter::offset));
		return children;
	}

	protected void format(Stop stop, IFormattableDocument doc) {
		// single line, nothing nested
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		return replacer instanceof CommentReplacer commentReplacer ? new TrailingCommentReplacer(comment, commentReplacer)
				: replacer;
	}

	private static int offset(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getOffset();
	}

	/**
	 * Braces on the header line, one child per line, indented, and the closing brace on its own line. A block the
	 * author wrote on one line with a single simple child ({@code layer Li2Te 1 um { areal mass 0.4 mg/cm2 }})
	 * stays on that line.
	 */
	private void block(EObject owner, IFormattableDocument doc) {
		List<EObject> children = children(owner);
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		List<ISemanticRegion> clauses = clauses(owner);
		if (children.isEmpty() && clauses.isEmpty()) {
			doc.append(open, it -> it.noSpace());
			return;
		}
		if (children.size() + clauses.size() == 1 && isWrittenOnOneLine(open, close)) {
			doc.append(open, it -> it.oneSpace());
			doc.prepend(close, it -> it.oneSpace());
			children.forEach(doc::format);
			return;
		}
		doc.append(open, it -> it.newLine());
		doc.prepend(close, it -> it.newLine());
		IHiddenRegion afterOpen = open.getNextHiddenRegion();
		for (EObject child : children) {
			// one blank line the author left between children (grouping) survives; more collapse to one
			if (regionForEObject(child).getPreviousHiddenRegion() != afterOpen) {
				doc.prepend(child, it -> it.setNewLines(1, 1, 2));
			}
			continuationLines(child, doc);
			doc.format(child);
		}
		// clauses that are attributes or references rather than child objects start a line too
		clauses.stream().filter(region -> region.getPreviousHiddenRegion() != afterOpen)
				.forEach(region -> doc.prepend(region, it -> it.setNewLines(1, 1, 2)));
	}

	/** @return the keywords of clauses that are attributes or references rather than child objects */
	private List<ISemanticRegion> clauses(EObject owner) {
		return regionFor(owner).keywords("format", "coating", "solver");
	}

	/**
	 * A statement the author broke over several lines ({@code expect ... +- 30 %} then {@code source "..."} on the
	 * next line) keeps its breaks; the continuation lines are indented one level deeper than the statement.
	 */
	private void continuationLines(EObject statement, IFormattableDocument doc) {
		IEObjectRegion region = regionForEObject(statement);
		ISemanticRegion first = region.getPreviousHiddenRegion().getNextSemanticRegion();
		ISemanticRegion last = region.getNextHiddenRegion().getPreviousSemanticRegion();
		boolean indented = false;
		for (ISemanticRegion token = first; token != null && token != last; token = token.getNextSemanticRegion()) {
			if ("{".equals(token.getText())) {
				return; // the block's own layout takes over from here
			}
			IHiddenRegion gap = token.getNextHiddenRegion();
			if (gap.containsComment() || !gap.getText().contains("\n")) {
				continue;
			}
			doc.set(gap, it -> it.newLine());
			if (!indented) {
				ISemanticRegion end = gap == last.getPreviousHiddenRegion() ? last.getNextSemanticRegion() : last;
				if (end != null) {
					doc.interior(token, end, it -> it.indent());
				}
				indented = true;
			}
		}
	}

	private boolean isWrittenOnOneLine(ISemanticRegion open, ISemanticRegion close) {
		String inside = getTextRegionAccess().textForOffset(open.getEndOffset(), close.getOffset() - open.getEndOffset());
		return !inside.contains("\n") && !inside.contains("//") && !inside.contains("/*");
	}

	/** @return whether the element is written on one line and the layout keeps it there (one statement per block) */
	private boolean staysOnOneLine(EObject element) {
		if (!isOneLine(element) || children(element).size() > 1) {
			return false;
		}
		for (java.util.Iterator<EObject> all = element.eAllContents(); all.hasNext();) {
			if (children(all.next()).size() > 1) {
				return false;
			}
		}
		return true;
	}

	/** @return whether the element's own text (comments before it left out) lies on one line */
	private boolean isOneLine(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		int start = -1;
		int end = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				start = start < 0 ? leaf.getOffset() : start;
				end = leaf.getEndOffset();
			}
		}
		return start >= 0 && getTextRegionAccess().textForOffset(start, end - start).indexOf('\n') < 0;
	}
}
