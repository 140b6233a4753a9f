/**
 * Diagnostics shown to the user: problem markers on workspace files (Problems view and ruler) and plain annotations
 * on documents outside the workspace.
 */
package org.lithos.dsl.ui.internal.problems;
