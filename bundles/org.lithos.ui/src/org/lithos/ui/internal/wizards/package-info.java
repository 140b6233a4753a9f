/** The studio's new-project and new-file wizards, which start from the working examples shipped in this bundle. */
package org.lithos.ui.internal.wizards;
