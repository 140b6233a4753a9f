package org.lithos.charts.jfree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.fixtures.DepositFixtures;
import org.lithos.charts.render.DepositRenderer;
import org.lithos.charts.render.ImageFile;

/**
 * Writes sample deposit images from synthetic deposits for a look by eye, with their sizes and times:
 * {@code java -Djava.awt.headless=true ... org.lithos.charts.jfree.DepositSamples [folder]} (default
 * /tmp/deposit-samples).
 */
public final class DepositSamples {

	private DepositSamples() {
	}

	/**
	 * @param args optional output folder
	 * @throws IOException when a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/deposit-samples");
		DepositRenderer renderer = new Java2DDepositRenderer();
		DepositPicture li2te = DepositFixtures.mounds("Li2Te-Cu, 1 mA/cm2, 0.05 mAh/cm2", 256, 64, 64, 3, 14, 7, 3,
				180);
		DepositPicture cu = DepositFixtures.mounds("Cu, 1 mA/cm2, 0.05 mAh/cm2", 256, 64, 64, 0, 30, 3, 5, 180);
		DepositPicture mgw = new DepositPicture("Mg/W-Cu, 1 mA/cm2, 0.05 mAh/cm2", li2te.siteSize(), li2te.nx(),
				li2te.ny(), li2te.nz(), li2te.section(), li2te.sectionTime(), li2te.heights(), li2te.top(),
				li2te.time(), li2te.charge(), "Cu", "Mg/W");
		for (String ext : List.of("png", "svg")) {
			timed(folder.resolve("section-material." + ext), 900, 360,
					t -> renderer.render(li2te, DepositView.MATERIAL, t));
			timed(folder.resolve("section-time." + ext), 900, 360,
					t -> renderer.render(li2te, DepositView.DEPOSITION_TIME, t));
			timed(folder.resolve("top-height." + ext), 900, 420, t -> renderer.render(cu, DepositView.HEIGHT, t));
			timed(folder.resolve("panel-material." + ext), 1200, 360,
					t -> renderer.renderPanel("Deposits at 0.05 mAh/cm2, 1 mA/cm2", List.of(cu, li2te, mgw),
							DepositView.MATERIAL, t));
			List<DepositPicture> run = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				run.add(DepositFixtures.mounds("Cu, 1 mA/cm2", 256, 1, 96, 0, 10 * i, 4, 11, 45 * i));
			}
			timed(folder.resolve("sequence-time." + ext), 1400, 360,
					t -> renderer.renderSequence(run, DepositView.DEPOSITION_TIME, t));
			timed(folder.resolve("sequence-material." + ext), 1400, 360,
					t -> renderer.renderSequence(run, DepositView.MATERIAL, t));
			DepositPicture big = DepositFixtures.mounds("Cu, 1024 x 1024 x 512 sites", 1024, 1024, 512, 0, 120, 40,
					7, 3600);
			timed(folder.resolve("big-section." + ext), 1600, 700, t -> renderer.render(big, DepositView.MATERIAL, t));
			timed(folder.resolve("big-top." + ext), 1000, 1000, t -> renderer.render(big, DepositView.HEIGHT, t));
		}
	}

	private interface Render {
		void to(ImageFile target) throws IOException;
	}

	private static void timed(Path file, int width, int height, Render render) throws IOException {
		long start = System.nanoTime();
		render.to(ImageFile.of(file, width, height));
		long ms = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%-28s %6d ms %9d bytes%n", file.getFileName(), ms, Files.size(file));
	}
}
