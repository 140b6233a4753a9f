package org.lithos.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.lithos.model.text.Suggest;
import org.lithos.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Unknown names get a did-you-mean suggestion drawn from what is in scope at that point, and the issue code
 * {@link IssueCodes#UNKNOWN_REFERENCE}. The suggestion travels as issue data for quick fixes.
 */
public class LithosLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** Scope sizes above this are not searched for suggestions (keeps huge workspaces fast). */
	private static final int MAX_CANDIDATES = 5000;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		String kind = kindOf(context.getReference().getEReferenceType().getName());
		List<String> candidates = new ArrayList<>();
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription description : scope.getAllElements()) {
				candidates.add(description.getName().toString());
				if (candidates.size() > MAX_CANDIDATES) {
					break;
				}
			}
		} catch (RuntimeException e) {
			// a broken scope must not hide the original problem
		}
		var suggestion = Suggest.closest(name, candidates);
		String message = "unknown " + kind + " '" + name + "'"
				+ suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
		String[] data = suggestion.map(s -> new String[] { s }).orElse(new String[0]);
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE, data);
	}

	private static String kindOf(String typeName) {
		return switch (typeName) {
			case "Symbol" -> "parameter or sweep variable";
			case "Parameter" -> "protocol parameter";
			case "Variable" -> "sweep variable";
			default -> typeName.toLowerCase(java.util.Locale.ROOT);
		};
	}
}
