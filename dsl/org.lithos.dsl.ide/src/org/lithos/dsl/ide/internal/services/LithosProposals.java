package org.lithos.dsl.ide.internal.services;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.Keyword;
import org.lithos.dsl.catalog.ObservableMeanings;
import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.catalog.Ordinals;
import org.lithos.dsl.catalog.PropertyCatalog;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.validation.SettingValidator;
import org.lithos.units.Units;

/**
 * Completion: Xtext proposes the keywords (step words among them) and every name in scope (materials of the
 * library and the workspace, cells, protocols, parameters); this adds what the grammar leaves open: property
 * names of the block being written, observables after {@code expect} and {@code plot}, ordinals in a step address
 * ({@code after the third charge}), the phrase {@code at the start of}, and units after a number.
 */
public class LithosProposals extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String rule = GrammarUtil.containingParserRule(assignment).getName();
		String feature = assignment.getFeature();
		if ("Setting".equals(rule) && "name".equals(feature)) {
			EObject block = context.getCurrentModel() instanceof Setting setting ? setting.eContainer()
					: context.getCurrentModel();
			SettingValidator.contextOf(block).ifPresent(
					catalog -> propose(PropertyCatalog.names(catalog), ContentAssistEntry.KIND_PROPERTY, context, acceptor));
		} else if ("Expectation".equals(rule) && "observable".equals(feature)) {
			propose(Observables.expectable(), ContentAssistEntry.KIND_VALUE, context, acceptor);
		} else if ("StepAddress".equals(rule) && "ordinal".equals(feature)) {
			propose(Ordinals.words(), ContentAssistEntry.KIND_VALUE, context, acceptor);
		} else if ("PlotSeries".equals(rule) && ("y".equals(feature) || "x".equals(feature))) {
			propose(Observables.axes(), ContentAssistEntry.KIND_VALUE, context, acceptor);
		} else if (("Quantity".equals(rule) || "Variable".equals(rule)) && "unit".equals(feature)) {
			propose(Units.knownSymbols(), ContentAssistEntry.KIND_UNIT, context, acceptor);
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	/**
	 * Besides the keyword {@code at}, where it begins a step address the whole phrase {@code at the start of}, so the
	 * address is found by its meaning rather than word by word.
	 */
	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		Assignment assignment = GrammarUtil.containingAssignment(keyword);
		if (assignment != null && "start".equals(assignment.getFeature())
				&& "StepAddress".equals(GrammarUtil.containingParserRule(keyword).getName())) {
			ContentAssistEntry entry = getProposalCreator().createProposal(LithosHover.START_OF_STEP, context,
					ContentAssistEntry.KIND_KEYWORD, it -> it.setDocumentation(LithosHover.START_OF_STEP_MEANING));
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	/** Operators and brackets are typed, not chosen from a list: only word keywords are proposed. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return keyword.getValue().chars().allMatch(Character::isLetter) && super.filterKeyword(keyword, context);
	}

	private void propose(Collection<String> words, String kind, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String word : List.copyOf(words)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(word, context, kind,
					it -> ObservableMeanings.of(word).ifPresent(it::setDocumentation));
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}
}
