/**
 * Loading {@code .cell} files outside any IDE: the files a user names, their sibling files (for cross-file
 * references) and the built-in material library, with guards against input that is missing, binary, huge or
 * pathologically nested, and validation results as plain {@link org.lithos.dsl.workspace.Problem}s.
 */
package org.lithos.dsl.workspace;
