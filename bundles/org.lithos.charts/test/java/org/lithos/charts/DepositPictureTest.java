package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DepositPictureTest {

	private static final double SITE = 0.35e-9;

	/** 4 wide, 1 deep, 5 high: collector row, coating row, Li in columns 1 and 2 up to z = 3. */
	static DepositPicture small(double siteSize, byte[] section, int[] heights) {
		return new DepositPicture("test", siteSize, 4, 1, 5, section, null, heights, null, 10, 360, "Cu", "Li2Te");
	}

	static byte[] section() {
		byte[] s = new byte[20];
		for (int x = 0; x < 4; x++) {
			s[x] = DepositPicture.COLLECTOR;
			s[4 + x] = DepositPicture.COATING;
		}
		s[2 * 4 + 1] = DepositPicture.LITHIUM;
		s[2 * 4 + 2] = DepositPicture.LITHIUM;
		s[3 * 4 + 2] = DepositPicture.LITHIUM;
		return s;
	}

	static int[] heights() {
		return new int[] { 2, 3, 4, 2 };
	}

	@Test
	void readsSitesColumnsAndSurfaces() {
		DepositPicture p = small(SITE, section(), heights());
		assertEquals(DepositPicture.COLLECTOR, p.code(3, 0));
		assertEquals(DepositPicture.LITHIUM, p.code(2, 3));
		assertEquals(DepositPicture.EMPTY, p.code(2, 4));
		assertEquals(4, p.height(2, 0));
		assertEquals(2, p.substrateTop(), "collector and coating end at z = 2");
		assertEquals(4, p.occupiedTop());
		assertEquals(4 * SITE, p.width(), 1e-24);
		assertEquals(0.01, p.chargeMilliampHoursPerSquareCentimetre(), 1e-12);
		assertTrue(p.isTwoDimensional());
		assertNull(p.sectionTime());
		assertEquals(-1, p.topCode(0, 0), "top codes unknown");
		assertTrue(Double.isNaN(p.depositionTime(1, 2)));
	}

	@Test
	void copiesInAndOut() {
		byte[] section = section();
		DepositPicture p = small(SITE, section, heights());
		section[0] = DepositPicture.LITHIUM;
		p.section()[1] = DepositPicture.LITHIUM;
		p.heights()[0] = 5;
		assertEquals(DepositPicture.COLLECTOR, p.code(0, 0));
		assertEquals(DepositPicture.COLLECTOR, p.code(1, 0));
		assertEquals(2, p.height(0, 0));
		assertEquals(p, small(SITE, section(), heights()));
		assertEquals(p.hashCode(), small(SITE, section(), heights()).hashCode());
		assertNotEquals(p, small(2 * SITE, section(), heights()));
	}

	@Test
	void refusesWrongArrayLengths() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> small(SITE, new byte[19], heights()));
		assertEquals("section must have nx * nz = 4 * 5 = 20 values, not 19", e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> small(SITE, section(), new int[] { 1, 2, 3 }));
		assertEquals("heights must have nx * ny = 4 * 1 = 4 values, not 3", e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(),
				new float[3], heights(), null, 0, 0, "Cu", ""));
		assertTrue(e.getMessage().startsWith("sectionTime must have"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(),
				null, heights(), new byte[5], 0, 0, "Cu", ""));
		assertTrue(e.getMessage().startsWith("top must have"), e.getMessage());
	}

	@Test
	void refusesBadNumbers() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> small(Double.NaN, section(), heights()));
		assertEquals("site size must be a positive length in m, not NaN", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> small(0, section(), heights()));
		assertThrows(IllegalArgumentException.class, () -> small(Double.POSITIVE_INFINITY, section(), heights()));
		e = assertThrows(IllegalArgumentException.class, () -> small(SITE, section(), new int[] { 1, 2, 6, 1 }));
		assertEquals("heights[2] must be 0..5 sites, not 6", e.getMessage());
		byte[] badCode = section();
		badCode[7] = 4;
		e = assertThrows(IllegalArgumentException.class, () -> small(SITE, badCode, heights()));
		assertTrue(e.getMessage().startsWith("section[7] must be a site code 0..3"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(), null,
				heights(), null, -1, 0, "Cu", ""));
		assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(), null,
				heights(), null, 0, Double.NaN, "Cu", ""));
		float[] times = new float[20];
		times[9] = Float.POSITIVE_INFINITY;
		assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(), times,
				heights(), null, 0, 0, "Cu", ""));
		e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 0, 1, 5, new byte[0],
				null, new int[0], null, 0, 0, "Cu", ""));
		assertTrue(e.getMessage().startsWith("lattice needs at least one site"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 1 << 16, 1, 1 << 16,
				new byte[0], null, new int[0], null, 0, 0, "Cu", ""));
		assertTrue(e.getMessage().startsWith("lattice too large"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE, 4, 1, 5, section(),
				null, heights(), null, 0, 0, " ", ""));
		assertEquals("the collector needs a material name for the legend", e.getMessage());
	}

	@Test
	void coatingMayBeAbsent() {
		DepositPicture p = new DepositPicture("t", SITE, 4, 1, 5, section(), null, heights(), null, 0, 0, "Cu", null);
		assertEquals("", p.coating());
	}

	@Test
	void saysWhereItsSectionCutsAndSwitchesToAnother() {
		SectionCut typical = new SectionCut(SectionCut.TYPICAL, 1, 0);
		SectionCut tallest = new SectionCut(SectionCut.TALLEST, 2, 0);
		DepositPicture p = new DepositPicture("t", SITE, 4, 1, 5, section(), null, heights(), null, 0, 0, "Cu", "",
				typical, java.util.List.of(tallest));
		assertEquals(java.util.List.of(typical, tallest), p.cuts());
		byte[] other = section();
		other[4 * 4 + 2] = DepositPicture.LITHIUM;
		DepositPicture q = p.withSection(tallest, other, null);
		assertEquals(tallest, q.cut());
		assertEquals(java.util.List.of(typical), q.otherCuts());
		assertEquals(DepositPicture.LITHIUM, q.code(2, 4));
		assertEquals(DepositPicture.EMPTY, p.code(2, 4), "the first picture keeps its own section");
		assertNotEquals(p, q);
		assertNull(small(SITE, section(), heights()).cut(), "a picture may not know where it was cut");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DepositPicture("t", SITE,
				4, 1, 5, section(), null, heights(), null, 0, 0, "Cu", "", new SectionCut(SectionCut.TALLEST, 4, 0),
				java.util.List.of()));
		assertEquals("the section through the tallest column at x = 4, y = 0 lies outside the 4 x 1 columns",
				e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new SectionCut(" ", 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new SectionCut(SectionCut.TYPICAL, -1, 0));
	}
}
