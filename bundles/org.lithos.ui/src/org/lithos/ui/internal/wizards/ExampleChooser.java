package org.lithos.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** The part of a wizard page that picks the example a new project or file starts from. */
final class ExampleChooser {

	private final Combo combo;

	/** @param parent a composite with a one-column grid layout */
	ExampleChooser(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Start from");
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(group, SWT.NONE).setText("Example:");
		combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(Examples.names().toArray(String[]::new));
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setData("org.lithos.ui.widget", "example");
		Label hint = new Label(group, SWT.WRAP);
		hint.setText("Every example checks clean and runs: the tour explains the language, the others encode "
				+ "published experiments with their measured values.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
	}

	/** @return the chosen example's name */
	String example() {
		return combo.getText().isEmpty() ? Examples.DEFAULT : combo.getText();
	}
}
