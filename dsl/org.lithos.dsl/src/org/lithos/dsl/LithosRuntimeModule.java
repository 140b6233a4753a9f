package org.lithos.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.lithos.dsl.conversion.LithosValueConverters;
import org.lithos.dsl.scoping.LithosImportedNamespaceScopeProvider;
import org.lithos.dsl.scoping.LithosLinkingDiagnosticMessageProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the language runtime, on top of what Xtext generates. */
public class LithosRuntimeModule extends AbstractLithosRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return LithosValueConverters.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(LithosImportedNamespaceScopeProvider.class);
	}

	/** @return the message provider that adds did-you-mean suggestions to unknown names */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return LithosLinkingDiagnosticMessageProvider.class;
	}

	/** @return syntax errors in plain words rather than the parser generator's */
	public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return org.lithos.dsl.validation.SyntaxMessages.class;
	}
}
