package org.lithos.dsl.ui.internal.names;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.lithos.dsl.ui.internal.names.ReferencesAction.Reference;

/**
 * The references of a name, one row per use ("file:line  text of the line"), in a popup by the caret as Eclipse's
 * quick views are: Enter, a double click or a click on a selected row opens it; Escape or a click elsewhere closes
 * the popup.
 */
public final class ReferencesPopup extends PopupDialog {

	private static final int VISIBLE_ROWS = 12;

	private final List<Reference> references;
	private final Point location;
	private final Consumer<Reference> opener;
	private Table table;

	ReferencesPopup(Shell parent, String name, List<Reference> references, Point location, Consumer<Reference> opener) {
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false,
				references.isEmpty() ? "No references to '" + name + "'" : "References to '" + name + "'",
				references.size() + (references.size() == 1 ? " reference" : " references") + " - Enter opens");
		this.references = List.copyOf(references);
		this.location = location;
		this.opener = opener;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		for (Reference reference : references) {
			new TableItem(table, SWT.NONE).setText(reference.row());
		}
		if (!references.isEmpty()) {
			table.setSelection(0);
		}
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(SWT.DEFAULT, table.getItemHeight() * Math.min(VISIBLE_ROWS, Math.max(1, references.size())))
				.applyTo(table);
		return table;
	}

	@Override
	protected Control getFocusControl() {
		return table;
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		return location != null ? location : super.getDefaultLocation(initialSize);
	}

	/** Opens the selected reference and closes the popup. */
	public void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			Reference chosen = references.get(index);
			close();
			opener.accept(chosen);
		}
	}

	/** @return the references listed */
	public List<Reference> references() {
		return references;
	}

	/** @return the table of rows, or null before the popup opens (tests select rows) */
	public Table table() {
		return table;
	}
}
