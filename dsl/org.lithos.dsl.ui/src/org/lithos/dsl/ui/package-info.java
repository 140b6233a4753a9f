/**
 * The {@code .cell} editor's public names (editor, content type, marker type), for the studio and other bundles that
 * open cell files or read their problem markers.
 */
package org.lithos.dsl.ui;
