package org.lithos.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The part of a wizard page that picks the example a new project or file starts from, and says what the chosen one
 * holds (its opening comment: "m24" alone tells a new user nothing).
 */
final class ExampleChooser {

	/** Lines the summary gets: the longest example's opening comment, wrapped at the wizard's width. */
	private static final int SUMMARY_LINES = 5;
	/** Width the summary wraps at before the dialog has its size, in pixels. */
	private static final int SUMMARY_WIDTH = 480;

	private final Combo combo;
	private final Label summary;

	/** @param parent a composite with a one-column grid layout */
	ExampleChooser(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Start from");
		group.setToolTipText("Every example checks clean and runs: the tour explains the language, the others encode "
				+ "published experiments with their measured values.");
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(group, SWT.NONE).setText("Example:");
		combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(Examples.names().toArray(String[]::new));
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setData("org.lithos.ui.widget", "example");
		summary = new Label(group, SWT.WRAP);
		summary.setData("org.lithos.ui.widget", "example summary");
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = SUMMARY_WIDTH;
		GC gc = new GC(summary);
		try {
			data.heightHint = SUMMARY_LINES * gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
		summary.setLayoutData(data);
		combo.addListener(SWT.Selection, e -> describe());
		describe();
	}

	private void describe() {
		summary.setText(Examples.summary(example()));
		summary.getParent().layout(true);
	}

	/** @return the chosen example's name */
	String example() {
		return combo.getText().isEmpty() ? Examples.DEFAULT : combo.getText();
	}
}
