package org.lithos.ui.internal.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
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
 * time order), coloured by material, at the size of the canvas. Drawing a picture takes tens to hundreds of
 * milliseconds, so it happens in a background job, never on the UI thread: while the view is resized the canvas keeps
 * the last picture until the one of the new size is ready (the last sizes' pictures are kept, so going back to one,
 * e.g. maximising and restoring the view, shows it at once).
 */
final class PictureCanvas {

	/** Pictures of this many sizes are kept per content. */
	private static final int SIZES_KEPT = 4;
	/** The title of several runs' last deposits side by side. */
	private static final String PANEL_TITLE = "Deposits at the end of each run";
	/** The smallest canvas, in pixels, a picture is drawn for; below it the canvas stays blank. */
	private static final Point SMALLEST = new Point(200, 150);

	private final Canvas canvas;
	private final Display display;
	private final Drawer drawer = new Drawer();
	/** What is shown, on the UI thread; replaced, never changed, so the job may read the one it was given. */
	private Content content = Content.NONE;
	/** Drawn pictures of the content by size, on the UI thread; disposed when dropped. */
	private final Map<Point, Image> drawn = new LinkedHashMap<>();
	/** The picture on the canvas: of its size, or the last one drawn while that is being drawn. */
	private Image image;

	/** What the canvas shows: the pictures and how they are laid out. */
	private record Content(List<DepositPicture> pictures, boolean sequence) {
		static final Content NONE = new Content(List.of(), false);

		BufferedImage draw(int width, int height) {
			Java2DDepositRenderer renderer = new Java2DDepositRenderer();
			return sequence ? renderer.sequenceImage(pictures, DepositView.MATERIAL, width, height)
					: renderer.panelImage(PANEL_TITLE, pictures, DepositView.MATERIAL, width, height);
		}
	}

	PictureCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		display = parent.getDisplay();
		canvas.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		canvas.addListener(SWT.Resize, e -> render());
		canvas.addDisposeListener(e -> {
			drawer.cancel();
			forget();
		});
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
		boolean sequence = last.size() == 1;
		Content next = new Content(List.copyOf(sequence ? all : last), sequence);
		if (!next.equals(content)) {
			content = next;
			forget();
		}
		render();
		return content.pictures().isEmpty()
				? "These runs have no deposit pictures (only morphology solvers such as lithos.kmc make them)."
				: "";
	}

	/** @return the picture on the canvas as image data, null when there is none (call on the UI thread) */
	ImageData shownImage() {
		return image == null || image.isDisposed() ? null : image.getImageData();
	}

	/**
	 * @param file a .png or .svg file for what is on show, at the command line's picture size
	 * @throws IOException when it cannot be written or nothing is shown
	 */
	void export(Path file) throws IOException {
		if (content.pictures().isEmpty()) {
			throw new IOException("there are no deposit pictures to export");
		}
		DepositRenderer renderer = new Java2DDepositRenderer();
		ImageFile target = ImageFile.of(file, 1200, 480);
		if (content.sequence()) {
			renderer.renderSequence(content.pictures(), DepositView.MATERIAL, target);
		} else {
			renderer.renderPanel(PANEL_TITLE, content.pictures(), DepositView.MATERIAL, target);
		}
	}

	/** Shows the picture of the canvas's size: at once when drawn before, else once the job has drawn it. */
	private void render() {
		Rectangle area = canvas.getClientArea();
		Point size = new Point(area.width, area.height);
		if (content.pictures().isEmpty() || size.x < SMALLEST.x || size.y < SMALLEST.y) {
			drawer.cancel();
			image = null;
			canvas.redraw();
			return;
		}
		Image ready = drawn.get(size);
		if (ready != null) {
			drawer.cancel();
			image = ready;
			canvas.redraw();
			return;
		}
		drawer.draw(content, size);
	}

	/** Called on the UI thread with a picture the job drew. */
	private void drawn(Content of, Point size, ImageData data) {
		if (canvas.isDisposed() || of != content) {
			return;
		}
		Image picture = new Image(display, data);
		drawn.put(size, picture);
		// the oldest sizes go, except the one on the canvas
		for (var it = drawn.values().iterator(); it.hasNext() && drawn.size() > SIZES_KEPT;) {
			Image old = it.next();
			if (old != image && old != picture) {
				old.dispose();
				it.remove();
			}
		}
		Rectangle area = canvas.getClientArea();
		if (area.width == size.x && area.height == size.y) {
			image = picture;
			canvas.redraw();
		}
	}

	private void forget() {
		drawn.values().forEach(Image::dispose);
		drawn.clear();
		image = null;
	}

	/**
	 * The background job that draws: one picture at a time, always of the latest size asked for (sizes asked for
	 * while it draws are skipped but the last).
	 */
	private final class Drawer extends Job {

		private Content wanted;
		private Point wantedSize;

		Drawer() {
			super("Drawing deposit pictures");
			setSystem(true);
		}

		/** @param what the content; @param size the size to draw it at (on the UI thread) */
		synchronized void draw(Content what, Point size) {
			wanted = what;
			wantedSize = size;
			schedule();
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Content what;
			Point size;
			synchronized (this) {
				what = wanted;
				size = wantedSize;
				wanted = null;
			}
			if (what == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ImageData data;
			try {
				data = imageData(what.draw(size.x, size.y));
			} catch (IllegalArgumentException tooSmall) {
				// too small for the layout: the canvas stays as it is until it is larger
				return Status.OK_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> drawn(what, size, data));
			}
			return Status.OK_STATUS;
		}
	}

	/** @return the image's pixels as SWT image data, unchanged (24-bit RGB) */
	static ImageData imageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
