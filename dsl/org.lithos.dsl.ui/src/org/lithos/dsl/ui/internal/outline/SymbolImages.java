package org.lithos.dsl.ui.internal.outline;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.lithos.dsl.ide.LithosSymbolKind;

/**
 * The Outline's icons, one per kind of element: a coloured disc with the kind's initial (M material, C cell, P
 * protocol, S study, ...), so that the kinds are told apart at a glance, as the words beside the names tell them.
 * Drawn once per page rather than shipped as image files; disposed with the page.
 */
final class SymbolImages {

	private static final int SIZE = 16;
	/** The background made transparent: a colour no icon uses. */
	private static final RGB BACKGROUND = new RGB(255, 0, 255);

	private final Display display;
	private final Map<LithosSymbolKind, Image> images = new EnumMap<>(LithosSymbolKind.class);

	SymbolImages(Display display) {
		this.display = display;
	}

	/** @return the kind's icon (made on first use) */
	Image get(LithosSymbolKind kind) {
		return images.computeIfAbsent(kind, this::draw);
	}

	private Image draw(LithosSymbolKind kind) {
		Image canvas = new Image(display, SIZE, SIZE);
		GC gc = new GC(canvas);
		Color background = new Color(BACKGROUND);
		Color fill = new Color(colour(kind));
		Font font = new Font(display, new FontData(display.getSystemFont().getFontData()[0].getName(), 7, SWT.BOLD));
		try {
			gc.setBackground(background);
			gc.fillRectangle(0, 0, SIZE, SIZE);
			// no antialiasing on the disc's edge: it would blend into the colour made transparent
			gc.setAntialias(SWT.OFF);
			gc.setBackground(fill);
			gc.fillOval(1, 1, SIZE - 2, SIZE - 2);
			gc.setAntialias(SWT.DEFAULT);
			gc.setFont(font);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			String letter = kind.word().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
			Point extent = gc.textExtent(letter);
			gc.drawText(letter, (SIZE - extent.x) / 2, (SIZE - extent.y) / 2, true);
			ImageData data = canvas.getImageData();
			data.transparentPixel = data.palette.getPixel(BACKGROUND);
			return new Image(display, data);
		} finally {
			gc.dispose();
			font.dispose();
			canvas.dispose();
		}
	}

	/** Materials brown, cells blue, protocols green, studies purple; their parts in muted tones. */
	private static RGB colour(LithosSymbolKind kind) {
		return switch (kind) {
		case PACKAGE -> new RGB(120, 120, 120);
		case MATERIAL -> new RGB(166, 96, 30);
		case CELL -> new RGB(33, 102, 172);
		case PROTOCOL -> new RGB(40, 130, 60);
		case STUDY -> new RGB(118, 60, 150);
		case PARAMETER, SWEPT -> new RGB(60, 140, 150);
		case PROPERTY, OVERRIDE -> new RGB(140, 140, 100);
		};
	}

	/** Disposes the icons. */
	void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
