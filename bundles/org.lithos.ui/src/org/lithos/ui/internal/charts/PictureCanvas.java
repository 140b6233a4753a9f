package org.lithos.ui.internal.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.jfree.Java2DDepositRenderer;
import org.lithos.charts.render.DepositRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.store.MorphologyPictures;

/**
 * The deposit pictures of morphology runs, drawn by the same headless renderer as the command line's
 * {@code deposit-*.png}: the last snapshot of each ticked run side by side at one scale (one run: its snapshots in
 * time order), coloured by material. Rendered to an image the size of the canvas and redrawn when it is resized.
 */
final class PictureCanvas {

	private final Canvas canvas;
	private List<DepositPicture> shown = List.of();
	private boolean sequence;
	private Image image;

	PictureCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		canvas.addListener(SWT.Resize, e -> render());
		canvas.addDisposeListener(e -> disposeImage());
	}

	Control control() {
		return canvas;
	}

	/**
	 * @param study   the study
	 * @param checked the runs to show
	 * @return "" or why there is nothing to show
	 */
	String show(StudyInput study, List<RunOutcome> checked) {
		List<DepositPicture> last = new ArrayList<>();
		List<DepositPicture> all = new ArrayList<>();
		for (RunOutcome outcome : checked) {
			if (!outcome.finished()) {
				continue;
			}
			SimulationInput input = study.getRuns().stream().filter(r -> r.getId().equals(outcome.runId()))
					.findFirst().orElse(null);
			if (input == null) {
				continue;
			}
			List<DepositPicture> pictures = MorphologyPictures.pictures(input, outcome.result());
			if (!pictures.isEmpty()) {
				last.add(pictures.get(pictures.size() - 1));
				// one run's snapshots are titled with the run, as lithos run's deposit-sequence: the first snapshot's
				// charge ("Half, 0.000250 mAh/cm2") read as the whole sequence's
				all = MorphologyPictures.sequence(input, outcome.result());
			}
		}
		sequence = last.size() == 1;
		shown = sequence ? all : last;
		render();
		return shown.isEmpty() ? "These runs have no deposit pictures (only morphology solvers such as lithos.kmc "
				+ "make them)." : "";
	}

	/**
	 * @param file a .png or .svg file for what is on show, at the command line's picture size
	 * @throws IOException when it cannot be written or nothing is shown
	 */
	void export(Path file) throws IOException {
		if (shown.isEmpty()) {
			throw new IOException("there are no deposit pictures to export");
		}
		draw(ImageFile.of(file, 1200, 480));
	}

	private void draw(ImageFile target) throws IOException {
		DepositRenderer renderer = new Java2DDepositRenderer();
		if (sequence) {
			renderer.renderSequence(shown, DepositView.MATERIAL, target);
		} else {
			renderer.renderPanel("Deposits at the end of each run", shown, DepositView.MATERIAL, target);
		}
	}

	private void render() {
		disposeImage();
		Rectangle size = canvas.getClientArea();
		if (shown.isEmpty() || size.width < 200 || size.height < 150) {
			canvas.redraw();
			return;
		}
		try {
			Path png = Files.createTempFile("lithos-deposit", ".png");
			try {
				draw(ImageFile.of(png, size.width, size.height));
				image = new Image(canvas.getDisplay(), png.toString());
			} finally {
				Files.deleteIfExists(png);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot draw the deposit pictures", e);
		} catch (IllegalArgumentException e) {
			// too small for the layout: leave the canvas blank until it is larger
		}
		canvas.redraw();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
