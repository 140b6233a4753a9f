package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.charts.ChartModel;
import org.lithos.sim.StudyRunner;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The study runner and the chart models load no drawing toolkit: their manifests import no JFreeChart, AWT, Swing or
 * SWT and require no rendering bundle, and nothing they are wired to is one. Drawing belongs to org.lithos.charts.jfree
 * (and the studio), which the runner receives as an {@code ImageRenderer}.
 */
class ToolkitFreeTest {

	/** Package and bundle name prefixes of drawing toolkits and of our renderer. */
	private static final List<String> TOOLKITS = List.of("org.jfree", "java.awt", "javax.imageio", "javax.swing",
			"org.eclipse.swt", "org.lithos.charts.jfree");

	@Test
	void simImportsNoToolkit() {
		assertToolkitFree(FrameworkUtil.getBundle(StudyRunner.class));
	}

	@Test
	void chartModelsImportNoToolkit() {
		assertToolkitFree(FrameworkUtil.getBundle(ChartModel.class));
	}

	private static void assertToolkitFree(Bundle bundle) {
		assertNotNull(bundle, "the tests run in an OSGi framework");
		List<String> leaks = new ArrayList<>();
		for (String header : List.of(Constants.IMPORT_PACKAGE, Constants.REQUIRE_BUNDLE,
				Constants.DYNAMICIMPORT_PACKAGE)) {
			String value = bundle.getHeaders().get(header);
			if (value != null) {
				for (String toolkit : TOOLKITS) {
					if (value.contains(toolkit)) {
						leaks.add(header + " names " + toolkit);
					}
				}
			}
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		assertNotNull(wiring, bundle.getSymbolicName() + " is resolved");
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			String provider = wire.getProvider().getSymbolicName();
			if (TOOLKITS.stream().anyMatch(provider::startsWith)) {
				leaks.add("wired to " + provider + " (" + wire.getCapability().getNamespace() + ")");
			}
		}
		assertTrue(leaks.isEmpty(), bundle.getSymbolicName() + " depends on a toolkit: " + leaks);
	}
}
