package org.lithos.dsl.ide.internal.services;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.lithos.dsl.ide.internal.server.LibraryFiles;
import org.lithos.materials.MaterialLibrary;

/**
 * Rename (Xtext's, which renames the declaration and every reference the index knows), except for names declared
 * in the built-in material library: it is read-only (files extracted from its bundle), and renaming {@code Cu} would
 * change every user's files but not the library. Such a rename is refused with a message saying why, both when a client asks
 * first ({@code prepareRename}) and when it renames straight away.
 */
public class LithosRename extends RenameService2 {

	/** How messages name the built-in library. */
	private static final String LIBRARY = "the built-in material library (" + MaterialLibrary.PACKAGE + ")";

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> doPrepareRename(Resource resource,
			Document document, PrepareRenameParams params, CancelIndicator cancelIndicator) {
		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared = super.doPrepareRename(resource,
				document, params, cancelIndicator);
		if (prepared != null && resource instanceof XtextResource xtext) {
			EObject element = getElementAtOffset(xtext, document, params.getPosition());
			String refusal = element == null ? null : refusal(element);
			if (refusal != null) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, refusal, null));
			}
		}
		return prepared;
	}

	@Override
	protected void applyModifications(EObject target, org.eclipse.lsp4j.WorkspaceEdit edit,
			ServerRefactoringIssueAcceptor issues, IRenameService2.Options options, ILanguageServerAccess.Context context) {
		String refusal = refusal(target);
		if (refusal != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, refusal, null));
		}
		super.applyModifications(target, edit, issues, options, context);
	}

	/** @return why the element cannot be renamed, or null when it can */
	private String refusal(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return null;
		}
		if (isLibraryFile(resource.getURI())) {
			return "'" + getElementName(element) + "' is declared in " + LIBRARY
					+ ", which is read-only: it cannot be renamed";
		}
		return null;
	}

	private static boolean isLibraryFile(URI uri) {
		if (!uri.isFile()) {
			return false;
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		return LibraryFiles.files().stream().anyMatch(library -> library.toAbsolutePath().normalize().equals(file));
	}
}
