package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.SectionCut;
import org.lithos.charts.render.DepositRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.CollectorSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.Morphology;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;

/**
 * Pictures of the deposit for runs whose solver reports {@link Morphology} snapshots (the kinetic Monte Carlo solver):
 * per run the last cross-sections (through a typical and through the tallest column) by material, the typical one by
 * deposition time, the top view by height and the surface in relief (both marking the cuts) and the sequence over
 * deposited charge; per study the runs side by side at their last snapshot. PNG and SVG, each written atomically.
 */
public final class MorphologyPictures {

	/** File name (without extension) of a study's side-by-side panel. */
	public static final String PANEL = "morphology-panel";

	private static final int WIDTH = 900;
	private static final int HEIGHT = 420;

	private MorphologyPictures() {
	}

	/**
	 * @param input  the run's input, for the collector and coating names
	 * @param result its result
	 * @return the result's snapshots as pictures, in time order; empty for solvers without morphology
	 */
	public static List<DepositPicture> pictures(SimulationInput input, SimulationResult result) {
		return pictures(input, result, m -> title(input, m));
	}

	/**
	 * @param input  the run's input
	 * @param result its result
	 * @return the result's snapshots as pictures of one sequence, in time order, each titled with the run as
	 *         {@code deposit-sequence} is ("Half: cross-section"), not with a snapshot's charge: a sequence takes its
	 *         first picture's title, and the first snapshot's charge would read as the whole sequence's; empty for
	 *         solvers without morphology
	 */
	public static List<DepositPicture> sequence(SimulationInput input, SimulationResult result) {
		if (result.getMorphologies().isEmpty()) {
			return List.of();
		}
		Morphology last = result.getMorphologies().get(result.getMorphologies().size() - 1);
		String title = simple(input.getCell().getName())
				+ (last.getDepth() == 1 ? ": cross-section" : ": sections through a typical column");
		return pictures(input, result, m -> title);
	}

	private static List<DepositPicture> pictures(SimulationInput input, SimulationResult result,
			Function<Morphology, String> title) {
		List<DepositPicture> pictures = new ArrayList<>();
		String collector = collector(input);
		String coating = coating(input);
		for (Morphology m : result.getMorphologies()) {
			pictures.add(picture(m, title.apply(m), collector, coating));
		}
		return pictures;
	}

	/**
	 * Writes {@code deposit-section} (through a typical column), {@code deposit-time}, and for 3D lattices
	 * {@code deposit-section-tallest} (through the tallest column, when the solver recorded it), {@code deposit-top}
	 * and {@code deposit-surface} (both marking where the sections cut), and {@code deposit-sequence} (PNG and SVG)
	 * when the result has snapshots.
	 *
	 * @param input  the run's input
	 * @param result its result
	 * @param folder   the run's chart folder, created when missing
	 * @param renderer draws the pictures
	 * @throws IOException when a file cannot be written
	 */
	public static void writeRun(SimulationInput input, SimulationResult result, Path folder, DepositRenderer renderer)
			throws IOException {
		List<DepositPicture> pictures = pictures(input, result);
		if (pictures.isEmpty()) {
			return;
		}
		DepositPicture last = pictures.get(pictures.size() - 1);
		DepositPicture tallest = last.isTwoDimensional() ? null
				: tallest(last, result.getMorphologies().get(result.getMorphologies().size() - 1));
		for (String extension : List.of(".png", ".svg")) {
			renderer.render(last, DepositView.MATERIAL, ImageFile.of(folder.resolve("deposit-section" + extension),
					WIDTH, HEIGHT));
			if (tallest != null) {
				renderer.render(tallest, DepositView.MATERIAL,
						ImageFile.of(folder.resolve("deposit-section-tallest" + extension), WIDTH, HEIGHT));
			}
			if (last.hasSectionTime()) {
				renderer.render(last, DepositView.DEPOSITION_TIME,
						ImageFile.of(folder.resolve("deposit-time" + extension), WIDTH, HEIGHT));
			}
			if (!last.isTwoDimensional()) {
				renderer.render(last, DepositView.HEIGHT, ImageFile.of(folder.resolve("deposit-top" + extension), WIDTH,
						WIDTH * 2 / 3));
				renderer.render(last, DepositView.SURFACE, ImageFile.of(folder.resolve("deposit-surface" + extension),
						WIDTH, WIDTH * 2 / 3));
			}
			if (pictures.size() > 1) {
				// titled with the run, not with the first snapshot's charge: each snapshot's charge is under it
				renderer.renderSequence(sequence(input, result), DepositView.MATERIAL,
						ImageFile.of(folder.resolve("deposit-sequence" + extension), 1400, HEIGHT));
			}
		}
	}

