package org.lithos.charts.jfree.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarTest {

	@Test
	void nearestRoundNumberIsOneTwoOrFiveTimesAPowerOfTen() {
		assertEquals(20, NiceNumbers.nearest(17), 0);
		assertEquals(50, NiceNumbers.nearest(40), 0);
		assertEquals(10, NiceNumbers.nearest(13), 0);
		assertEquals(1, NiceNumbers.nearest(1), 0);
		assertEquals(0.2, NiceNumbers.nearest(0.3), 0);
		assertEquals(5e-9, NiceNumbers.nearest(4e-9), 0);
		assertEquals(2e-6, NiceNumbers.nearest(2.2e-6), 0);
		assertThrows(IllegalArgumentException.class, () -> NiceNumbers.nearest(0));
		assertThrows(IllegalArgumentException.class, () -> NiceNumbers.nearest(Double.NaN));
	}

	@Test
	void barIsAboutAQuarterToAFifthOfTheWidthInNanometres() {
		ScaleBar bar = ScaleBar.forWidth(256 * 0.35e-9); // 89.6 nm
		assertEquals(20e-9, bar.length(), 1e-21);
		assertEquals("20 nm", bar.label());
		assertEquals("50 nm", ScaleBar.forWidth(230e-9).label());
		assertEquals("200 nm", ScaleBar.forWidth(1024 * 0.8e-9).label());
	}

	@Test
	void barSwitchesToMicrometresFromOneMicrometre() {
		assertEquals("1 µm", ScaleBar.forWidth(4.5e-6).label());
		assertEquals("500 nm", ScaleBar.forWidth(2.3e-6).label());
		assertEquals("2 µm", ScaleBar.forWidth(9e-6).label());
		assertEquals("1 mm", ScaleBar.forWidth(4.4e-3).label());
	}

	@Test
	void everyWidthGetsABarBetweenAnEighthAndAThirdOfIt() {
		for (double width = 1e-9; width < 1e-3; width *= 1.37) {
			ScaleBar bar = ScaleBar.forWidth(width);
			double fraction = bar.length() / width;
			assertTrue(fraction > 1 / 8.0 && fraction < 1 / 2.5, width + " m gets " + bar.label());
		}
	}

	@Test
	void colourBarTicksAndUnits() {
		assertArrayEquals(new double[] { 0, 20, 40, 60, 80 }, NiceNumbers.ticks(90, 4), 1e-12);
		assertArrayEquals(new double[] { 0, 1, 2, 3 }, NiceNumbers.ticks(3, 4), 1e-12);
		assertArrayEquals(new double[] { 0, 0.5, 1, 1.5, 2 }, NiceNumbers.ticks(2.2, 4), 1e-12);
		assertEquals("s", DisplayScale.time(90).unit());
		assertEquals("min", DisplayScale.time(180).unit());
		assertEquals("3 min", DisplayScale.time(180).label(180));
		assertEquals("h", DisplayScale.time(3 * 3600).unit());
		assertEquals("nm", DisplayScale.length(999e-9).unit());
		assertEquals("µm", DisplayScale.length(1e-6).unit());
		assertEquals("0.05", NiceNumbers.format(0.05));
		assertEquals("1230", NiceNumbers.format(1234));
	}

	@Test
	void viridisRunsFromPurpleToYellow() {
		assertEquals(0xFF440154, Viridis.argb(0));
		assertEquals(0xFFFDE725, Viridis.argb(1));
		assertEquals(0xFF21908C, Viridis.argb(0.5));
		assertEquals(0xFF440154, Viridis.argb(-3), "clamped");
		assertEquals(0xFF440154, Viridis.argb(Double.NaN));
	}

	@Test
	void shrinkingAveragesSites() {
		int black = 0xFF000000;
		int white = 0xFFFFFFFF;
		int[] raster = { black, white, black, white };
		java.awt.image.BufferedImage image = SiteRaster.image(raster, 4, 1, 2, 10);
		assertEquals(2, image.getWidth());
		assertEquals(1, image.getHeight());
		assertEquals(0xFF808080, image.getRGB(0, 0));
		assertEquals(4, SiteRaster.image(raster, 4, 1, 100, 100).getWidth(), "no growing: drawing scales up");
	}
}
