package org.lithos.dsl.ide.internal.command;

import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.lithos.dsl.ide.server.LithosLanguageServers;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Starts the cell language's set-up when this bundle starts in a {@code lithos lsp} process. The command line's
 * product starts the bundle with the framework (start level 4), before the framework has started the other
 * component bundles and the command line has found {@code lsp} among the commands: the language's injector (about a
 * fifth of a server's start-up) is then made on the second core meanwhile, instead of after. In any other process
 * (another command, the studio, the tests) this does nothing.
 */
public final class EarlyLanguageSetup implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		ServiceReference<EnvironmentInfo> reference = context.getServiceReference(EnvironmentInfo.class);
		EnvironmentInfo environment = reference == null ? null : context.getService(reference);
		if (environment == null) {
			return;
		}
		String[] arguments = environment.getNonFrameworkArgs();
		context.ungetService(reference);
		if (arguments != null && arguments.length > 0 && LspCommand.NAME.equals(arguments[0])) {
			LithosLanguageServers.prepareLanguage();
		}
	}

	@Override
	public void stop(BundleContext context) {
		// the set-up thread is a daemon; a server that runs holds what it made
	}
}
