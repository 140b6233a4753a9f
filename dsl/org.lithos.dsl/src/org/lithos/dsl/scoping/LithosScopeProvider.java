package org.lithos.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.lithos.dsl.lithos.Argument;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Run;
import org.lithos.dsl.lithos.Study;
import org.lithos.dsl.lithos.Symbol;

/**
 * Local names: inside a protocol, expressions see its parameters; inside a study, they see its sweep variables;
 * a run's argument names are the parameters of the protocol it runs. Everything else (materials, cells,
 * protocols) is global and resolved through packages and imports by the default machinery.
 */
public class LithosScopeProvider extends AbstractLithosScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == Literals.ARGUMENT__PARAMETER) {
			Run run = EcoreUtil2.getContainerOfType(context, Run.class);
			if (context instanceof Argument argument && argument.eContainer() instanceof Run r) {
				run = r;
			}
			if (run == null || run.getProtocol() == null || run.getProtocol().eIsProxy()) {
				return IScope.NULLSCOPE;
			}
			return Scopes.scopeFor(run.getProtocol().getParameters());
		}
		if (reference == Literals.SYMBOL_REF__SYMBOL) {
			List<Symbol> symbols = new ArrayList<>();
			Protocol protocol = EcoreUtil2.getContainerOfType(context, Protocol.class);
			if (protocol != null) {
				symbols.addAll(protocol.getParameters());
			}
			Study study = EcoreUtil2.getContainerOfType(context, Study.class);
			if (study != null) {
				symbols.addAll(study.getVariables());
			}
			return Scopes.scopeFor(symbols);
		}
		if (reference == Literals.EXPECTATION__VARIABLE) {
			Study study = EcoreUtil2.getContainerOfType(context, Study.class);
			return study == null ? IScope.NULLSCOPE : Scopes.scopeFor(study.getVariables());
		}
		return super.getScope(context, reference);
	}
}
