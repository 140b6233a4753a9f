package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.compiler.Names;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.Text;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.materials.MaterialLibrary;

/** The built-in library: complete, clean, and every number with a source. */
class LibraryTest {

	private static final List<String> REQUIRED = List.of("Li", "Cu", "Ni", "SS", "Au", "Ag", "Mg", "W", "Mo", "Nb", "Sn",
			"Zn", "In", "InLi", "Cu2Te", "Li2Te", "Li6PS5Cl", "LPSC", "NMC811", "LCO", "LiNbO3", "Li2SiOx");

	private static List<Model> library() {
		LithosWorkspace workspace = LithosWorkspace.create();
		List<Model> models = new ArrayList<>();
		for (Resource resource : workspace.resourceSet().getResources()) {
			models.add((Model) resource.getContents().get(0));
		}
		return models;
	}

	@Test
	void filesListMatchesTheFolder() throws IOException {
		try (Stream<Path> files = Files.list(Cells.LIBRARY)) {
			List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cell")).sorted().toList();
			assertEquals(MaterialLibrary.FILES.stream().sorted().toList(), onDisk);
		}
	}

	@Test
	void libraryChecksCleanly() {
		LithosWorkspace workspace = LithosWorkspace.create();
		List<org.lithos.dsl.workspace.Problem> problems = new ArrayList<>();
		for (Resource resource : List.copyOf(workspace.resourceSet().getResources())) {
			problems.addAll(workspace.validate(resource));
		}
		assertEquals(MaterialLibrary.FILES.size(), workspace.resourceSet().getResources().size());
		assertEquals("", Cells.describe(problems));
	}

	/** Library authors check the library sources: their files replace the built-in copies instead of clashing. */
	@Test
	void theLibrarySourcesCheckedAsFilesReplaceTheBuiltInCopies() {
		LithosWorkspace workspace = LithosWorkspace.create();
		List<Resource> targets = workspace.addTargets(List.of(Cells.LIBRARY));
		assertEquals(MaterialLibrary.FILES.size(), targets.size());
		assertEquals(MaterialLibrary.FILES.size(), workspace.resourceSet().getResources().size(), "no built-in copy left");
		assertTrue(targets.stream().allMatch(r -> r.getURI().isFile()));
		assertEquals("", Cells.describe(workspace.validate()));
	}

	/** A user file that only shares a library file's name, in another package, leaves the library alone. */
	@Test
	void aFileNamedLikeALibraryFileInAnotherPackageDoesNotReplaceIt() throws IOException {
		Path dir = Files.createTempDirectory("lithos-shadow");
		Path metals = dir.resolve("metals.cell");
		Files.writeString(metals, "package mylab\nimport lithos.materials.*\nmaterial CuFoil extends Cu \"rolled Cu\" {\n}\n");
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTargets(List.of(metals));
		assertEquals(MaterialLibrary.FILES.size() + 1, workspace.resourceSet().getResources().size());
		assertEquals("", Cells.describe(workspace.validate()));
	}

	@Test
	void hasEveryRequiredMaterial() {
		List<String> names = library().stream().flatMap(m -> m.getElements().stream())
				.filter(Material.class::isInstance).map(e -> ((Material) e).getName()).toList();
		assertTrue(names.containsAll(REQUIRED), "missing: " + REQUIRED.stream().filter(n -> !names.contains(n)).toList());
	}

	@Test
	void everyNumericPropertyHasASource() {
		List<String> unsourced = new ArrayList<>();
		for (Model model : library()) {
			for (var iterator = model.eAllContents(); iterator.hasNext();) {
				EObject object = iterator.next();
				if (object instanceof Setting setting && !(setting.getValue() instanceof Text)
						&& (setting.getSource() == null || setting.getSource().isBlank())) {
					unsourced.add(model.eResource().getURI().lastSegment() + ":" + Names.line(setting) + " " + setting.getName());
				}
			}
		}
		assertTrue(unsourced.isEmpty(), "numeric properties without a source: " + unsourced);
	}
}
