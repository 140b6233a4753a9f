package org.lithos.charts.jfree.internal;

import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.charts.render.ImageRenderer;
import org.osgi.service.component.annotations.Component;

/** Registers {@link JFreeImageRenderer} as the OSGi {@link ImageRenderer} service the command line draws reports with. */
@Component(service = ImageRenderer.class)
public class ImageRendererComponent extends JFreeImageRenderer {
}
