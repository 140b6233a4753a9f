package org.lithos.dsl.ide.internal.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Overrides of Xtext's {@code ServerModule} (mix them in on top of it): the cell language registered explicitly
 * (Java's service loader cannot see another bundle's {@code ISetup} in OSGi), the material library in every
 * workspace, any way of naming the workspace accepted, and no {@code System.exit}.
 */
public class LithosServerModule extends AbstractModule {

	/** The file extension of the cell language. */
	public static final String EXTENSION = "cell";

	private final Injector language;

	/** @param language the injector of the cell language's IDE setup */
	public LithosServerModule(Injector language) {
		this.language = language;
	}

	@Override
	protected void configure() {
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
		bind(IResourceServiceProvider.Registry.class).toInstance(registry);
		bind(IMultiRootWorkspaceConfigFactory.class).to(LithosWorkspaceConfigFactory.class);
		bind(IProjectDescriptionFactory.class).to(LithosProjectDescriptionFactory.class);
		bind(ILanguageServerShutdownAndExitHandler.class).to(ExitHandler.class);
		bind(LanguageServerImpl.class).to(LithosLanguageServer.class);
		bind(XtextResourceSet.class).toProvider((Provider<XtextResourceSet>) this::resourceSet);
	}

	/**
	 * A resource set that parses cell files with this language's own resource factory. Xtext would take the one in
	 * EMF's global registry, where any other setup of the language in the same process (a study run or
	 * {@code lithos check} inside the studio) puts its own: resources parsed with another injector's grammar break
	 * content assist, whose parser only knows the grammar elements of its own injector.
	 */
	private XtextResourceSet resourceSet() {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
				language.getInstance(IResourceFactory.class));
		return resourceSet;
	}
}
