package org.lithos.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
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
		for (Element element : model.getElements()) {
			boolean last = element == model.getElements().get(model.getElements().size() - 1);
			doc.append(element, it -> it.setNewLines(last ? 1 : 2));
			doc.format(element);
		}
	}

	protected void format(Material material, IFormattableDocument doc) {
		block(material, material.getSettings(), doc);
	}

	protected void format(Interface contact, IFormattableDocument doc) {
		block(contact, contact.getSettings(), doc);
	}

	protected void format(Cell cell, IFormattableDocument doc) {
		List<EObject> children = new java.util.ArrayList<>(cell.eContents());
		block(cell, children, doc);
	}

	protected void format(Counter counter, IFormattableDocument doc) {
		block(counter, counter.getSettings(), doc);
	}

	protected void format(Separator separator, IFormattableDocument doc) {
		block(separator, separator.getSettings(), doc);
	}

	protected void format(Collector collector, IFormattableDocument doc) {
		block(collector, collector.eContents(), doc);
	}

	protected void format(Layer layer, IFormattableDocument doc) {
		block(layer, layer.getSettings(), doc);
	}

	protected void format(Cathode cathode, IFormattableDocument doc) {
		block(cathode, cathode.eContents(), doc);
	}

	protected void format(Protocol protocol, IFormattableDocument doc) {
		List<EObject> children = new java.util.ArrayList<>();
		children.addAll(protocol.getSteps());
		children.addAll(protocol.getStops());
		block(protocol, children, doc);
		regionFor(protocol).keywords(",").forEach(comma -> {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		});
		regionFor(protocol).keywords("(").forEach(open -> doc.append(open, it -> it.noSpace()));
		regionFor(protocol).keywords(")").forEach(close -> doc.prepend(close, it -> it.noSpace()));
	}

	protected void format(Repeat repeat, IFormattableDocument doc) {
		block(repeat, repeat.getSteps(), doc);
	}

	protected void format(Study study, IFormattableDocument doc) {
		block(study, study.eContents(), doc);
	}

	protected void format(Stop stop, IFormattableDocument doc) {
		// single line, nothing nested
	}

	/** Braces on the header line, one child per line, indented, and the closing brace on its own line. */
	private void block(EObject owner, List<? extends EObject> children, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		if (children.isEmpty()) {
			doc.append(open, it -> it.noSpace());
			return;
		}
		doc.append(open, it -> it.newLine());
		doc.prepend(close, it -> it.newLine());
		for (EObject child : children) {
			doc.prepend(child, it -> it.newLine());
			doc.format(child);
		}
		// clauses that are attributes or references rather than child objects start a line too
		for (String keyword : List.of("format", "coating", "solver")) {
			regionFor(owner).keywords(keyword).forEach(region -> doc.prepend(region, it -> it.newLine()));
		}
	}
}
