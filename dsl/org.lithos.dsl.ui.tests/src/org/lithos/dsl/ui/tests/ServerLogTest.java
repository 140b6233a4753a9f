package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.internal.CellEditorPlugin;

/**
 * The language server's own log (Xtext logs through log4j) reaches the Eclipse log, the Error Log view's source:
 * a server failure is no longer silent.
 */
class ServerLogTest {

	@Test
	void aServerErrorGoesToTheEclipseLog() throws Exception {
		Ui.run(() -> CellEditorPlugin.getDefault().server());
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			String message = "request failed in test " + System.nanoTime();
			Logger xtext = Logger.getLogger(LanguageServerImpl.class);
			xtext.debug("debug noise " + message);
			xtext.error(message, new IllegalStateException("the cause"));
			IStatus status = logged.stream().filter(s -> s.getMessage().contains(message)).findFirst().orElseThrow(
					() -> new AssertionError("the error is in the Eclipse log: " + logged));
			assertEquals(IStatus.ERROR, status.getSeverity());
			assertTrue(status.getMessage().contains(LanguageServerImpl.class.getName()), "the logger is named");
			assertEquals("the cause", status.getException().getMessage(), "with its exception");
			assertFalse(logged.stream().anyMatch(s -> s.getMessage().contains("debug noise")), "debug stays out");
			Path file = Platform.getLogFileLocation().toPath();
			assertTrue(Files.readString(file).contains(message), "and in " + file);
		} finally {
			Platform.removeLogListener(listener);
		}
	}
}
