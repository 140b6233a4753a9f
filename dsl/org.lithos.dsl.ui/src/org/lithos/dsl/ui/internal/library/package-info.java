/**
 * Opening definitions: workspace files, files on disk, and the built-in material library as read-only editor inputs.
 */
package org.lithos.dsl.ui.internal.library;
