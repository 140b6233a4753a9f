package org.lithos.dsl.ide.internal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.lithos.dsl.catalog.Observables;
import org.lithos.model.text.Suggest;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.units.Units;

/**
 * Quick fixes (code actions) for the validator's issue codes. The validator puts what a fix needs into the issue
 * data (the did-you-mean name, an example value with the right unit, the plausible range); the fixes here only turn
 * that into text edits.
 */
public class LithosQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	/** A literal quantity as written: a number and an optional unit. */
	private static final Pattern QUANTITY = Pattern.compile("(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(\\S*)");

	@QuickFix(IssueCodes.UNKNOWN_REFERENCE)
	public void didYouMean(DiagnosticResolutionAcceptor acceptor) {
		replaceWithFirstDatum(acceptor);
	}

	@QuickFix(IssueCodes.UNKNOWN_PROPERTY)
	public void knownProperty(DiagnosticResolutionAcceptor acceptor) {
		replaceWithFirstDatum(acceptor);
	}

	private void replaceWithFirstDatum(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change to the suggested name", (diagnostic, object, document) -> IssueData.first(diagnostic)
				.map(name -> createTextEdit(diagnostic, name)).orElse(List.of()));
	}

	@QuickFix(IssueCodes.UNKNOWN_OBSERVABLE)
	public void knownObservable(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change to the closest known observable", (diagnostic, object, document) -> {
			String written = text(document, diagnostic.getRange());
			List<String> parts = new ArrayList<>();
			boolean changed = false;
			for (String part : written.split(" vs ", -1)) {
				String word = part.strip();
				if (Observables.axes().contains(word)) {
					parts.add(word);
					continue;
				}
				Optional<String> closest = Suggest.closest(word, Observables.axes());
				parts.add(closest.orElse(word));
				changed |= closest.isPresent();
			}
			return changed ? createTextEdit(diagnostic, String.join(" vs ", parts)) : List.of();
		});
	}

	@QuickFix(IssueCodes.UNKNOWN_UNIT)
	public void knownUnit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change to the closest known unit", (diagnostic, object, document) -> {
			Matcher quantity = QUANTITY.matcher(text(document, diagnostic.getRange()));
			if (!quantity.matches() || quantity.group(2).isEmpty()) {
				return List.of();
			}
			return Suggest.closest(quantity.group(2), Units.knownSymbols())
					.map(unit -> createTextEdit(diagnostic, quantity.group(1) + " " + unit)).orElse(List.of());
		});
	}

	@QuickFix(IssueCodes.MISSING_UNIT)
	public void addUnit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add the unit", (diagnostic, object, document) -> {
			Optional<String> unit = IssueData.first(diagnostic).flatMap(LithosQuickfixes::unitOf);
			Position end = diagnostic.getRange().getEnd();
			return unit.map(u -> List.of(new TextEdit(new Range(end, end), " " + u))).orElse(List.of());
		});
	}

	@QuickFix(IssueCodes.WRONG_DIMENSION)
	public void rightUnit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change to the unit this place takes", (diagnostic, object, document) -> {
			Matcher quantity = QUANTITY.matcher(text(document, diagnostic.getRange()));
			Optional<String> unit = IssueData.first(diagnostic).flatMap(LithosQuickfixes::unitOf);
			if (!quantity.matches() || unit.isEmpty()) {
				return List.of();
			}
			return createTextEdit(diagnostic, quantity.group(1) + " " + unit.get());
		});
	}

	@QuickFix(IssueCodes.IMPLAUSIBLE_VALUE)
	public void plausibleLow(DiagnosticResolutionAcceptor acceptor) {
		plausibleBound(acceptor, 0, "Change to the lowest plausible value");
	}

	@QuickFix(IssueCodes.IMPLAUSIBLE_VALUE)
	public void plausibleHigh(DiagnosticResolutionAcceptor acceptor) {
		plausibleBound(acceptor, 1, "Change to the highest plausible value");
	}

	/** The issue data of an implausible value are the plausible range's bounds as written, e.g. "0.3 g/cm3". */
	private void plausibleBound(DiagnosticResolutionAcceptor acceptor, int which, String label) {
		acceptor.accept(label, (diagnostic, object, document) -> {
			List<String> bounds = IssueData.all(diagnostic);
			if (bounds.size() <= which || bounds.get(which).isEmpty()
					|| !QUANTITY.matcher(text(document, diagnostic.getRange())).matches()) {
				return List.of();
			}
			return createTextEdit(diagnostic, bounds.get(which));
		});
	}

	/** @return the unit of an example value such as {@code 1 mA/cm2} */
	private static Optional<String> unitOf(String example) {
		Matcher matcher = QUANTITY.matcher(example.strip());
		return matcher.matches() && !matcher.group(2).isEmpty() ? Optional.of(matcher.group(2)) : Optional.empty();
	}

	private static String text(Document document, Range range) {
		return document.getSubstring(range);
	}
}
