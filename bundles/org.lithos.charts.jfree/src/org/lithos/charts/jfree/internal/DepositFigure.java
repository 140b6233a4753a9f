package org.lithos.charts.jfree.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.SectionCut;
import org.lithos.units.UnitText;

/**
 * What one image of deposits shows: a title, one or more pictures side by side at one scale, and their captions.
 *
 * @param title    the image's title
 * @param subtitle a second line, "" for none
 * @param view     what every picture shows
 * @param cells    the pictures, left to right
 */
public record DepositFigure(String title, String subtitle, DepositView view, List<Cell> cells) {

	/**
	 * One picture with its captions.
	 *
	 * @param picture the deposit
	 * @param above   a caption above it, "" for none
	 * @param below   caption lines under it
	 */
	public record Cell(DepositPicture picture, String above, List<String> below) {

		/** Checks and copies the arguments. */
		public Cell {
			Objects.requireNonNull(picture, "picture");
			above = above == null ? "" : above;
			below = List.copyOf(below);
		}
	}

	/** Checks and copies the arguments. */
	public DepositFigure {
		Objects.requireNonNull(title, "title");
		subtitle = subtitle == null ? "" : subtitle;
		Objects.requireNonNull(view, "view");
		cells = List.copyOf(cells);
		if (cells.isEmpty()) {
			throw new IllegalArgumentException("nothing to draw: no pictures");
		}
		if (view == DepositView.DEPOSITION_TIME) {
			for (Cell cell : cells) {
				if (!cell.picture().hasSectionTime()) {
					throw new IllegalArgumentException("'" + cell.picture().title()
							+ "' has no deposition times: draw it by material");
				}
			}
		}
	}

	/**
	 * One picture on its own.
	 *
	 * @param picture the deposit
	 * @param view    what to show
	 * @return its title above, time and charge as the subtitle, and for a cross-section of a three-dimensional
	 *         lattice where it cuts
	 */
	public static DepositFigure single(DepositPicture picture, DepositView view) {
		String subtitle = "t = " + time(picture) + ", " + charge(picture) + " deposited";
		if (!view.fromAbove() && marksCut(picture)) {
			subtitle += "; " + cut(picture);
		}
		return new DepositFigure(picture.title(), subtitle, view, List.of(new Cell(picture, "", List.of())));
	}

	/**
	 * Whether a picture's cut is worth marking: it is known, and the lattice has rows to choose from.
	 *
	 * @param picture a deposit
	 * @return true for a three-dimensional lattice whose section says where it cuts
	 */
	static boolean marksCut(DepositPicture picture) {
		return picture.cut() != null && !picture.isTwoDimensional();
	}

	/**
	 * "section at y = 640 nm through the tallest column (x = 310 nm, 1.02 µm of Li)"; "no Li" for a bare column (the
	 * typical column of a collector mostly bare).
	 */
	static String cut(DepositPicture picture) {
		SectionCut cut = picture.cut();
		DisplayScale across = DisplayScale.length(picture.width());
		double height = Math.max(0, picture.height(cut.x(), cut.y()) - picture.substrateTop()) * picture.siteSize();
		return "section at y = " + across.label(cut.y() * picture.siteSize()) + " through the " + cut.reason()
				+ " (x = " + across.label(cut.x() * picture.siteSize()) + ", "
				+ (height > 0 ? DisplayScale.length(height).label(height) + " of Li)" : "no Li)");
	}

	/**
	 * Several deposits side by side, e.g. different substrates at the same charge.
	 *
	 * @param title    the image's title
	 * @param pictures the deposits, left to right
	 * @param view     what to show
	 * @return each picture's title above it
	 */
	public static DepositFigure panel(String title, List<DepositPicture> pictures, DepositView view) {
		List<Cell> cells = new ArrayList<>();
		for (DepositPicture picture : pictures) {
			cells.add(new Cell(picture, picture.title(), List.of()));
		}
		return new DepositFigure(title, "", view, cells);
	}

	/**
	 * Snapshots of one run, left to right.
	 *
	 * @param snapshots the snapshots in time order
	 * @param view      what to show
	 * @return the first snapshot's title above all, time and charge under each
	 */
	public static DepositFigure sequence(List<DepositPicture> snapshots, DepositView view) {
		if (snapshots.isEmpty()) {
			throw new IllegalArgumentException("nothing to draw: no snapshots");
		}
		// one time unit for all, so the captions read as a sequence
		DisplayScale unit = DisplayScale.time(snapshots.stream().mapToDouble(DepositPicture::time).max().orElse(0));
		List<Cell> cells = new ArrayList<>();
		for (DepositPicture picture : snapshots) {
			cells.add(new Cell(picture, "", List.of("t = " + unit.label(picture.time()), charge(picture))));
		}
		return new DepositFigure(snapshots.get(0).title(), "", view, cells);
	}

	/** "12 s", "3.5 min", "2 h". */
	static String time(DepositPicture picture) {
		return DisplayScale.time(picture.time()).label(picture.time());
	}

	/** "0.05 mAh/cm²". */
	static String charge(DepositPicture picture) {
		return NiceNumbers.format(picture.chargeMilliampHoursPerSquareCentimetre()) + " "
				+ UnitText.typeset("mAh/cm2");
	}
}
