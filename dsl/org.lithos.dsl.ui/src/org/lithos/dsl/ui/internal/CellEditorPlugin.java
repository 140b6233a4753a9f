package org.lithos.dsl.ui.internal;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.problems.ProblemMarkers;
import org.lithos.dsl.ui.internal.problems.WorkspaceWatcher;
import org.osgi.framework.BundleContext;

/**
 * The editor bundle. It owns the workbench's one in-process language server, started when the first {@code .cell}
 * editor opens, the problem markers it feeds and the watcher that tells it about files changed outside editors.
 */
public final class CellEditorPlugin extends AbstractUIPlugin {

	/** This bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.lithos.dsl.ui";

	private static CellEditorPlugin plugin;

	private CellLanguageServer server;
	private WorkspaceWatcher watcher;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (watcher != null) {
				ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
			}
			if (server != null) {
				server.shutdown();
				server = null;
			}
		}
		plugin = null;
		super.stop(context);
	}

	/** @return the running bundle */
	public static CellEditorPlugin getDefault() {
		return plugin;
	}

	/** @return the language server, started on first use */
	public synchronized CellLanguageServer server() {
		if (server == null) {
			ServerLog.install();
			watcher = new WorkspaceWatcher();
			server = new CellLanguageServer(watcher.folders(), CellEditorPlugin::logServerMessage);
			watcher.connect(server);
			server.addDiagnosticsListener(new ProblemMarkers());
			ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
		}
		return server;
	}

	private static void logServerMessage(String message) {
		log(new Status(IStatus.INFO, PLUGIN_ID, "language server: " + message));
	}

	/** Logs a failure with its cause. */
	public static void log(String message, Throwable cause) {
		log(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
	}

	private static void log(IStatus status) {
		ILog.of(CellEditorPlugin.class).log(status);
	}
}