	/**
	 * Writes a study's runs side by side at their last snapshot, when at least one has snapshots.
	 *
	 * @param title  the panel's title
	 * @param inputs the runs' inputs, in the study's order
	 * @param results their results (null for runs that did not finish), same order
	 * @param folder the study folder
	 * @param renderer draws the panel
	 * @return whether a panel was written
	 * @throws IOException when a file cannot be written
	 */
	public static boolean writePanel(String title, List<SimulationInput> inputs, List<SimulationResult> results,
			Path folder, DepositRenderer renderer) throws IOException {
		List<DepositPicture> last = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			if (results.get(i) == null) {
				continue;
			}
			List<DepositPicture> pictures = pictures(inputs.get(i), results.get(i));
			if (!pictures.isEmpty()) {
				last.add(pictures.get(pictures.size() - 1));
			}
		}
		if (last.isEmpty()) {
			return false;
		}
		int width = Math.min(2400, 200 + 600 * last.size());
		for (String extension : List.of(".png", ".svg")) {
			renderer.renderPanel(title, last, DepositView.MATERIAL, ImageFile.of(folder.resolve(PANEL + extension),
					width, HEIGHT));
		}
		return true;
	}

	/**
	 * The solver's snapshot in the picture's frame: the model counts heights from the collector plane (0 = bare), the
	 * picture one above the topmost occupied site.
	 */
	static DepositPicture picture(Morphology m, String title, String collector, String coating) {
		int[] heights = m.getHeights().clone();
		for (int i = 0; i < heights.length; i++) {
			heights[i] = Math.min(m.getHeight(), heights[i] + 1);
		}
		// results stored before the solver said where it cuts had their section at y = depth / 2
		SectionCut cut = m.getSectionY() < 0 ? null
				: new SectionCut(SectionCut.TYPICAL, Math.max(0, m.getSectionX()), m.getSectionY());
		SectionCut tallest = tallestCut(m);
		return new DepositPicture(title, m.getSiteSize(), m.getWidth(), m.getDepth(), m.getHeight(), m.getSection(),
				floats(m.getSectionTime()), heights, m.getTop(), m.getTime(), m.getCharge(), collector, coating, cut,
				tallest == null ? List.of() : List.of(tallest));
	}

	/**
	 * The snapshot's section through its tallest column.
	 *
	 * @param picture the snapshot's picture (through a typical column)
	 * @param m       the snapshot
	 * @return the picture of the section through the tallest column, null when the solver did not record one
	 */
	static DepositPicture tallest(DepositPicture picture, Morphology m) {
		SectionCut cut = tallestCut(m);
		return cut == null ? null : picture.withSection(cut, m.getTallestSection(), floats(m.getTallestSectionTime()));
	}

	private static SectionCut tallestCut(Morphology m) {
		return m.getTallestSection() == null || m.getTallestY() < 0 ? null
				: new SectionCut(SectionCut.TALLEST, Math.max(0, m.getTallestX()), m.getTallestY());
	}

	private static float[] floats(double[] values) {
		if (values == null) {
			return null;
		}
		float[] f = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			f[i] = (float) values[i];
		}
		return f;
	}

	private static String title(SimulationInput input, Morphology m) {
		String cell = simple(input.getCell().getName());
		return String.format(Locale.ROOT, "%s, %.3g mAh/cm2", cell, m.getCharge() / 36_000);
	}

	private static String collector(SimulationInput input) {
		CollectorSpec c = input.getCell() == null ? null : input.getCell().getCollector();
		return c == null || c.getMaterial() == null ? "collector" : simple(c.getMaterial().getName());
	}

	/** The coating layers from the outside in, as papers name them (Mg/W for Mg on W on Cu). */
	private static String coating(SimulationInput input) {
		CollectorSpec c = input.getCell() == null ? null : input.getCell().getCollector();
		if (c == null || c.getLayers().isEmpty()) {
			return "";
		}
		List<String> names = new ArrayList<>();
		for (LayerSpec layer : c.getLayers()) {
			names.add(0, simple(layer.getMaterial().getName()));
		}
		return String.join("/", names);
	}

	private static String simple(String qualified) {
		return qualified == null ? "" : qualified.substring(qualified.lastIndexOf('.') + 1);
	}
}
