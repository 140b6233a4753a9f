package org.lithos.dsl.workspace;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/** Formats a parsed file with the language's formatter (the same one editors use). */
public final class Formatting {

	private Formatting() {
	}

	/**
	 * @param resource a parsed resource without syntax errors
	 * @return its text in the canonical layout
	 * @throws IllegalArgumentException when the resource has syntax errors (formatting would garble it)
	 */
	public static String format(XtextResource resource) {
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("cannot format a file with syntax errors");
		}
		Injector injector = LithosWorkspace.injector();
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		// four spaces, as in the examples and the documentation
		request.setPreferences(new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), "    ")));
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
