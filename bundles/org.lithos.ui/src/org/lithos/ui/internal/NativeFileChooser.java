package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The window system's file dialog (SWT's {@link FileDialog}): what the studio's users see. */
final class NativeFileChooser implements FileChooser {

	static final NativeFileChooser INSTANCE = new NativeFileChooser();

	private NativeFileChooser() {
	}

	@Override
	public List<Path> open(Shell shell, String title, List<String> extensions) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI | SWT.SHEET);
		dialog.setText(title);
		List<String> filters = new ArrayList<>();
		extensions.forEach(extension -> filters.add("*." + extension));
		filters.add("*");
		dialog.setFilterExtensions(filters.toArray(String[]::new));
		if (dialog.open() == null) {
			return List.of();
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Path.of(dialog.getFilterPath(), name).toAbsolutePath());
		}
		return chosen;
	}

	@Override
	public Optional<Path> save(Shell shell, String title, String extension, String name, Path folder) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE | SWT.SHEET);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setOverwrite(true);
		dialog.setFileName(name);
		if (folder != null && java.nio.file.Files.isDirectory(folder)) {
			dialog.setFilterPath(folder.toAbsolutePath().toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return Optional.empty();
		}
		return Optional.of(Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension)
				.toAbsolutePath());
	}
}
