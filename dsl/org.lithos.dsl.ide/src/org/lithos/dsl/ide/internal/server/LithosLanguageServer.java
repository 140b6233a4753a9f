package org.lithos.dsl.ide.internal.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's server, with the workspace taken from what the client sends, however it sends it: workspace folders, a
 * root URI only (older clients), or nothing at all (an editor opened on a single file; Xtext would fail on the
 * missing root). Every case goes through the multi-root workspace, whose loose-files project takes files outside
 * any folder.
 */
public class LithosLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty()) {
			@SuppressWarnings("deprecation")
			String root = params.getRootUri() != null ? params.getRootUri()
					: params.getRootPath() != null ? java.nio.file.Path.of(params.getRootPath()).toUri().toString() : null;
			params.setWorkspaceFolders(root == null ? List.of() : List.of(new WorkspaceFolder(root, "root")));
		}
		ClientCapabilities capabilities = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
		if (capabilities.getWorkspace() == null) {
			capabilities.setWorkspace(new WorkspaceClientCapabilities());
		}
		capabilities.getWorkspace().setWorkspaceFolders(true);
		params.setCapabilities(capabilities);
		return super.initialize(params);
	}
}
