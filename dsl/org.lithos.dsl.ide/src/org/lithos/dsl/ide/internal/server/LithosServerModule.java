package org.lithos.dsl.ide.internal.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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

	private final Supplier<Injector> language;

	/** @param language the injector of the cell language's IDE setup */
	public LithosServerModule(Injector language) {
		this.language = () -> language;
	}

	/**
	 * @param language the injector of the cell language's IDE setup, still being created: the server's own injector
	 *                 and the protocol's plumbing are made meanwhile (on another core), and the language is
	 *                 awaited only when the server first needs it (for {@code initialize})
	 */
	public LithosServerModule(CompletableFuture<Injector> language) {
		this.language = language::join;
	}

	@Override
	protected void configure() {
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		IResourceServiceProvider.Provider cellLanguage = (uri, contentType) -> language.get()
				.getInstance(IResourceServiceProvider.class);
		registry.getExtensionToFactoryMap().put(EXTENSION, cellLanguage);
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
		Injector cellLanguage = language.get();
		XtextResourceSet resourceSet = cellLanguage.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
				cellLanguage.getInstance(IResourceFactory.class));
		return resourceSet;
	}
}
