package org.lithos.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The studio's menus (File, Edit, Navigate, Run, Window, Help) and tool bar, with the group markers the text
 * editors and plug-in contributions expect (as the IDE lays them out). File > Open File and Open Projects come
 * from the IDE bundle's action set; Lithos' own commands (run studies) from plugin.xml menu contributions.
 */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

	/** Id of the Run menu, where studies are run from. */
	static final String RUN_MENU = "run";

	private IAction newWizard;
	private IAction newWizardDropDown;
	private IAction close;
	private IAction closeAll;
	private IAction save;
	private IAction saveAs;
	private IAction saveAll;
	private IAction revert;
	private IAction refresh;
	private IAction properties;
	private IAction undo;
	private IAction redo;
	private IAction cut;
	private IAction copy;
	private IAction paste;
	private IAction delete;
	private IAction selectAll;
	private IAction find;
	private IAction back;
	private IAction forward;
	private IAction next;
	private IAction previous;
	private IAction resetPerspective;
	private IAction preferences;
	private IAction about;
	private IAction newWindow;

	StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = add(ActionFactory.NEW.create(window));
		newWizard.setText("&Other...");
		newWizardDropDown = add(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		close = add(ActionFactory.CLOSE.create(window));
		closeAll = add(ActionFactory.CLOSE_ALL.create(window));
		save = add(ActionFactory.SAVE.create(window));
		saveAs = add(ActionFactory.SAVE_AS.create(window));
		saveAll = add(ActionFactory.SAVE_ALL.create(window));
		revert = add(ActionFactory.REVERT.create(window));
		refresh = add(ActionFactory.REFRESH.create(window));
		properties = add(ActionFactory.PROPERTIES.create(window));
		undo = add(ActionFactory.UNDO.create(window));
		redo = add(ActionFactory.REDO.create(window));
		cut = add(ActionFactory.CUT.create(window));
		copy = add(ActionFactory.COPY.create(window));
		paste = add(ActionFactory.PASTE.create(window));
		delete = add(ActionFactory.DELETE.create(window));
		selectAll = add(ActionFactory.SELECT_ALL.create(window));
		find = add(ActionFactory.FIND.create(window));
		back = add(ActionFactory.BACKWARD_HISTORY.create(window));
		forward = add(ActionFactory.FORWARD_HISTORY.create(window));
		next = add(ActionFactory.NEXT.create(window));
		previous = add(ActionFactory.PREVIOUS.create(window));
		resetPerspective = add(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = add(ActionFactory.PREFERENCES.create(window));
		about = add(ActionFactory.ABOUT.create(window));
		newWindow = add(ActionFactory.OPEN_NEW_WINDOW.create(window));
	}

	private <T extends IAction> T add(T action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		menuBar.add(fileMenu(window));
		menuBar.add(editMenu());
		menuBar.add(navigateMenu(window));
		MenuManager run = new MenuManager("&Run", RUN_MENU);
		run.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(run);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu(window));
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(revert);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(refresh);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(properties);
		menu.add(new Separator());
		// the command rather than the quit action: the workbench's menu renderer leaves the action out
		menu.add(new CommandContributionItem(new CommandContributionItemParameter(window, "exit",
				IWorkbenchCommandConstants.FILE_EXIT, null, null, null, null, "E&xit", null, null, SWT.PUSH, null,
				false)));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator());
		menu.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return menu;
	}

	private MenuManager navigateMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		menu.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		MenuManager showIn = new MenuManager("Sho&w In", "showIn");
		showIn.add(ContributionItemFactory.VIEWS_SHOW_IN.create(window));
		menu.add(showIn);
		menu.add(new Separator(IWorkbenchActionConstants.SHOW_EXT));
		menu.add(new Separator());
		menu.add(next);
		menu.add(previous);
		menu.add(new Separator(IWorkbenchActionConstants.GO_TO));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(back);
		menu.add(forward);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		return menu;
	}

	private MenuManager windowMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		menu.add(newWindow);
		menu.add(new Separator());
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		file.add(newWizardDropDown);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.GROUP_EDITOR));
	}
}
