package org.lithos.dsl.ui.internal.lsp;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.lithos.dsl.ide.LithosIdeSetup;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * Creates the language server the editor talks to in-process. Xtext's server finds its languages through Java's
 * ServiceLoader, which cannot see across OSGi bundles, so the language is registered explicitly and the server is
 * bound to the global registry.
 */
final class ServerFactory {

	private ServerFactory() {
	}

	static LanguageServerImpl create() {
		new LithosIdeSetup().createInjectorAndDoEMFRegistration();
		return Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class)
						.toInstance(IResourceServiceProvider.Registry.INSTANCE)))
				.getInstance(LanguageServerImpl.class);
	}
}
