package org.lithos.charts.jfree;

import java.io.IOException;
import java.util.List;

import org.lithos.charts.ChartModel;
import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.render.ImageFile;
import org.lithos.charts.render.ImageRenderer;

/**
 * Charts with {@link JFreeChartRenderer} and deposit pictures with {@link Java2DDepositRenderer}, headless into PNG
 * and SVG: the renderer a study's report draws with. Thread-safe and without state.
 */
public class JFreeImageRenderer implements ImageRenderer {

	private final JFreeChartRenderer charts = new JFreeChartRenderer();
	private final Java2DDepositRenderer deposits = new Java2DDepositRenderer();

	@Override
	public void render(ChartModel chart, ImageFile target) throws IOException {
		charts.render(chart, target);
	}

	@Override
	public void render(DepositPicture picture, DepositView view, ImageFile target) throws IOException {
		deposits.render(picture, view, target);
	}

	@Override
	public void renderPanel(String title, List<DepositPicture> pictures, DepositView view, ImageFile target)
			throws IOException {
		deposits.renderPanel(title, pictures, view, target);
	}

	@Override
	public void renderSequence(List<DepositPicture> snapshots, DepositView view, ImageFile target)
			throws IOException {
		deposits.renderSequence(snapshots, view, target);
	}
}
