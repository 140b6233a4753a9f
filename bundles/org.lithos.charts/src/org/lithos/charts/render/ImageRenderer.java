package org.lithos.charts.render;

/**
 * Draws chart models and deposit pictures into PNG and SVG files: what a study's report needs. A rendering bundle
 * (org.lithos.charts.jfree) registers one as an OSGi service; the study runner takes it from its caller, so the
 * runner and the chart models never load a drawing toolkit.
 */
public interface ImageRenderer extends ChartRenderer<ImageFile>, DepositRenderer {
}
