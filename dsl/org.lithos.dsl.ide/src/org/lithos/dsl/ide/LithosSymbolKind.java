package org.lithos.dsl.ide;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.lithos.dsl.lithos.LithosPackage.Literals;

/**
 * What a document symbol of a .cell file stands for, and the LSP kind the language server reports it with. LSP has
 * no kinds for cells, protocols or studies, so the server sends the nearest one, which generic LSP editors (VS Code)
 * draw with a sensible icon: materials as structs, cells as classes, protocols as functions, studies as modules.
 * Editors that know Lithos (the studio's Outline) turn the LSP kind back into the Lithos word with {@link #of}.
 */
public enum LithosSymbolKind {

	/** The file's package. */
	PACKAGE("package", SymbolKind.Package, Literals.MODEL),
	/** A material, "material LPSCl_milled extends Li6PS5Cl". */
	MATERIAL("material", SymbolKind.Struct, Literals.MATERIAL),
	/** A cell, "cell MgW_half". */
	CELL("cell", SymbolKind.Class, Literals.CELL),
	/** A protocol, "protocol HalfCycling(j = 1 mA/cm2)". */
	PROTOCOL("protocol", SymbolKind.Function, Literals.PROTOCOL),
	/** A protocol's parameter, "j = 1 mA/cm2". */
	PARAMETER("parameter", SymbolKind.Variable, Literals.PARAMETER),
	/** A study, "study Bilayer". */
	STUDY("study", SymbolKind.Module, Literals.STUDY),
	/** A study's swept variable, "vary j in [0.5, 1] mA/cm2": reported as a variable, like a parameter. */
	SWEPT("swept variable", SymbolKind.Variable, Literals.VARIABLE),
	/** A material's or cell's property, "conductivity 0.8 mS/cm". */
	PROPERTY("property", SymbolKind.Property, Literals.SETTING),
	/** A cell property set for one run of a study, "run Half(pressure = 5 MPa)". */
	OVERRIDE("override", SymbolKind.Property, Literals.CELL_OVERRIDE);

	private final String word;
	private final SymbolKind lsp;
	private final EClass type;

	LithosSymbolKind(String word, SymbolKind lsp, EClass type) {
		this.word = word;
		this.lsp = lsp;
		this.type = type;
	}

	/** @return the language's word for it, e.g. "cell" */
	public String word() {
		return word;
	}

	/** @return the LSP kind the server reports */
	public SymbolKind lsp() {
		return lsp;
	}

	/**
	 * @param type a model class
	 * @return the kind of its symbols, null for a class the outline does not name
	 */
	public static LithosSymbolKind ofType(EClass type) {
		for (LithosSymbolKind kind : values()) {
			if (kind.type == type) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The Lithos kind of a symbol the server reported. Two LSP kinds are shared, and the parent tells them apart: a
	 * variable is a study's swept variable or a protocol's parameter, a property a study's override or a property.
	 *
	 * @param kind   the symbol's LSP kind
	 * @param parent its parent's LSP kind, null at the top
	 * @return the Lithos kind, null for an LSP kind the server does not send
	 */
	public static LithosSymbolKind of(SymbolKind kind, SymbolKind parent) {
		if (kind == SymbolKind.Variable) {
			return parent == SymbolKind.Module ? SWEPT : PARAMETER;
		}
		if (kind == SymbolKind.Property) {
			return parent == SymbolKind.Module ? OVERRIDE : PROPERTY;
		}
		for (LithosSymbolKind candidate : values()) {
			if (candidate.lsp == kind) {
				return candidate;
			}
		}
		return null;
	}
}
