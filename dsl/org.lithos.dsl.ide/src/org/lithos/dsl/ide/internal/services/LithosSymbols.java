package org.lithos.dsl.ide.internal.services;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.lithos.dsl.ide.LithosSymbolKind;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Study;

/** Outline symbols: short names (not {@code examples.tour.MgW_half}) and a kind per element. */
public final class LithosSymbols {

	private LithosSymbols() {
	}

	/** Kinds: as {@link LithosSymbolKind} maps the model's classes (materials are structs, cells classes, ...). */
	public static class Kinds extends DocumentSymbolKindProvider {
		@Override
		protected SymbolKind getSymbolKind(EClass type) {
			LithosSymbolKind kind = LithosSymbolKind.ofType(type);
			return kind != null ? kind.lsp() : super.getSymbolKind(type);
		}
	}

	/** Names: the last segment of the qualified name. */
	public static class Names extends DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			String name = super.getName(object);
			return name == null || object instanceof Model ? name : name.substring(name.lastIndexOf('.') + 1);
		}

		@Override
		public String getName(IEObjectDescription description) {
			return description.getName().getLastSegment();
		}
	}

	/** Details: a material's kind and description, a cell's, protocol's or study's description. */
	public static class Details extends DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject object) {
			if (object instanceof Material material) {
				// an unset kind reads as the enum's first literal (metal): the kind is inherited then, so say none
				boolean kindSet = material.eIsSet(org.lithos.dsl.lithos.LithosPackage.Literals.MATERIAL__KIND);
				return join(kindSet ? material.getKind().getLiteral() : null, material.getDescription());
			}
			if (object instanceof Cell cell) {
				return join(null, cell.getDescription());
			}
			if (object instanceof Protocol protocol) {
				return join(null, protocol.getDescription());
			}
			if (object instanceof Study study) {
				return join(null, study.getDescription());
			}
			return super.getDetails(object);
		}

		private static String join(String first, String second) {
			if (first == null) {
				return second == null ? "" : second;
			}
			return second == null ? first : first + " \u2014 " + second;
		}
	}
}
